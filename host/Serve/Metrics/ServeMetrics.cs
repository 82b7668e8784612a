using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using EcsForge.Routing;

namespace EcsForge.Host.Serve.Metrics;

/// <summary>Everything <c>/metrics</c> exposes. Counters per format are created up front, so reads need no lock.</summary>
public sealed class ServeMetrics
{
    private readonly Dictionary<IntakeFormat, FormatCounters> _byFormat;
    private readonly ConcurrentDictionary<int, StatusCount> _batchesByStatus = new();
    private long _sinkErrors;
    private long _workerRestarts;
    private long _syslogConnections;
    private long _syslogRefused;

    public ServeMetrics(IEnumerable<IntakeFormat> formats)
    {
        _byFormat = formats.Distinct().ToDictionary(f => f, f => new FormatCounters(f.Slug));
    }

    public IReadOnlyCollection<FormatCounters> Formats => _byFormat.Values;

    /// <summary>From an HTTP batch's arrival to its acknowledgement, for accepted batches.</summary>
    public LatencyHistogram BatchLatency { get; } = new();

    public long SinkErrors => Volatile.Read(ref _sinkErrors);

    /// <summary>Parse workers restarted after their loop ended with an exception.</summary>
    public long WorkerRestarts => Volatile.Read(ref _workerRestarts);

    public ServeHealth Health { get; } = new();

    public BrokerCounters Broker { get; } = new();

    /// <summary>Syslog connections open now, over all listeners.</summary>
    public long SyslogConnections => Volatile.Read(ref _syslogConnections);

    /// <summary>Syslog connections closed at once: over the connection limit, or from an address not allowed.</summary>
    public long SyslogRefused => Volatile.Read(ref _syslogRefused);

    public FormatCounters For(IntakeFormat format) => _byFormat[format];

    public void CountBatchResponse(int statusCode) => _batchesByStatus.GetOrAdd(statusCode, _ => new StatusCount()).Increment();

    public void CountSinkError() => Interlocked.Increment(ref _sinkErrors);

    public void CountWorkerRestart() => Interlocked.Increment(ref _workerRestarts);

    public void SyslogConnectionOpened() => Interlocked.Increment(ref _syslogConnections);

    public void SyslogConnectionClosed() => Interlocked.Decrement(ref _syslogConnections);

    public void CountSyslogRefused() => Interlocked.Increment(ref _syslogRefused);

    public IEnumerable<(int Status, long Count)> BatchesByStatus()
        => _batchesByStatus.OrderBy(p => p.Key).Select(p => (p.Key, p.Value.Value));

    private sealed class StatusCount
    {
        private long _value;

        public long Value => Volatile.Read(ref _value);

        public void Increment() => Interlocked.Increment(ref _value);
    }
}
