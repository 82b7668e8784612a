using System.Collections.Immutable;
using System.Linq;
using EcsForge.Generator;
using EcsForge.Tests.Support;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

namespace EcsForge.Tests.Generator;

/// <summary>The <c>[UserAgentRegexes]</c> pipeline: YAML problems located in the file, regex errors, caching.</summary>
public sealed class UserAgentRegexesGeneratorTests
{
    internal const string Class = """
        using EcsForge.Mapping;
        namespace Agents;
        [UserAgentRegexes("mini.yaml")]
        internal static partial class MiniRegexes { }
        """;

    internal const string Yaml = """
        user_agent_parsers:
          # a comment
          - regex: '(Luminary)/(\d+)\.(\d+)'
          - regex: 'Foo ''quoted'' (\d+)'
            family_replacement: 'Foo $1'
        os_parsers:
          - regex: '(Windows) NT (\d+)'
        device_parsers:
          - regex: '\b(Pixel \d)\b'
            regex_flag: 'i'
            brand_replacement: 'Google'
        """;

    [Fact]
    public void Valid_file_compiles_into_matchers_without_diagnostics()
    {
        var (run, errors) = Run(Yaml);

        Assert.Empty(run.Diagnostics);
        Assert.Empty(errors);
        var source = run.Results.Single().GeneratedSources.Single(generated => generated.HintName == "Agents.MiniRegexes.g.cs").SourceText.ToString();
        Assert.Contains("public static global::System.ReadOnlySpan<global::EcsForge.UserAgents.UapMatcherMethod> AgentMatchers", source);
        Assert.Contains("new global::EcsForge.UserAgents.UapClause[] { new(false, \"Luminary\") }", source);
        Assert.Contains("new(1, \"Foo $1\", null, null, null, null)", source);
        Assert.Contains("Line 4: <c>Foo 'quoted' (\\d+)</c>", source);
    }

    [Fact]
    public void File_missing_from_additional_files_is_reported_on_the_attribute_argument()
    {
        var run = GeneratorHarness.Run(new[] { Class }, ImmutableArray<AdditionalText>.Empty).Run;

        var diagnostic = Assert.Single(run.Diagnostics);
        Assert.Equal("ECSG025", diagnostic.Id);
        Assert.Equal("\"mini.yaml\"", diagnostic.Location.SourceTree!.GetText().ToString(diagnostic.Location.SourceSpan));
    }

    [Fact]
    public void Regex_that_does_not_compile_is_reported_at_its_line_in_the_yaml()
    {
        var run = Run(Yaml.Replace("(Windows) NT (\\d+)", "(?<=Windows) NT")).Run;

        var diagnostic = Assert.Single(run.Diagnostics);
        Assert.Equal("ECSG026", diagnostic.Id);
        Assert.Equal("/repo/mini.yaml", diagnostic.Location.GetLineSpan().Path);
        Assert.Equal(6, diagnostic.Location.GetLineSpan().StartLinePosition.Line);
        Assert.Contains("lookarounds", diagnostic.GetMessage());
    }

    [Theory]
    [InlineData("    colour_replacement: 'x'\n", "'colour_replacement' is not a key of user_agent_parsers")]
    [InlineData("    regex_flag: 'x'\n", "'x' is not a regex flag")]
    [InlineData("    family_replacement: 'open\n", "the quoted value is not closed on its line")]
    [InlineData("bogus_parsers:\n  - regex: 'x'\n", "'bogus_parsers' is not a ua-parser list")]
    public void Malformed_file_is_reported_with_the_reason(string insertedAfterFirstRegex, string reason)
    {
        var lines = Yaml.Split('\n').ToList();
        lines.Insert(3, insertedAfterFirstRegex.TrimEnd('\n'));

        var run = Run(string.Join("\n", lines)).Run;

        Assert.Contains(run.Diagnostics, diagnostic => diagnostic.Id == "ECSG027" && diagnostic.GetMessage().Contains(reason));
    }

    [Fact]
    public void Unrelated_edit_leaves_the_compiled_regexes_cached()
    {
        var compilation = GeneratorHarness.Compile(Class);
        var driver = GeneratorHarness.CreateDriver().AddAdditionalTexts(ImmutableArray.Create<AdditionalText>(new InMemoryAdditionalText("/repo/mini.yaml", Yaml))).RunGenerators(compilation);

        var edited = compilation.AddSyntaxTrees(CSharpSyntaxTree.ParseText("namespace Other; public class Unrelated { }"));
        var result = driver.RunGenerators(edited).GetRunResult().Results.Single();

        foreach (var name in new[] { TrackingNames.UserAgentRegexes, TrackingNames.UserAgentModels })
        {
            Assert.All(result.TrackedSteps[name].SelectMany(step => step.Outputs), output =>
                Assert.True(output.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, $"{name}: {output.Reason}"));
        }
    }

    [Fact]
    public void Edited_regexes_file_rebuilds_the_model()
    {
        var compilation = GeneratorHarness.Compile(Class);
        var original = new InMemoryAdditionalText("/repo/mini.yaml", Yaml);
        var driver = GeneratorHarness.CreateDriver().AddAdditionalTexts(ImmutableArray.Create<AdditionalText>(original)).RunGenerators(compilation);

        var result = driver.ReplaceAdditionalText(original, new InMemoryAdditionalText("/repo/mini.yaml", Yaml.Replace("Luminary", "Lumen")))
            .RunGenerators(compilation).GetRunResult().Results.Single();

        Assert.Contains(result.TrackedSteps[TrackingNames.UserAgentModels].SelectMany(step => step.Outputs), output => output.Reason == IncrementalStepRunReason.Modified);
    }

    private static (GeneratorDriverRunResult Run, ImmutableArray<Diagnostic> Errors) Run(string yaml)
        => GeneratorHarness.Run(new[] { Class }, ImmutableArray.Create<AdditionalText>(new InMemoryAdditionalText("/repo/mini.yaml", yaml)));
}
