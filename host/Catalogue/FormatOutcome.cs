using System.Collections.Generic;
using EcsForge.Importer.Translation;

namespace EcsForge.Host.Catalogue;

/// <summary>How one catalogue format fared: its imported dataset's gaps and its cases.</summary>
/// <param name="Name"><c>Vendor/format</c>.</param>
/// <param name="FirstFailure">Why the first failing case failed (its first differing field, or the reason); null when all passed.</param>
public sealed record FormatOutcome(
    string Name,
    InputKind Kind,
    int Passed,
    int Total,
    string? FirstFailure,
    IReadOnlyList<Untranslated> Untranslated)
{
    /// <summary>Every failing case with all its differences, one line each.</summary>
    public IReadOnlyList<string> Failures { get; init; } = System.Array.Empty<string>();

    public bool FullyPassing => Total > 0 && Passed == Total;

    public int Failed => Total - Passed;

    public override string ToString()
        => $"{(FullyPassing ? "PASS" : "FAIL")} {Name} {Passed}/{Total}" + (FirstFailure is null ? string.Empty : "  " + FirstFailure);
}
