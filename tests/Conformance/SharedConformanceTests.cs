using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using EcsForge.Host.Conformance;
using EcsForge.Parsers;
using EcsForge.Routing;
using EcsForge.Tests.Support;
using Xunit;

namespace EcsForge.Tests.Conformance;

/// <summary>Runs the shared conformance suite for every format that has a registered parser, one row per case.</summary>
public class SharedConformanceTests
{
    public static TheoryData<string> Cases => new(SharedConformance.Cases.Keys);

    [SharedConformanceTheory]
    [MemberData(nameof(Cases))]
    public void Case(string name)
    {
        var result = ConformanceRunner.Run(SharedConformance.Router, SharedConformance.Cases[name]);
        Assert.True(result.Passed, name + "\n" + result.Detail);
    }
}

/// <summary>
/// Skips the theory when there is nothing to run, since xunit 2 cannot skip at run time and an empty theory would
/// otherwise fail (no data) or, worse, look like a pass.
/// </summary>
public sealed class SharedConformanceTheoryAttribute : TheoryAttribute
{
    public SharedConformanceTheoryAttribute()
    {
        if (SharedConformance.DirectoryPath is null)
        {
            Skip = "../shared/conformance not found";
        }
        else if (SharedConformance.Cases.Count == 0)
        {
            Skip = "no format registered in EcsForge.Parsers.IntakeFormatRegistry.All has cases in ../shared/conformance";
        }
    }
}

internal static class SharedConformance
{
    public static IntakeRouter Router { get; } = new(EcsForge.Parsers.IntakeFormatRegistry.All);

    /// <summary><c>../shared/conformance</c> next to the repository root (the directory holding Generated.sln), if present.</summary>
    public static string? DirectoryPath { get; } = Locate();

    /// <summary>The cases of registered formats, by name (<c>Cloudflare/firewall_events/403.json</c>).</summary>
    public static IReadOnlyDictionary<string, ConformanceCase> Cases { get; } = DirectoryPath is null
        ? new Dictionary<string, ConformanceCase>()
        : ConformanceSuite.Discover(DirectoryPath)
            .Where(f => Router.TryGetFormat(f.Manifest.Uuid, out _))
            .SelectMany(f => f.Cases)
            .ToDictionary(c => c.Name, StringComparer.Ordinal);

    private static string? Locate()
    {
        var shared = Path.GetFullPath(Path.Combine(RepositoryPaths.Root, "..", "shared", "conformance"));
        return Directory.Exists(shared) ? shared : null;
    }
}
