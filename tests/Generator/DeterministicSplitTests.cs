using System.Collections.Generic;
using System.Linq;
using EcsForge.Generator.Patterns;
using Xunit;

namespace EcsForge.Tests.Generator;

/// <summary>
/// Which grok splits the next byte decides: only those whose two ways on start with different bytes, one of them at most
/// able to end the text. Where both ways could go on from one byte, backtracking must stay (the matches themselves are
/// checked end to end by the Pulse, parse-step and catalogue cases).
/// </summary>
public sealed class DeterministicSplitTests
{
    [Theory]
    [InlineData("(?:/[a-z]*)+ x", true)]
    [InlineData("(?:/[a-z]*)+/x", false)]
    [InlineData("a(?:b|c)", true)]
    [InlineData("a(?:b|bc)", false)]
    [InlineData("a(?::[0-9]+)?", true)]
    [InlineData("a(?::[0-9]+)?:", false)]
    [InlineData("a(?:bc)?", true)]
    [InlineData("a(?:b|)", true)]
    [InlineData("a(?:|)", false)]
    [InlineData("a(?:[^ ]| )", true)]
    [InlineData("a(?:[^ ]|é)", false)]
    [InlineData("a(?:[0-9]+|[5-7])", false)]
    [InlineData("a(?:.|x)", false)]
    public void A_split_is_decided_by_the_next_byte_only_when_its_ways_start_apart(string pattern, bool decided)
    {
        Assert.True(RegexParser.TryParse(pattern, new Dictionary<string, string>(), out var root, out var error, out _), error);

        var program = PatternCompiler.Compile("key", pattern, root!).Program;

        var first = program.First(instruction => instruction.Op == PatternOp.Split);
        Assert.Equal(decided, first.DecidedByNextByte);
    }

    [Fact]
    public void The_end_of_the_text_takes_the_way_that_can_end_it()
    {
        Assert.True(RegexParser.TryParse("a(?::[0-9]+)?", new Dictionary<string, string>(), out var root, out var error, out _), error);

        var split = PatternCompiler.Compile("key", "a(?::[0-9]+)?", root!).Program.First(instruction => instruction.Op == PatternOp.Split);

        Assert.False(split.TargetAtEnd);
        Assert.Equal("::", split.Text);
    }
}
