using System.Collections.Generic;
using System.Globalization;
using System.IO;

namespace EcsForge.Bench.Compare;

/// <summary>Prints the comparison as a Markdown table, followed by the ratios that answer "how close to the floor, how far from the usual way".</summary>
internal static class CompareTable
{
    public static void Write(TextWriter writer, IReadOnlyList<DatasetComparison> comparisons, IReadOnlyList<(string Dataset, string Reason)> skipped, int events, int passes, string machine)
    {
        var culture = CultureInfo.InvariantCulture;
        writer.WriteLine(string.Create(culture, $"Machine: {machine}"));
        writer.WriteLine(string.Create(culture, $"{events:N0} events per dataset, same events for every mapper; one thread; best of {passes} passes after a warm-up pass; allocations of the calling thread."));
        writer.WriteLine();
        writer.WriteLine("| dataset | mapper | events/s | MB/s (input) | bytes/event | ratio vs generated |");
        writer.WriteLine("|---|---|--:|--:|--:|--:|");
        foreach (var comparison in comparisons)
        {
            foreach (var result in comparison.All)
            {
                var ratio = result.EventsPerSecond / comparison.Generated.EventsPerSecond;
                writer.WriteLine(string.Create(
                    culture,
                    $"| {result.Dataset} | {result.Mapper} | {result.EventsPerSecond:N0} | {result.MegabytesPerSecond:F1} | {result.BytesPerEvent:F1} | {ratio:F2}x |"));
            }
        }

        foreach (var (dataset, reason) in skipped)
        {
            writer.WriteLine($"| {dataset} | {reason} | | | | |");
        }

        writer.WriteLine();
        writer.WriteLine("ratio vs generated = mapper events/s / generated events/s (below 1: slower than the generated parser). MB = 10^6 bytes of raw input.");
        writer.WriteLine();
        foreach (var comparison in comparisons)
        {
            writer.WriteLine(string.Create(
                culture,
                $"- {comparison.Dataset}: generated/floor = {comparison.GeneratedOverFloor:F2} (the generated parser runs at {comparison.GeneratedOverFloor * 100:F0}% of the hand-written floor's throughput); generated/{comparison.BaselineKind} = {comparison.GeneratedOverBaseline:F1} (it is {comparison.GeneratedOverBaseline:F1} times as fast as the {comparison.BaselineKind} mapper)."));
        }
    }
}
