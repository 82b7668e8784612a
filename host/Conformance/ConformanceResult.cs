using System;
using System.Collections.Generic;

namespace EcsForge.Host.Conformance;

/// <summary>The outcome of one case. <see cref="Detail"/> explains a failure: the diff, or why nothing could be compared.</summary>
public sealed class ConformanceResult
{
    private ConformanceResult(ConformanceCase testCase, bool passed, string detail, IReadOnlyList<JsonDifference> differences)
    {
        Case = testCase;
        Passed = passed;
        Detail = detail;
        Differences = differences;
    }

    public ConformanceCase Case { get; }

    public bool Passed { get; }

    public string Detail { get; }

    /// <summary>The differing fields; empty when the case passed or failed before comparing.</summary>
    public IReadOnlyList<JsonDifference> Differences { get; }

    public static ConformanceResult Pass(ConformanceCase testCase)
        => new(testCase, true, string.Empty, Array.Empty<JsonDifference>());

    public static ConformanceResult Fail(ConformanceCase testCase, string reason)
        => new(testCase, false, reason, Array.Empty<JsonDifference>());

    public static ConformanceResult Mismatch(ConformanceCase testCase, IReadOnlyList<JsonDifference> differences)
        => new(testCase, false, EcsJsonComparer.Format(differences), differences);

    public override string ToString() => (Passed ? "PASS " : "FAIL ") + Case.Name;
}
