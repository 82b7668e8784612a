using System.Collections.Generic;
using System.Globalization;
using System.IO;

namespace EcsForge.Bench.Allocation;

/// <summary>Prints allocation results as a fixed-width text table.</summary>
internal static class AllocationTable
{
    private const string Row = "{0,-28} {1,10} {2,10} {3,8} {4,16} {5,12} {6,12}";

    public static void Write(TextWriter writer, IEnumerable<AllocationResult> results)
    {
        var culture = CultureInfo.InvariantCulture;
        writer.WriteLine(string.Format(culture, Row, "format", "events", "parsed", "failed", "allocated bytes", "bytes/event", "events/s"));
        foreach (var result in results)
        {
            writer.WriteLine(string.Format(
                culture,
                Row,
                result.Slug,
                result.Events,
                result.Parsed,
                result.Failed,
                result.AllocatedBytes,
                result.BytesPerEvent.ToString("F2", culture),
                result.EventsPerSecond.ToString("F0", culture)));
        }
    }
}
