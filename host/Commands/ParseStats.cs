using System;

namespace EcsForge.Host.Commands;

/// <summary>Counts of one parse run: every input line is parsed, failed, or skipped (blank).</summary>
public readonly record struct ParseStats(long In, long Parsed, long Failed, long Skipped, TimeSpan Elapsed)
{
    public double EventsPerSecond => Elapsed > TimeSpan.Zero ? In / Elapsed.TotalSeconds : 0;
}
