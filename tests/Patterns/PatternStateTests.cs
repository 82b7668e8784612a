using System.Text;
using EcsForge.Patterns;
using Xunit;

namespace EcsForge.Tests.Patterns;

/// <summary>
/// <see cref="PatternState.ClaimRun"/> marks a repeat's run as the split per character it replaces would have: the run
/// ends before the first position an earlier path marked, and fails where it starts on one.
/// </summary>
public sealed class PatternStateTests
{
    private static readonly byte[] s_text = Encoding.UTF8.GetBytes(new string('a', 200));

    [Fact]
    public void A_fresh_run_is_marked_whole()
    {
        var state = new PatternState();
        state.Begin(branches: 2, textLength: s_text.Length);

        Assert.Equal(20, state.ClaimRun(1, s_text, 10, 20));
        Assert.Equal(11, state.Explored);
    }

    [Fact]
    public void A_run_reaching_marked_positions_ends_before_them_and_one_starting_on_them_fails()
    {
        var state = new PatternState();
        state.Begin(branches: 2, textLength: s_text.Length);
        state.ClaimRun(1, s_text, 10, 20);

        Assert.Equal(9, state.ClaimRun(1, s_text, 5, 30));
        Assert.Equal(-1, state.ClaimRun(1, s_text, 15, 25));
        Assert.Equal(-1, state.ClaimRun(1, s_text, 5, 8));
        Assert.Equal(16, state.Explored);
    }

    [Fact]
    public void Runs_across_memo_words_and_of_other_branches_are_independent()
    {
        var state = new PatternState();
        state.Begin(branches: 3, textLength: s_text.Length);

        Assert.Equal(150, state.ClaimRun(2, s_text, 60, 150));
        Assert.Equal(150, state.ClaimRun(0, s_text, 60, 150));
        Assert.Equal(59, state.ClaimRun(2, s_text, 0, 199));
        Assert.Equal(-1, state.ClaimRun(2, s_text, 128, 140));
        Assert.Equal(2 * 91 + 60, state.Explored);
    }

    [Fact]
    public void A_run_of_multi_byte_characters_ends_at_a_character_boundary()
    {
        var text = Encoding.UTF8.GetBytes("xééééy");
        var state = new PatternState();
        state.Begin(branches: 1, textLength: text.Length);
        state.ClaimRun(0, text, 5, 9);

        // The character before position 5 starts at 3: the run from 1 ends there, not in the middle of 'é'.
        Assert.Equal(3, state.ClaimRun(0, text, 1, 9));
    }
}
