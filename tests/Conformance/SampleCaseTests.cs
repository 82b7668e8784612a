using System;
using System.Collections.Generic;
using System.Linq;
using EcsForge.Host.Conformance;
using EcsForge.Parsers;
using EcsForge.Routing;
using EcsForge.Tests.Support;
using Xunit;

namespace EcsForge.Tests.Conformance;

/// <summary>The project's own end-to-end cases (tests/Samples: seed samples and hand-written cases), always run.</summary>
public sealed class SampleCaseTests
{
    private static readonly IntakeRouter s_router = new(EcsForge.Parsers.IntakeFormatRegistry.All);
    private static readonly IReadOnlyList<ConformanceFormat> s_formats = ConformanceSuite.Discover(RepositoryPaths.InRepository("tests", "Samples"));
    private static readonly Dictionary<string, ConformanceCase> s_cases = s_formats.SelectMany(format => format.Cases).ToDictionary(c => c.Name, StringComparer.Ordinal);

    public static TheoryData<string> Cases => new(s_cases.Keys);

    [Theory]
    [MemberData(nameof(Cases))]
    public void Sample_case_passes(string name)
    {
        var result = ConformanceRunner.Run(s_router, s_cases[name]);

        Assert.True(result.Passed, name + "\n" + result.Detail);
    }

    [Fact]
    public void Every_registered_format_has_samples()
    {
        var covered = s_formats.Where(format => format.Cases.Count > 0).Select(format => format.Manifest.Uuid).ToHashSet(StringComparer.OrdinalIgnoreCase);

        var uncovered = s_router.Formats.Where(format => !covered.Contains(format.Uuid.ToString("D"))).Select(format => format.Slug);

        Assert.Empty(uncovered);
    }
}
