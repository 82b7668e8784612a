using System;

namespace EcsForge.Host.Commands;

/// <summary>Counts of one parse run; every input line is either parsed or failed.</summary>
public readonly record struct ParseStats(long In, long Parsed, long Failed, TimeSpan Elapsed)
{
    public double EventsPerSecond => Elapsed > TimeSpan.Zero ? In / Elapsed.TotalSeconds : 0;
}
