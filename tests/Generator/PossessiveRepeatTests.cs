using System.Collections.Generic;
using System.Linq;
using EcsForge.Generator.Patterns;
using Xunit;

namespace EcsForge.Tests.Generator;

/// <summary>
/// Which grok repeats drop their shorter ends: only those after which every way on starts with a byte outside their
/// class (or ends the text). Where a way on could start inside the class, backtracking must stay (the matches of such
/// patterns are checked end to end by the Pulse, parse-step and catalogue cases).
/// </summary>
public sealed class PossessiveRepeatTests
{
    [Theory]
    [InlineData("%{USERNAME:user}'", true)]
    [InlineData("[a-z]+/%{GREEDYDATA}", true)]
    [InlineData("[a-z]+", true)]
    [InlineData("[a-z]+x", false)]
    [InlineData("[a-z]+%{WORD}", false)]
    [InlineData("[a-z]+(?:/|b)", false)]
    [InlineData("[a-z]+.", false)]
    [InlineData("[^ ]+ ", true)]
    [InlineData("[^ ]+é", false)]
    [InlineData("[a-z]+[0-9]*[a-c]", false)]
    [InlineData("[a-z]+[0-9]*:", true)]
    public void A_repeat_is_possessive_only_when_nothing_after_it_can_start_in_its_class(string pattern, bool possessive)
    {
        Assert.True(RegexParser.TryParse(pattern, new Dictionary<string, string>(), out var root, out var error, out _), error);

        var program = PatternCompiler.Compile("key", pattern, root!).Program;

        var first = program.First(instruction => instruction.Op == PatternOp.RepeatClass);
        Assert.Equal(possessive, first.Possessive);
    }
}
