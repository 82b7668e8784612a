using System.Text;
using System.Text.Json;
using EcsForge.Parsing;
using EcsForge.Tests.Datasets;
using Xunit;

namespace EcsForge.Tests.Patterns;

/// <summary>
/// Compiled patterns explore each branch at most once per position, so pathological inputs cost linear work
/// (asserted on the work counter, not on time).
/// </summary>
public sealed class PatternComplexityTests
{
    [Fact]
    public void Pattern_still_matches_normal_input()
    {
        var (root, _) = Run("a:1b2c3d");

        Assert.Equal("1", root.GetProperty("event").GetProperty("reason").GetString());
        Assert.Equal("2", root.GetProperty("event").GetProperty("action").GetString());
        Assert.Equal("3", root.GetProperty("event").GetProperty("outcome").GetString());
    }

    [Fact]
    public void Pathological_input_costs_linear_work()
    {
        // "a:" then "bc" repeated, never the final "d": a naive backtracker tries O(n^3) splits.
        var (_, small) = Run("a:" + Repeat("bc", 20_000));
        var (_, large) = Run("a:" + Repeat("bc", 40_000));

        var branches = 4;
        Assert.True(large <= branches * (80_000 + 3), $"explored {large} branch points");
        Assert.True(large <= small * 2.2, $"work grew from {small} to {large} for twice the input");
    }

    [Fact]
    public void A_megabyte_field_is_matched_in_linear_work()
    {
        var (root, explored) = Run("a:" + Repeat("b", 1 << 20) + "cd");

        Assert.Equal(Repeat("b", (1 << 20) - 1), root.GetProperty("event").GetProperty("action").GetString()![..((1 << 20) - 1)]);
        Assert.True(explored <= 4L * ((1 << 20) + 5), $"explored {explored} branch points");
    }

    private static (JsonElement Root, long Explored) Run(string text)
    {
        var session = new EventSession();
        session.Begin(default, null);
        var message = Encoding.UTF8.GetBytes(JsonSerializer.Serialize(new { text }));
        var result = PatternTestDataset.Format.Parser.Parse(message, session);
        Assert.True(result.Success, result.Reason);
        using var document = JsonDocument.Parse(session.Complete().ToArray());
        return (document.RootElement.Clone(), session.Patterns.Explored);
    }

    private static string Repeat(string unit, int count) => new StringBuilder(unit.Length * count).Insert(0, unit, count).ToString();
}
