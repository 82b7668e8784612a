using System;
using System.Collections.Generic;
using EcsForge.Parsing;

namespace EcsForge.Bench.Allocation;

/// <summary>What one measured pass over a batch cost.</summary>
/// <param name="FirstFailures">The first few failed events (0-based line, result), to explain failures.</param>
internal sealed record AllocationResult(
    string Slug,
    int Events,
    int Parsed,
    int Failed,
    long AllocatedBytes,
    TimeSpan Elapsed,
    IReadOnlyList<(int Line, ParseResult Result)> FirstFailures)
{
    public double BytesPerEvent => Events == 0 ? 0 : (double)AllocatedBytes / Events;

    public double EventsPerSecond => Elapsed.TotalSeconds == 0 ? 0 : Events / Elapsed.TotalSeconds;
}
