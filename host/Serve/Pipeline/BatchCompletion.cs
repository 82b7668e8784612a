using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;

namespace EcsForge.Host.Serve.Pipeline;

/// <summary>
/// Follows the chunks of one HTTP batch through the workers and writes the batch once all are parsed: its output and
/// dead-letter lines go to the sinks as one unit, so the batch is written whole or not at all. <see cref="Task"/>
/// completes once that is done, or faults with why nothing was written (a <see cref="Sinks.SinkWriteException"/>, usually).
/// </summary>
public sealed class BatchCompletion
{
    private readonly TaskCompletionSource<BatchCounts> _done = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly IntakeRoute _route;
    private readonly RouteWriter _writer;
    private readonly Lock _gate = new();
    private readonly List<(byte[] Array, int Length)> _output = [];
    private readonly List<(byte[] Array, int Length)> _deadLetters = [];

    /// <summary>Starts at one, released by <see cref="Seal"/>, so the batch cannot complete while chunks are still being submitted.</summary>
    private int _pending = 1;
    private int _parsed;
    private int _failed;

    /// <summary>Events of chunks that reached a worker but could not be processed at all.</summary>
    private int _lost;
    private Exception? _error;

    /// <summary>Dead-letter bytes the batch may still write in full (see <see cref="Config.BodyLimits.DeadLetterFactor"/>).</summary>
    private long _deadLetterBytesLeft;

    public BatchCompletion(IntakeRoute route, RouteWriter writer, long deadLetterBudget)
    {
        _route = route;
        _writer = writer;
        _deadLetterBytesLeft = deadLetterBudget;
    }

    public Task<BatchCounts> Task => _done.Task;

    /// <summary>Called before submitting a chunk, since a worker may finish it before the submission returns.</summary>
    public void ChunkSubmitting() => Interlocked.Increment(ref _pending);

    public void ChunkNotSubmitted() => Release();

    /// <summary>Takes <paramref name="bytes"/> from the batch's dead-letter budget; false (and nothing taken) when they do not fit.</summary>
    public bool TryTakeDeadLetterBytes(long bytes)
    {
        var left = Volatile.Read(ref _deadLetterBytesLeft);
        while (left >= bytes)
        {
            var seen = Interlocked.CompareExchange(ref _deadLetterBytesLeft, left - bytes, left);
            if (seen == left)
            {
                return true;
            }

            left = seen;
        }

        return false;
    }

    /// <summary>A chunk is parsed: its lines are kept (copied) until the whole batch is written.</summary>
    public void ChunkParsed(ReadOnlySpan<byte> output, ReadOnlySpan<byte> deadLetters, int parsed, int failed)
    {
        var outputCopy = Copy(output);
        var deadLettersCopy = Copy(deadLetters);
        lock (_gate)
        {
            _output.Add(outputCopy);
            _deadLetters.Add(deadLettersCopy);
            _parsed += parsed;
            _failed += failed;
        }

        Release();
    }

    /// <summary>A chunk could not be processed at all: the batch fails and nothing of it is written.</summary>
    public void ChunkFailed(Exception error, int events)
    {
        lock (_gate)
        {
            _error ??= error;
            _lost += events;
        }

        Release();
    }

    /// <summary>No more chunks will be submitted.</summary>
    public void Seal() => Release();

    /// <summary>
    /// An exact-size copy, not a pooled one: a pool rounds up to a power of two (up to twice the memory while a batch
    /// waits) and would keep the largest arrays after a peak; these go back to the garbage collector with the batch.
    /// </summary>
    private static (byte[] Array, int Length) Copy(ReadOnlySpan<byte> lines)
    {
        var array = GC.AllocateUninitializedArray<byte>(lines.Length);
        lines.CopyTo(array);
        return (array, lines.Length);
    }

    private void Release()
    {
        if (Interlocked.Decrement(ref _pending) == 0)
        {
            Finish();
        }
    }

    /// <summary>Runs once, on whichever thread released the last chunk; never throws.</summary>
    private void Finish()
    {
        try
        {
            var error = _error ?? _writer.TryWrite(_route, Blocks(_output), Blocks(_deadLetters));
            if (error is null)
            {
                _route.Counters.AddResults(_parsed, _failed);
                _done.SetResult(new BatchCounts(_parsed, _failed));
            }
            else
            {
                // Nothing of the batch is written and the client will resend it: its events were not received after all.
                _route.Counters.AddIn(-(_parsed + _failed + _lost));
                _done.SetException(error);
            }
        }
        catch (Exception e)
        {
            _route.Counters.AddIn(-(_parsed + _failed + _lost));
            _done.TrySetException(e);
        }
        finally
        {
            _output.Clear();
            _deadLetters.Clear();
        }
    }

    private static List<ReadOnlyMemory<byte>> Blocks(List<(byte[] Array, int Length)> copies)
        => copies.ConvertAll(c => new ReadOnlyMemory<byte>(c.Array, 0, c.Length));
}

/// <summary>What became of a batch's events: written to the output sink, or to the dead-letter sink.</summary>
public readonly record struct BatchCounts(int Parsed, int Failed);
