using System;
using System.IO;
using System.Linq;
using EcsForge.Host.Catalogue;
using EcsForge.Tests.Support;
using Xunit;
using Xunit.Abstractions;

namespace EcsForge.Tests.Catalogue;

/// <summary>
/// The ratchet: every format listed in <c>tests/Catalogue/passing.txt</c> must keep fully passing, and the passed cases
/// must not fall below its <c>cases &gt;= N</c> line, when the whole catalogue (<c>../shared/catalogue</c>) is imported
/// and run. The run covers every format, so the overall figures are printed too.
/// </summary>
public class CatalogueRatchetTests
{
    private readonly ITestOutputHelper _output;

    public CatalogueRatchetTests(ITestOutputHelper output)
    {
        _output = output;
    }

    [CatalogueFact]
    public void Listed_formats_keep_fully_passing()
    {
        var lines = File.ReadAllLines(RepositoryPaths.InRepository("tests", "Catalogue", "passing.txt")).Select(line => line.Trim()).ToList();
        var floor = lines.Where(line => line.StartsWith("cases >=", StringComparison.Ordinal)).Select(line => int.Parse(line[8..].Trim())).Single();
        var listed = lines.Where(line => line.Length > 0 && !line.StartsWith('#') && !line.StartsWith("cases", StringComparison.Ordinal)).ToList();

        var (outcomes, elapsed) = CatalogueRun.Run(CatalogueDirectory.Path!, Array.Empty<string>());

        var totals = CatalogueTotals.Of(outcomes);
        _output.WriteLine($"formats: {totals.FullyPassingFormats} fully passing of {outcomes.Count}");
        _output.WriteLine($"{totals.PassedCases} passed, {totals.FailedCases} failed ({elapsed.TotalSeconds:F0} s)");
        var byName = outcomes.ToDictionary(o => o.Name, StringComparer.Ordinal);
        var regressed = listed.Where(name => !byName.TryGetValue(name, out var outcome) || !outcome.FullyPassing)
            .Select(name => byName.TryGetValue(name, out var outcome) ? outcome.ToString() : name + ": not in the catalogue")
            .ToList();
        Assert.True(regressed.Count == 0, "listed formats no longer fully passing:\n" + string.Join('\n', regressed));
        Assert.True(totals.PassedCases >= floor, $"{totals.PassedCases} cases passed, fewer than the {floor} of passing.txt");
        var unlisted = outcomes.Where(o => o.FullyPassing && !listed.Contains(o.Name)).Select(o => o.Name).ToList();
        if (unlisted.Count > 0)
        {
            _output.WriteLine("fully passing but not yet listed in passing.txt: " + string.Join(", ", unlisted));
        }
    }
}

/// <summary>Skips when <c>../shared/catalogue</c> is absent: a fresh clone has no catalogue to run, which is not a pass.</summary>
public sealed class CatalogueFactAttribute : FactAttribute
{
    public CatalogueFactAttribute()
    {
        if (CatalogueDirectory.Path is null)
        {
            Skip = "../shared/catalogue not found";
        }
    }
}

internal static class CatalogueDirectory
{
    public static string? Path { get; } = Locate();

    private static string? Locate()
    {
        var directory = System.IO.Path.GetFullPath(System.IO.Path.Combine(RepositoryPaths.Root, "..", "shared", "catalogue"));
        return Directory.Exists(directory) ? directory : null;
    }
}
