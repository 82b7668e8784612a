using System.Collections.Generic;

namespace EcsForge.Host.Catalogue;

/// <summary>The figures a catalogue run ends with.</summary>
public sealed record CatalogueTotals(int FullyPassingFormats, int PassedCases, int FailedCases)
{
    public static CatalogueTotals Of(IEnumerable<FormatOutcome> outcomes)
    {
        var (formats, passed, failed) = (0, 0, 0);
        foreach (var outcome in outcomes)
        {
            formats += outcome.FullyPassing ? 1 : 0;
            passed += outcome.Passed;
            failed += outcome.Failed;
        }

        return new CatalogueTotals(formats, passed, failed);
    }
}
