using EcsForge.Patterns;
using Xunit;

namespace EcsForge.Tests.Patterns;

public sealed class LiteralSetTests
{
    private static readonly LiteralSet s_crawlers = new(["spider"u8.ToArray(), "bot"u8.ToArray(), "sp"u8.ToArray(), "crawl"u8.ToArray()], ignoreCase: true);

    [Theory]
    [InlineData("Spider/1.0", 0, 0)]
    [InlineData("Spider/1.0", 1, 2)] // resumed after "spider": the next text in order that starts here
    [InlineData("Spider/1.0", 3, -1)]
    [InlineData("BOT", 0, 1)]
    [InlineData("crawler", 0, 3)]
    [InlineData("x-bot", 0, -1)] // only texts at the position count
    [InlineData("", 0, -1)]
    public void The_first_text_in_order_from_the_resumed_choice_wins(string text, int first, int expected)
    {
        Assert.Equal(expected, s_crawlers.MatchFirst(System.Text.Encoding.UTF8.GetBytes(text), first));
    }

    [Fact]
    public void Without_ignoring_case_a_text_matches_only_as_written()
    {
        var set = new LiteralSet(["Bot"u8.ToArray(), "bot"u8.ToArray()], ignoreCase: false);

        Assert.Equal(1, set.MatchFirst("bot"u8, 0));
        Assert.Equal(0, set.MatchFirst("Bot"u8, 0));
        Assert.Equal(-1, set.MatchFirst("BOT"u8, 0));
        Assert.Equal(3, set.LengthOf(1));
    }
}
