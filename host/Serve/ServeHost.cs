using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using System.Net;
using System.Threading;
using System.Threading.Tasks;
using EcsForge.Host.Serve.Broker;
using EcsForge.Host.Serve.Config;
using EcsForge.Host.Serve.Http;
using EcsForge.Host.Serve.Metrics;
using EcsForge.Host.Serve.Pipeline;
using EcsForge.Host.Serve.Sinks;
using EcsForge.Host.Serve.Syslog;
using EcsForge.Routing;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace EcsForge.Host.Serve;

/// <summary>
/// The ingestion host: Kestrel for the HTTP intake and operations endpoints, syslog listeners, the parse pipeline and
/// the sinks. Stopping is graceful: nothing new is accepted, what was accepted is parsed and flushed, then sinks close.
/// </summary>
public sealed class ServeHost : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ParsePipeline _pipeline;
    private readonly SinkSet _sinks;
    private readonly IReadOnlyList<SyslogListener> _listeners;
    private readonly BrokerConnection? _broker;
    private readonly IReadOnlyList<RabbitInput> _inputs;
    private readonly MemoryTrimmer _trimmer;
    private readonly ILogger _logger;
    private readonly int _intakeCount;
    private readonly int _workers;
    private readonly Lock _gate = new();
    private Task? _stopping;

    private ServeHost(WebApplication app, ParsePipeline pipeline, SinkSet sinks, IReadOnlyList<SyslogListener> listeners,
        BrokerConnection? broker, IReadOnlyList<RabbitInput> inputs, MemoryTrimmer trimmer, ServeMetrics metrics, ILogger logger, int intakeCount, int workers)
    {
        _broker = broker;
        _inputs = inputs;
        _trimmer = trimmer;
        _app = app;
        _pipeline = pipeline;
        _sinks = sinks;
        _listeners = listeners;
        Metrics = metrics;
        _logger = logger;
        _intakeCount = intakeCount;
        _workers = workers;
    }

    public ServeMetrics Metrics { get; }

    internal ParsePipeline Pipeline => _pipeline;

    /// <summary>The HTTP base address actually bound (its port is real even when the config asked for 0); set by <see cref="StartAsync"/>.</summary>
    public Uri? HttpEndpoint { get; private set; }

    /// <summary>The bound address of each syslog listener, by name; valid after <see cref="StartAsync"/>.</summary>
    public IReadOnlyDictionary<string, IPEndPoint> SyslogEndpoints => _listeners.ToDictionary(l => l.Name, l => l.LocalEndPoint);

    /// <exception cref="System.IO.IOException">A sink file cannot be opened.</exception>
    public static ServeHost Create(ServeSettings settings, IntakeRouter router)
    {
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());
        HostLogging.Configure(builder.Logging, settings.Logging);
        builder.WebHost.UseKestrelCore().ConfigureKestrel(kestrel =>
        {
            kestrel.Listen(settings.HttpEndPoint);
            kestrel.AddServerHeader = false;
            // Limits are per intake, enforced while reading (a gzip body's size says nothing about the batch's).
            kestrel.Limits.MaxRequestBodySize = null;
        });
        builder.Services.AddRoutingCore();
        builder.Services.Configure<HostOptions>(options => options.ShutdownTimeout = settings.ShutdownTimeout);
        var app = builder.Build();

        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("EcsForge.Serve");
        var inputs = settings.Inputs ?? [];
        var metrics = new ServeMetrics(settings.Intakes.Select(i => i.Format).Concat(settings.Syslog.Select(s => s.Format)).Concat(inputs.Select(i => i.Format)));
        var broker = settings.Broker is { } brokerSettings ? new BrokerConnection(brokerSettings, new BrokerTopology(brokerSettings), metrics, logger) : null;
        SinkSet sinks;
        try
        {
            sinks = SinkSet.Open(settings.Sinks, broker);
        }
        catch
        {
            ((IDisposable)app).Dispose();
            throw;
        }

        EcsForge.UserAgents.UserAgentParser.ConfigureShared(settings.UserAgentCacheEntries);
        var pipeline = new ParsePipeline(router, settings.Workers, settings.QueueCapacity, metrics, logger);

        var keys = new IntakeKeys(settings.Intakes.Select(i => (i.Key, i.Publish
            ? new HttpIntake(i.Name, i.Limits, null, new RawBatchPublisher(broker!, settings.Broker!, i.Name, i.Format.Slug, metrics.For(i.Format)))
            : new HttpIntake(i.Name, i.Limits, Route(i.Name, i.Format, i.Output, i.DeadLetter, syslogFramed: false), null))));
        var batches = new BatchEndpoint(keys, pipeline, settings.Bodies, metrics, logger);
        app.MapPost(BatchEndpoint.Path, batches.HandleAsync);
        OperationsEndpoints.Map(app, metrics);

        var listeners = settings.Syslog
            .Select(s => new SyslogListener(s, s.Publish
                ? new RawChunkPublisher(broker!, s.Name, s.Format.Slug, metrics.For(s.Format), settings.ShutdownTimeout, logger)
                : new RouteSubmitter(pipeline, Route(s.Name, s.Format, s.Output, s.DeadLetter, syslogFramed: true)), metrics, logger))
            .ToArray();
        var consumers = inputs
            .Select(i => new RabbitInput(i, broker!, pipeline,
                Route(i.Name, i.Format, i.Output, i.DeadLetter, syslogFramed: false), Route(i.Name, i.Format, i.Output, i.DeadLetter, syslogFramed: true), metrics, logger))
            .ToArray();
        foreach (var consumer in consumers)
        {
            broker!.OnConnected(consumer.ConsumeAsync);
        }

        return new ServeHost(app, pipeline, sinks, listeners, broker, consumers, new MemoryTrimmer(() => batches.Busy), metrics, logger, settings.Intakes.Count, settings.Workers);

        IntakeRoute Route(string name, IntakeFormat format, string output, string deadLetter, bool syslogFramed)
            => new(name, format, sinks[output], sinks[deadLetter], syslogFramed, metrics.For(format));
    }

    /// <exception cref="System.IO.IOException">The HTTP address cannot be bound.</exception>
    /// <exception cref="System.Net.Sockets.SocketException">A syslog address cannot be bound.</exception>
    public async Task StartAsync(CancellationToken cancellationToken = default)
    {
        _broker?.Start();
        await _app.StartAsync(cancellationToken).ConfigureAwait(false);
        var addresses = _app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>();
        HttpEndpoint = new Uri(addresses.Addresses.First());
        ServeLog.HttpListening(_logger, HttpEndpoint.ToString());
        foreach (var listener in _listeners)
        {
            listener.Start();
            ServeLog.SyslogListening(_logger, listener.Name, listener.Format, listener.LocalEndPoint.ToString());
        }

        ServeLog.Started(_logger, _intakeCount, _listeners.Count, _workers);
    }

    /// <summary>Completes when a stop is requested: SIGTERM or SIGINT (the host's console lifetime), or <see cref="StopAsync"/>.</summary>
    public Task WaitForStopRequestAsync()
    {
        var requested = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        _app.Lifetime.ApplicationStopping.Register(() => requested.TrySetResult());
        return requested.Task;
    }

    /// <summary>
    /// Stops accepting (HTTP and syslog), lets in-flight HTTP batches finish within the shutdown timeout, drains the
    /// parse queue and closes the sinks. Safe to call more than once.
    /// </summary>
    public Task StopAsync()
    {
        lock (_gate)
        {
            return _stopping ??= StopOnceAsync();
        }
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync().ConfigureAwait(false);
        await _app.DisposeAsync().ConfigureAwait(false);
    }

    private async Task StopOnceAsync()
    {
        var stopwatch = Stopwatch.StartNew();
        ServeLog.Stopping(_logger);
        var syslogStopped = Task.WhenAll(_listeners.Select(l => l.StopAsync()));
        // Kestrel stops listening at once and waits (up to the shutdown timeout) for requests in flight, which need the
        // pipeline running: it is completed only after them.
        await _app.StopAsync().ConfigureAwait(false);
        await syslogStopped.ConfigureAwait(false);
        // Consumers finish (and acknowledge) the batches they began; the broker stays up until the sinks are drained.
        await Task.WhenAll(_inputs.Select(i => i.StopAsync())).ConfigureAwait(false);
        await _pipeline.CompleteAsync().ConfigureAwait(false);
        if (_broker is not null)
        {
            await _broker.DisposeAsync().ConfigureAwait(false);
        }

        _sinks.Dispose();
        _trimmer.Dispose();
        foreach (var counters in Metrics.Formats)
        {
            ServeLog.Drained(_logger, counters.Format, counters.In, counters.Parsed, counters.Failed);
        }

        ServeLog.Stopped(_logger, stopwatch.Elapsed.TotalSeconds);
    }
}
