using EcsForge.Pipelines;
using Xunit;

namespace EcsForge.Tests.Runtime.Pipelines;

/// <summary>When a stage's or an action's filter holds, as the platform's recorded cases show it.</summary>
public sealed class FilterHoldsTests
{
    private readonly ValueArena _arena = new();

    [Theory]
    // CrowdStrike/crowdstrike_falcon tests/user_event.json: UserIsAdmin "0" leaves user.roles out.
    [InlineData("0", false)]
    [InlineData("1", true)]
    [InlineData(" 2.5 ", true)]
    [InlineData("True", true)]
    [InlineData("False", false)]
    [InlineData("None", false)]
    // Microsoft/microsoft-365-defender tests/test_cloud_app.json: AccountType "Regular" leaves user.roles out.
    [InlineData("Regular", false)]
    [InlineData("", false)]
    [InlineData("NaN", false)]
    public void Text_holds_as_the_literal_it_spells(string text, bool holds)
    {
        Assert.Equal(holds, Ops.Holds(_arena, _arena.String(text)));
    }

    [Fact]
    public void Other_values_hold_by_their_truth()
    {
        Assert.True(Ops.Holds(_arena, Value.Bool(true)));
        Assert.False(Ops.Holds(_arena, Value.FromInteger(0)));
        Assert.True(Ops.Holds(_arena, Value.FromInteger(3)));
        Assert.False(Ops.Holds(_arena, Value.Absent));
        Assert.False(Ops.Holds(_arena, _arena.NewList()));
    }
}
