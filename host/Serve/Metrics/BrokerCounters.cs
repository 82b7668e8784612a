using System.Threading;

namespace EcsForge.Host.Serve.Metrics;

/// <summary>Messages through the broker, for <c>/metrics</c>: each message is a batch of events.</summary>
public sealed class BrokerCounters
{
    private long _consumed;
    private long _redelivered;
    private long _published;
    private long _poison;
    private int _connected;

    /// <summary>Raw batches delivered to this host's consumers, redeliveries included.</summary>
    public long Consumed => Volatile.Read(ref _consumed);

    /// <summary>Of those, deliveries the broker flagged as redelivered (a consumer died, or a batch was requeued).</summary>
    public long Redelivered => Volatile.Read(ref _redelivered);

    /// <summary>Messages published and confirmed: raw batches, ECS events, dead letters.</summary>
    public long Published => Volatile.Read(ref _published);

    /// <summary>Raw batches that could not be read at all, sent whole to the dead-letter queue.</summary>
    public long Poison => Volatile.Read(ref _poison);

    public bool Connected => Volatile.Read(ref _connected) == 1;

    public void CountConsumed(bool redelivered)
    {
        Interlocked.Increment(ref _consumed);
        if (redelivered)
        {
            Interlocked.Increment(ref _redelivered);
        }
    }

    public void CountPublished() => Interlocked.Increment(ref _published);

    public void CountPoison() => Interlocked.Increment(ref _poison);

    public void SetConnected(bool connected) => Volatile.Write(ref _connected, connected ? 1 : 0);
}
