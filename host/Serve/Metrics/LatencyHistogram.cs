using System;
using System.Threading;

namespace EcsForge.Host.Serve.Metrics;

/// <summary>A lock-free latency histogram with fixed bucket bounds, in seconds, read as Prometheus cumulative buckets.</summary>
public sealed class LatencyHistogram
{
    /// <summary>From a small batch on an idle host to a full one behind a backlog.</summary>
    private static readonly double[] s_bounds = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

    /// <summary>Per bucket, not cumulative; the last one is +Inf.</summary>
    private readonly long[] _counts = new long[s_bounds.Length + 1];
    private long _sumTicks;

    public static ReadOnlySpan<double> Bounds => s_bounds;

    public void Record(TimeSpan elapsed)
    {
        var seconds = elapsed.TotalSeconds;
        var bucket = 0;
        while (bucket < s_bounds.Length && seconds > s_bounds[bucket])
        {
            bucket++;
        }

        Interlocked.Increment(ref _counts[bucket]);
        Interlocked.Add(ref _sumTicks, elapsed.Ticks);
    }

    /// <summary>Cumulative counts per bound, the last one being the total (+Inf), and the sum in seconds.</summary>
    public (long[] Cumulative, double SumSeconds) Snapshot()
    {
        var cumulative = new long[_counts.Length];
        long running = 0;
        for (var i = 0; i < _counts.Length; i++)
        {
            running += Volatile.Read(ref _counts[i]);
            cumulative[i] = running;
        }

        return (cumulative, TimeSpan.FromTicks(Volatile.Read(ref _sumTicks)).TotalSeconds);
    }
}
