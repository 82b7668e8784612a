using System;
using System.Runtime;
using System.Runtime.InteropServices;
using System.Threading;

namespace EcsForge.Host.Serve;

/// <summary>
/// Gives memory back to the operating system after a peak. The garbage collector only runs when something allocates,
/// so a host that goes quiet after a burst of large batches would keep its peak heap for good. Every few seconds, when
/// no HTTP body is being read and either the managed heap holds more than twice what it held at start or the resident
/// set has grown past its ceiling, a compacting, decommitting collection runs (which also trims the shared array
/// pool), then the C library's heap (gzip and socket buffers) is trimmed too.
/// </summary>
internal sealed class MemoryTrimmer : IDisposable
{
    private static readonly TimeSpan s_period = TimeSpan.FromSeconds(10);

    /// <summary>Growth tolerated over what the last trim left, so that memory a trim cannot free does not trim again and again.</summary>
    private const long ResidentSlack = 32L << 20;

    private readonly Func<bool> _busy;
    private readonly long _baseline;
    private readonly long _residentAtStart;
    private readonly Timer _timer;
    private long _residentCeiling;

    /// <param name="busy">True while bodies are in flight: their memory is in use, and a full collection would stall them.</param>
    public MemoryTrimmer(Func<bool> busy)
    {
        _busy = busy;
        _baseline = Math.Max(GC.GetGCMemoryInfo().TotalCommittedBytes, 32L << 20);
        _residentAtStart = Environment.WorkingSet;
        _residentCeiling = 2 * _residentAtStart;
        _timer = new Timer(_ => Trim(), null, s_period, s_period);
    }

    public void Dispose() => _timer.Dispose();

    private void Trim()
    {
        if (_busy() || (GC.GetGCMemoryInfo().TotalCommittedBytes <= 2 * _baseline && Environment.WorkingSet <= _residentCeiling))
        {
            return;
        }

        GCSettings.LargeObjectHeapCompactionMode = GCLargeObjectHeapCompactionMode.CompactOnce;
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
        TrimNativeHeap();
        _residentCeiling = Math.Max(2 * _residentAtStart, Environment.WorkingSet + ResidentSlack);
    }

    /// <summary>glibc keeps freed blocks for reuse; malloc_trim returns them. Elsewhere (musl, macOS, Windows) nothing to do.</summary>
    private static void TrimNativeHeap()
    {
        if (!OperatingSystem.IsLinux())
        {
            return;
        }

        try
        {
            MallocTrim(0);
        }
        catch (EntryPointNotFoundException)
        {
            // Not glibc.
        }
    }

    [DllImport("libc", EntryPoint = "malloc_trim")]
    private static extern int MallocTrim(nuint pad);
}
