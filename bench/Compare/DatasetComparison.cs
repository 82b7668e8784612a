using System.Collections.Generic;

namespace EcsForge.Bench.Compare;

/// <summary>The three measurements of one dataset: the generated parser, what a user would write instead, and the floor.</summary>
/// <param name="BaselineKind">How the usual approach is named in the ratios: "JsonNode" or "Regex".</param>
internal sealed record DatasetComparison(string Dataset, string BaselineKind, MapperResult Generated, MapperResult Baseline, MapperResult Floor)
{
    public IEnumerable<MapperResult> All => [Generated, Baseline, Floor];

    /// <summary>Throughput of the generated parser divided by the floor's: 1 means as fast as the best hand-written code.</summary>
    public double GeneratedOverFloor => Generated.EventsPerSecond / Floor.EventsPerSecond;

    /// <summary>Throughput of the generated parser divided by the usual approach's: how many times faster EcsForge is.</summary>
    public double GeneratedOverBaseline => Generated.EventsPerSecond / Baseline.EventsPerSecond;
}
