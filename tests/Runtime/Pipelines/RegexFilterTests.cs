using EcsForge.Pipelines;
using Xunit;
using static EcsForge.Tests.Runtime.Pipelines.PipelineValues;

namespace EcsForge.Tests.Runtime.Pipelines;

/// <summary>re_match (Python's re.match, anchored at the start) and re_search.</summary>
public sealed class RegexFilterTests
{
    private readonly ValueArena _arena = new();

    private string Show(Value value) => Repr(_arena, value);

    [Theory]
    // WithSecure/withsecure-elements tests/application_control.json: the filter passes on the whole list of addresses.
    [InlineData("1.2.3.4/32 192.168.1.16/24", @"[0-9]+\.[0-9]+\.[0-9]+\.[0-9]+(\/[0-9]+)?", true)]
    [InlineData("10", "[1-9]|10", true)]
    [InlineData("High", "[1-9]|10", false)]
    [InlineData("x 10", "[1-9]|10", false)]
    [InlineData("sha256-abc", "^sha256-[a-z0-9A-Z]+$", true)]
    [InlineData("sha256-abc!", "^sha256-[a-z0-9A-Z]+$", false)]
    [InlineData("{\"a\": 1}\n", @"^\s*\{.*\}\s*$", true)]
    public void Re_match_anchors_at_the_start_only(string text, string pattern, bool expected)
    {
        Assert.Equal(Value.Bool(expected).Kind, Filters.ReMatch(_arena, S(text), S(pattern)).Kind);
    }

    [Theory]
    [InlineData("a=1 event=\"SSO\" b", "event=\"(SSO|SLO)\"", true)]
    [InlineData("GET:/x", "^GET:", true)]
    [InlineData("x GET:/x", "^GET:", false)]
    [InlineData("ab12", "^[0-9]+$", false)]
    [InlineData("id=42", @"(?P<key>\w+)=(?P<value>\d+)\Z", true)]
    public void Re_search_finds_a_match_anywhere(string text, string pattern, bool expected)
    {
        Assert.Equal(Value.Bool(expected).Kind, Filters.ReSearch(_arena, S(text), S(pattern)).Kind);
    }

    [Fact]
    public void Bad_patterns_and_non_strings_raise()
    {
        // Python refuses this character range too ("bad character range \w-\.").
        Assert.Equal("Error", Show(Filters.ReMatch(_arena, S("a@b.com"), S(@"^[\w-\.]+@([\w-]+\.)+[\w-]{2,4}$"))));
        // A backreference needs backtracking: not run in linear time, so refused.
        Assert.Equal("Error", Show(Filters.ReSearch(_arena, S("aa"), S(@"(a)\1"))));
        Assert.Equal("Error", Show(Filters.ReSearch(_arena, Number(1), S("1"))));
        Assert.Equal("Error", Show(Filters.ReSearch(_arena, Value.Absent, S("1"))));
        // The cached refusal answers the same the second time.
        Assert.Equal("Error", Show(Filters.ReSearch(_arena, S("aa"), S(@"(a)\1"))));
    }
}
