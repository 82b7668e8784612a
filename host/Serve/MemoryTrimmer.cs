using System;
using System.Runtime;
using System.Threading;

namespace EcsForge.Host.Serve;

/// <summary>
/// Gives memory back to the operating system after a peak. The garbage collector only runs when something allocates,
/// so a host that goes quiet after a burst of large batches would keep its peak heap for good. Every few seconds, if
/// the heap holds more than twice what it held when the host started and no HTTP body is being read, a compacting,
/// decommitting collection runs (which also trims the shared array pool).
/// </summary>
internal sealed class MemoryTrimmer : IDisposable
{
    private static readonly TimeSpan s_period = TimeSpan.FromSeconds(10);

    private readonly Func<bool> _busy;
    private readonly long _baseline;
    private readonly Timer _timer;

    /// <param name="busy">True while bodies are in flight: their memory is in use, and a full collection would stall them.</param>
    public MemoryTrimmer(Func<bool> busy)
    {
        _busy = busy;
        _baseline = Math.Max(GC.GetGCMemoryInfo().TotalCommittedBytes, 32L << 20);
        _timer = new Timer(_ => Trim(), null, s_period, s_period);
    }

    public void Dispose() => _timer.Dispose();

    private void Trim()
    {
        if (_busy() || GC.GetGCMemoryInfo().TotalCommittedBytes <= 2 * _baseline)
        {
            return;
        }

        GCSettings.LargeObjectHeapCompactionMode = GCLargeObjectHeapCompactionMode.CompactOnce;
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
    }
}
