using System.IO;
using System.Linq;
using EcsForge.Tests.Support;
using Xunit;

namespace EcsForge.Tests.Generator;

/// <summary>Golden snapshots of the generated parser of a shipped dataset, so every change to emitted code is reviewed.</summary>
public sealed class GeneratedSourceSnapshotTests
{
    [Theory]
    [InlineData("CloudflareFirewallEvents")]
    [InlineData("CloudflareAuditLogs")]
    [InlineData("CloudflareGatewayDns")]
    public void Generated_parser_matches_snapshot(string dataset)
    {
        var source = File.ReadAllText(RepositoryPaths.InRepository("parsers", "Cloudflare", dataset + ".cs"));

        var (run, errors) = GeneratorHarness.Run(source);

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

        var (run, errors) = GeneratorHarness.Run(sources);

        Assert.Empty(errors);
        var registry = run.Results.Single().GeneratedSources.Single(file => file.HintName == "IntakeFormatRegistry.g.cs");
        Snapshot.Match("IntakeFormatRegistry.g.cs.txt", registry.SourceText.ToString());
    }
}
