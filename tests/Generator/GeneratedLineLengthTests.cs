using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using EcsForge.Generator.Emit;
using EcsForge.Tests.Support;
using Microsoft.CodeAnalysis;
using Xunit;

namespace EcsForge.Tests.Generator;

/// <summary>
/// Generated code stays within the house style's line length (.editorconfig <c>max_line_length = 150</c>): the
/// shipped datasets and the shipped user-agent matchers are generated in memory and every line of every source is
/// measured. Emitters write a statement per line and <see cref="LineWrapper"/> breaks the long ones.
/// </summary>
public sealed class GeneratedLineLengthTests
{
    private const int Limit = LineWrapper.MaxLength;

    [Fact]
    public void Shipped_datasets_generate_no_line_over_the_limit()
    {
        var sources = SourcesUnder("parsers").Select(File.ReadAllText).ToArray();

        var (run, errors) = GeneratorHarness.Run(sources);

        Assert.Empty(errors);
        var generated = run.Results.Single().GeneratedSources;
        Assert.Contains(generated, file => file.HintName.EndsWith("PulseConnectSecure.g.cs", System.StringComparison.Ordinal));
        Assert.Contains(generated, file => file.HintName == "IntakeFormatRegistry.g.cs");
        AssertNoLongLine(generated);
    }

    [Fact]
    public void Shipped_user_agent_matchers_generate_no_line_over_the_limit()
    {
        // The user-agent project compiled from its sources, so that its internal types resolve.
        var sources = SourcesUnder("useragents").Select(path => File.ReadAllText(path)).ToArray();
        var yamlPath = RepositoryPaths.InRepository("useragents", "Data", "regexes.yaml");
        var yaml = new InMemoryAdditionalText(yamlPath, File.ReadAllText(yamlPath));
        var compilation = GeneratorHarness.CompileWithout("EcsForge.UserAgents", sources);

        var run = GeneratorHarness.CreateDriver()
            .AddAdditionalTexts(ImmutableArray.Create<AdditionalText>(yaml))
            .RunGenerators(compilation)
            .GetRunResult();

        Assert.Empty(run.Diagnostics);
        var generated = run.Results.Single().GeneratedSources;
        Assert.Contains(generated, file => file.HintName.EndsWith("UapRegexes.g.cs", System.StringComparison.Ordinal));
        AssertNoLongLine(generated);
    }

    [Fact]
    public void Wrapping_changes_only_white_space_and_breaks_the_outermost_operators_first()
    {
        var tests = string.Join(" || ", Enumerable.Range(40, 30).Select(b => $"text[position] == {b}"));
        var condition = "if (position >= text.Length || !(" + tests + ")) goto fail;";
        var literal = "var s = \"a long literal, with commas, || and && inside, that is never cut\" + \"" + new string('x', 120) + "\";";
        // Words, then a regex with no space in it, as user-agent matchers document theirs.
        var regex = "(" + string.Join("|", Enumerable.Repeat("Bot&amp;Crawler", 20)) + ")";
        var comment = "/// <summary>" + string.Join(" ", Enumerable.Repeat("word", 30)) + " <c>" + regex + "</c></summary>";

        var conditionLines = LineWrapper.Wrap("    " + condition, 100);
        var literalLines = LineWrapper.Wrap("    " + literal, 100);
        var commentLines = LineWrapper.Wrap("    " + comment, 100);

        Assert.Equal("    if (position >= text.Length", conditionLines[0]);
        Assert.All(conditionLines.Skip(1), part => Assert.StartsWith("        || ", part));
        Assert.All(conditionLines, part => Assert.True(part.Length <= 100, part));
        Assert.Equal(2, literalLines.Count);
        Assert.All(literalLines, part => Assert.True(part.Count(c => c == '"') % 2 == 0, part));
        Assert.True(commentLines.Count > 1);
        Assert.All(commentLines, part => Assert.True(part.Length <= 100 && part.StartsWith("    /// ", System.StringComparison.Ordinal), part));
        Assert.DoesNotContain(commentLines, part => part.EndsWith('&') || part.EndsWith("&amp", System.StringComparison.Ordinal));
        foreach (var (line, parts) in new[] { (condition, conditionLines), (literal, literalLines), (comment, commentLines) })
        {
            Assert.Equal(Squeeze(line), Squeeze(string.Concat(parts)));
        }

        var directive = "#pragma warning disable " + new string('x', 200);
        Assert.Equal(new[] { directive }, LineWrapper.Wrap(directive, 100));
    }

    private static string Squeeze(string text) => text.Replace(" ", string.Empty).Replace("/", string.Empty);

    private static IEnumerable<string> SourcesUnder(string directory)
        => Directory.EnumerateFiles(RepositoryPaths.InRepository(directory), "*.cs", SearchOption.AllDirectories)
            .Where(path => !path.Split(Path.DirectorySeparatorChar).Any(part => part is "obj" or "bin"))
            .OrderBy(path => path, System.StringComparer.Ordinal);

    private static void AssertNoLongLine(ImmutableArray<GeneratedSourceResult> generated)
    {
        Assert.NotEmpty(generated);
        var longLines = generated
            .SelectMany(file => file.SourceText.Lines.Select(line => (file.HintName, Line: line.LineNumber + 1, Text: line.ToString())))
            .Where(line => line.Text.Length > Limit)
            .ToList();
        Assert.True(
            longLines.Count == 0,
            $"{longLines.Count} generated lines are longer than {Limit} characters, e.g.:\n"
            + string.Join("\n", longLines.Take(5).Select(line => $"{line.HintName}:{line.Line} ({line.Text.Length}): {line.Text}")));
    }
}
