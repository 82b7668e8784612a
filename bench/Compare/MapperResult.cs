using System;

namespace EcsForge.Bench.Compare;

/// <summary>The best of the timed passes of one mapper over one dataset.</summary>
/// <param name="Failed">Events the mapper rejected in that pass (expected 0: every sample event is valid).</param>
internal sealed record MapperResult(
    string Dataset,
    string Mapper,
    int Events,
    long InputBytes,
    TimeSpan Elapsed,
    long AllocatedBytes,
    int Failed)
{
    public double EventsPerSecond => Events / Elapsed.TotalSeconds;

    /// <summary>Input megabytes (10^6 bytes) per second.</summary>
    public double MegabytesPerSecond => InputBytes / 1e6 / Elapsed.TotalSeconds;

    public double BytesPerEvent => (double)AllocatedBytes / Events;
}
