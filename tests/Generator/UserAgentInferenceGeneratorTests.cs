using System.Linq;
using EcsForge.Tests.Support;
using Microsoft.CodeAnalysis;
using Xunit;

namespace EcsForge.Tests.Generator;

/// <summary>user_agent.* is inferred when the optional EcsForge.UserAgents assembly is referenced, and a warning says so when it is not.</summary>
public sealed class UserAgentInferenceGeneratorTests
{
    private const string Dataset = """
        using EcsForge.Mapping;
        namespace Demo;
        [IntakeFormat("16676d72-463e-4b8a-b13a-f8dd48cddc8c", "demo")]
        [Map("agent", "user_agent.original")]
        public partial class Agents { }
        """;

    [Fact]
    public void Referenced_user_agents_assembly_gets_user_agents_inferred()
    {
        var (run, errors) = GeneratorHarness.Run(Dataset);

        Assert.Empty(errors);
        Assert.DoesNotContain(run.Diagnostics, diagnostic => diagnostic.Id == "ECSG028");
        Assert.Contains("UserAgentParser.Shared.Parse(", Source(run));
    }

    [Fact]
    public void Missing_user_agents_assembly_is_a_warning_and_compiling_code()
    {
        var compilation = GeneratorHarness.CompileWithout("EcsForge.UserAgents", Dataset);

        var driver = GeneratorHarness.CreateDriver().RunGeneratorsAndUpdateCompilation(compilation, out var output, out _);
        var run = driver.GetRunResult();

        var warning = Assert.Single(run.Diagnostics, diagnostic => diagnostic.Id == "ECSG028");
        Assert.Equal(DiagnosticSeverity.Warning, warning.Severity);
        Assert.Equal("\"user_agent.original\"", warning.Location.SourceTree!.GetText().ToString(warning.Location.SourceSpan));
        Assert.DoesNotContain("UserAgentParser", Source(run));
        Assert.Empty(output.GetDiagnostics().Where(diagnostic => diagnostic.Severity == DiagnosticSeverity.Error));
    }

    private static string Source(GeneratorDriverRunResult run)
        => run.Results.Single().GeneratedSources.Single(source => source.HintName == "Demo.Agents.g.cs").SourceText.ToString();
}
