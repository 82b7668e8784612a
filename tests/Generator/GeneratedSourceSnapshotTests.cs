using System.Collections.Immutable;
using System.IO;
using System.Linq;
using EcsForge.Tests.Support;
using Microsoft.CodeAnalysis;
using Xunit;

namespace EcsForge.Tests.Generator;

/// <summary>
/// Golden snapshots of generated code, so every change to emitted code is reviewed. Each test also runs the generator a
/// second time on an equal compilation and requires every step to be cached.
/// </summary>
public sealed class GeneratedSourceSnapshotTests
{
    [Theory]
    // Infers user_agent.* from user_agent.original, as CloudflareHttpRequests does.
    [InlineData("Cloudflare", "CloudflareFirewallEvents")]
    [InlineData("Cloudflare", "CloudflareHttpRequests")]
    [InlineData("Cloudflare", "CloudflareAuditLogs")]
    [InlineData("Cloudflare", "CloudflareGatewayDns")]
    // key=value after a syslog header, with grok patterns.
    [InlineData("Ivanti", "PulseConnectSecure")]
    public void Generated_parser_matches_snapshot(string vendor, string dataset)
    {
        var source = File.ReadAllText(RepositoryPaths.InRepository("parsers", vendor, dataset + ".cs"));

        var (run, errors) = GeneratorHarness.RunTwice(new[] { source }, ImmutableArray<AdditionalText>.Empty);

        Assert.Empty(run.Diagnostics);
        Assert.Empty(errors);
        var generated = run.Results.Single().GeneratedSources.Single(file => file.HintName.EndsWith(dataset + ".g.cs"));
        Snapshot.Match(dataset + ".g.cs.txt", generated.SourceText.ToString());
    }

    [Fact]
    public void Registry_lists_every_dataset_of_the_compilation()
    {
        var sources = new[] { "CloudflareFirewallEvents", "CloudflareAuditLogs", "CloudflareAccessRequests" }
            .Select(name => File.ReadAllText(RepositoryPaths.InRepository("parsers", "Cloudflare", name + ".cs")))
            .ToArray();

        var (run, errors) = GeneratorHarness.RunTwice(sources, ImmutableArray<AdditionalText>.Empty);

        Assert.Empty(errors);
        var registry = run.Results.Single().GeneratedSources.Single(file => file.HintName == "IntakeFormatRegistry.g.cs");
        Snapshot.Match("IntakeFormatRegistry.g.cs.txt", registry.SourceText.ToString());
    }

    [Fact]
    public void User_agent_matchers_match_snapshot()
    {
        var yaml = new InMemoryAdditionalText("/repo/mini.yaml", UserAgentRegexesGeneratorTests.Yaml);

        var (run, errors) = GeneratorHarness.RunTwice(new[] { UserAgentRegexesGeneratorTests.Class }, ImmutableArray.Create<AdditionalText>(yaml));

        Assert.Empty(run.Diagnostics);
        Assert.Empty(errors);
        var generated = run.Results.Single().GeneratedSources.Single(file => file.HintName == "Agents.MiniRegexes.g.cs");
        Snapshot.Match("Agents.MiniRegexes.g.cs.txt", generated.SourceText.ToString());
    }
}
