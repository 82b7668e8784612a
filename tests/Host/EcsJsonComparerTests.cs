using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;
using EcsForge.Host.Conformance;
using Xunit;

namespace EcsForge.Tests.Host;

public class EcsJsonComparerTests
{
    [Fact]
    public void KeyOrderIsIgnored()
    {
        AssertSame("""{"a":1,"b":{"c":"x","d":true}}""", """{"b":{"d":true,"c":"x"},"a":1}""");
    }

    [Fact]
    public void ListOrderIsIgnoredAtAnyDepth()
    {
        AssertSame(
            """{"related":{"ip":["10.0.0.1","10.0.0.2"]},"x":[{"k":[2,1]},{"k":[3]}]}""",
            """{"related":{"ip":["10.0.0.2","10.0.0.1"]},"x":[{"k":[3]},{"k":[1,2]}]}""");
    }

    [Fact]
    public void TopLevelMessageIsIgnored()
    {
        AssertSame("""{"message":"raw","a":1}""", """{"a":1}""");
        AssertSame("""{"a":1}""", """{"message":"other","a":1}""");
    }

    [Fact]
    public void NestedMessageIsCompared()
    {
        var difference = Assert.Single(Diff("""{"error":{"message":"a"}}""", """{"error":{"message":"b"}}"""));
        Assert.Equal("error.message", difference.Path);
    }

    [Theory]
    [InlineData("403", "403.0")]
    [InlineData("403", "4.03e2")]
    [InlineData("0.5", "0.50")]
    [InlineData("0", "-0.0")]
    [InlineData("1658281702371000000", "1.658281702371e18")]
    public void NumbersCompareByValue(string expected, string actual)
    {
        AssertSame($$"""{"n":{{expected}},"l":[{{expected}}]}""", $$"""{"n":{{actual}},"l":[{{actual}}]}""");
    }

    [Fact]
    public void NumberAndStringDiffer()
    {
        var difference = Assert.Single(Diff("""{"http":{"response":{"status_code":403}}}""", """{"http":{"response":{"status_code":"403"}}}"""));
        Assert.Equal("http.response.status_code", difference.Path);
        Assert.Equal(DifferenceKind.Changed, difference.Kind);
        Assert.Equal("403", difference.Expected);
        Assert.Equal("\"403\"", difference.Actual);
    }

    [Fact]
    public void ChangedNestedFieldHasItsDottedPath()
    {
        var difference = Assert.Single(Diff("""{"source":{"ip":"1.2.3.4","port":1}}""", """{"source":{"port":1,"ip":"1.2.3.5"}}"""));
        Assert.Equal(new JsonDifference("source.ip", "\"1.2.3.4\"", "\"1.2.3.5\""), difference);
        Assert.Equal(DifferenceKind.Changed, difference.Kind);
    }

    [Fact]
    public void MissingNestedFieldHasItsDottedPath()
    {
        var difference = Assert.Single(Diff("""{"user":{"name":"bob","id":{"x":[1]}}}""", """{"user":{"name":"bob"}}"""));
        Assert.Equal(new JsonDifference("user.id", """{"x":[1]}""", null), difference);
        Assert.Equal(DifferenceKind.Missing, difference.Kind);
    }

    [Fact]
    public void ExtraNestedFieldHasItsDottedPath()
    {
        var difference = Assert.Single(Diff("""{"url":{"path":"/"}}""", """{"url":{"path":"/","query":null}}"""));
        Assert.Equal(new JsonDifference("url.query", null, "null"), difference);
        Assert.Equal(DifferenceKind.Extra, difference.Kind);
    }

    [Fact]
    public void DifferentListIsReportedWhole()
    {
        var difference = Assert.Single(Diff("""{"event":{"type":["access","denied"]}}""", """{"event":{"type":["access"]}}"""));
        Assert.Equal(new JsonDifference("event.type", """["access","denied"]""", """["access"]"""), difference);
    }

    [Fact]
    public void DifferencesAreSortedByPathAndFormatted()
    {
        var differences = Diff("""{"b":{"x":1},"a":2}""", """{"a":3,"b":{},"c":true}""");
        Assert.Equal(new[] { "a", "b.x", "c" }, differences.Select(d => d.Path));
        Assert.Equal(
            "a (changed)\n  - expected 2\n  + actual 3\nb.x (missing)\n  - expected 1\nc (extra)\n  + actual true",
            EcsJsonComparer.Format(differences));
    }

    [Fact]
    public void CanonicalFormSortsKeysAndListsAndNormalizesNumbers()
    {
        Assert.Equal("""{"a":[1,2],"b":{"c":"é","d":5}}""", EcsJsonComparer.Canonicalize(JsonNode.Parse("""{"b":{"d":5.0,"c":"\u00e9"},"a":[2,1]}""")));
    }

    private static void AssertSame(string expected, string actual)
    {
        var differences = Diff(expected, actual);
        Assert.True(differences.Count == 0, EcsJsonComparer.Format(differences));
    }

    private static IReadOnlyList<JsonDifference> Diff(string expected, string actual)
        => EcsJsonComparer.Diff(JsonNode.Parse(expected), JsonNode.Parse(actual));
}
