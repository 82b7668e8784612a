using System.Threading;

namespace EcsForge.Host.Serve.Metrics;

/// <summary>Event counts of one intake format. Once the pipeline is drained, <c>In == Parsed + Failed + Lost</c>.</summary>
public sealed class FormatCounters
{
    private long _in;
    private long _parsed;
    private long _failed;
    private long _lost;

    public FormatCounters(string format)
    {
        Format = format;
    }

    public string Format { get; }

    /// <summary>Events accepted for parsing: lines of an accepted HTTP batch, syslog frames.</summary>
    public long In => Volatile.Read(ref _in);

    /// <summary>Events written to their output sink.</summary>
    public long Parsed => Volatile.Read(ref _parsed);

    /// <summary>Events written to their dead-letter sink.</summary>
    public long Failed => Volatile.Read(ref _failed);

    /// <summary>Syslog events that could not be written (a sink failed): syslog cannot refuse what it received.</summary>
    public long Lost => Volatile.Read(ref _lost);

    public void AddLost(int count) => Interlocked.Add(ref _lost, count);

    public void AddIn(int count) => Interlocked.Add(ref _in, count);

    public void AddResults(int parsed, int failed)
    {
        Interlocked.Add(ref _parsed, parsed);
        Interlocked.Add(ref _failed, failed);
    }
}
