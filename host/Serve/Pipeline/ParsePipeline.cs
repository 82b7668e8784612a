using System;
using System.Globalization;
using System.Linq;
using System.Threading;
using System.Threading.Channels;
using System.Threading.Tasks;
using EcsForge.Host.Serve.Metrics;
using EcsForge.Routing;
using Microsoft.Extensions.Logging;

namespace EcsForge.Host.Serve.Pipeline;

/// <summary>
/// A bounded queue of chunks and the workers that parse them. When the queue is full, submitters wait: HTTP handlers
/// stop reading bodies and syslog connections stop reading sockets, so backpressure reaches the senders.
/// </summary>
public sealed class ParsePipeline
{
    private static readonly TimeSpan s_restartPause = TimeSpan.FromMilliseconds(100);

    private readonly Channel<ParseWork> _queue;
    private readonly Task[] _workers;
    private readonly IntakeRouter _router;
    private readonly ServeMetrics _metrics;
    private readonly ILogger _logger;

    public ParsePipeline(IntakeRouter router, int workers, int queueCapacity, ServeMetrics metrics, ILogger logger)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(workers, 1);
        _queue = Channel.CreateBounded<ParseWork>(new BoundedChannelOptions(queueCapacity)
        {
            FullMode = BoundedChannelFullMode.Wait,
            SingleReader = workers == 1,
        });

        _router = router;
        _metrics = metrics;
        _logger = logger;
        Writer = new RouteWriter(metrics, logger);
        // Dedicated threads: parsing is CPU-bound and would otherwise hold thread-pool threads that Kestrel needs.
        _workers = Enumerable.Range(1, workers)
            .Select(index => Task.Factory.StartNew(
                () => Supervise(index),
                CancellationToken.None,
                TaskCreationOptions.LongRunning,
                TaskScheduler.Default))
            .ToArray();
    }

    /// <summary>Writes what the workers parsed; batches use it once all their chunks are parsed.</summary>
    public RouteWriter Writer { get; }

    /// <summary>
    /// Runs on a worker's thread after each chunk; an exception from it ends the worker's loop as a bug outside a chunk
    /// would. Tests use it to show that the supervisor replaces such a worker.
    /// </summary>
    internal Action? AfterChunk { get; set; }

    /// <summary>Between a worker's failure and its replacement; tests hold it to observe the unhealthy state.</summary>
    internal Action RestartPause { get; set; } = () => Thread.Sleep(s_restartPause);

    /// <summary>
    /// Queues a chunk, waiting while the queue is full. Returns false when the pipeline no longer takes work; the chunk
    /// is then disposed, as it is when the wait is canceled.
    /// </summary>
    public async ValueTask<bool> SubmitAsync(ParseWork work, CancellationToken cancellationToken)
    {
        // Counted before queuing so that a worker's results never get ahead of the input count.
        var counters = work.Route.Counters;
        var count = work.Chunk.Count;
        counters.AddIn(count);
        try
        {
            await _queue.Writer.WriteAsync(work, cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (ChannelClosedException)
        {
            counters.AddIn(-count);
            work.Chunk.Dispose();
            return false;
        }
        catch (OperationCanceledException)
        {
            counters.AddIn(-count);
            work.Chunk.Dispose();
            throw;
        }
    }

    /// <summary>Stops taking work; completes once every queued chunk is written to its sinks.</summary>
    public Task CompleteAsync()
    {
        _queue.Writer.TryComplete();
        return Task.WhenAll(_workers);
    }

    /// <summary>
    /// Runs a worker until the queue is completed and drained. A worker does not let exceptions out of a chunk, but
    /// should its loop end with one anyway, a fresh worker takes over, so the pipeline never loses a thread.
    /// </summary>
    private void Supervise(int index)
    {
        var component = "worker " + index.ToString(CultureInfo.InvariantCulture);
        while (true)
        {
            try
            {
                var worker = new ParseWorker(_router, _logger, Writer);
                _metrics.Health.Clear(component);
                Run(worker);
                return;
            }
            catch (Exception e)
            {
                // Counted and reported even if the new worker cannot be created: /health stays 503 until one runs.
                _metrics.CountWorkerRestart();
                _metrics.Health.Report(component, "restarting after " + e.GetType().Name + ": " + e.Message);
                ServeLog.WorkerRestarting(_logger, index, e);
                // Should the new worker fail at once too (memory exhausted), this keeps the thread from spinning.
                RestartPause();
            }
        }
    }

    private void Run(ParseWorker worker)
    {
        using (worker)
        {
            var reader = _queue.Reader;
            // Blocking is fine on a dedicated thread; the inner loop drains without a wait while work is queued.
            while (reader.WaitToReadAsync().AsTask().GetAwaiter().GetResult())
            {
                while (reader.TryRead(out var work))
                {
                    worker.Process(work);
                    AfterChunk?.Invoke();
                }
            }
        }
    }
}
