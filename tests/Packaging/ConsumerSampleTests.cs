using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.RegularExpressions;
using EcsForge.Tests.Support;
using Xunit;

namespace EcsForge.Tests.Packaging;

/// <summary>
/// samples/consumer built the way a user's project is: the EcsForge package is packed from this repository into a
/// local feed, and the sample restores it by PackageReference (no ProjectReference), compiles its own dataset with the
/// packaged generator and parses a line.
/// </summary>
public sealed class ConsumerSampleTests : IClassFixture<ConsumerSampleTests.PackedFeed>
{
    private readonly PackedFeed _feed;

    public ConsumerSampleTests(PackedFeed feed)
    {
        _feed = feed;
    }

    [Fact]
    public void The_consumer_parses_a_line_with_its_own_dataset_from_the_package()
    {
        var project = _feed.CopyConsumer("working");

        var (exitCode, output) = DotnetCli.Run(project, "run", "-c", "Release");

        Assert.True(exitCode == 0, output);
        var json = output.Split('\n').Single(line => line.StartsWith('{'));
        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;
        Assert.Equal("2026-03-01T09:15:00Z", root.GetProperty("@timestamp").GetString());
        Assert.Equal("203.0.113.10", root.GetProperty("source").GetProperty("ip").GetString());
        Assert.Equal("failure", root.GetProperty("event").GetProperty("outcome").GetString());
        Assert.Equal("s-42", root.GetProperty("acme").GetProperty("session_id").GetString());
        Assert.Equal("example.com", root.GetProperty("destination").GetProperty("registered_domain").GetString());
    }

    [Fact]
    public void A_mistake_in_the_dataset_is_one_located_ECSG004_error_and_nothing_else()
    {
        var project = _feed.CopyConsumer("broken");
        var dataset = Path.Combine(project, "WebLogins.cs");
        File.WriteAllText(dataset, File.ReadAllText(dataset).Replace("\"source.ip\"", "\"source.iq\"", StringComparison.Ordinal));

        var (exitCode, output) = DotnetCli.Run(project, "build", "-c", "Release");

        Assert.NotEqual(0, exitCode);
        var errors = Regex.Matches(output, @"^(?<file>[^\s(]+)\((?<line>\d+),(?<column>\d+)\): error (?<id>\w+): (?<text>.*?) \[", RegexOptions.Multiline)
            .Select(match => (File: Path.GetFileName(match.Groups["file"].Value), Line: match.Groups["line"].Value, Column: match.Groups["column"].Value, Id: match.Groups["id"].Value, Text: match.Groups["text"].Value))
            .Distinct()
            .ToList();
        var error = Assert.Single(errors);
        Assert.Equal(("WebLogins.cs", "8", "16", "ECSG004"), (error.File, error.Line, error.Column, error.Id));
        Assert.Contains("did you mean 'source.ip'?", error.Text, StringComparison.Ordinal);
    }

    /// <summary>The EcsForge package packed once for the class, into a temporary feed with its own package cache.</summary>
    public sealed class PackedFeed : IDisposable
    {
        private readonly string _root = Path.Combine(Path.GetTempPath(), "ecsforge-consumer-" + Guid.NewGuid().ToString("N"));

        public PackedFeed()
        {
            Directory.CreateDirectory(_root);
            var (exitCode, output) = DotnetCli.Run(
                RepositoryPaths.Root, "pack", RepositoryPaths.InRepository("runtime", "EcsForge.Runtime.csproj"), "-c", "Release", "-o", Feed);
            if (exitCode != 0)
            {
                throw new InvalidOperationException("dotnet pack failed:\n" + output);
            }
        }

        private string Feed => Path.Combine(_root, "feed");

        /// <summary>A copy of samples/consumer whose nuget.config points at the temporary feed and cache.</summary>
        public string CopyConsumer(string name)
        {
            var target = Path.Combine(_root, name);
            var source = RepositoryPaths.InRepository("samples", "consumer");
            Directory.CreateDirectory(target);
            foreach (var file in Directory.EnumerateFiles(source))
            {
                File.Copy(file, Path.Combine(target, Path.GetFileName(file)));
            }

            File.WriteAllText(Path.Combine(target, "nuget.config"), $"""
                <?xml version="1.0" encoding="utf-8"?>
                <configuration>
                  <packageSources>
                    <clear />
                    <add key="feed" value="{Feed}" />
                  </packageSources>
                  <config>
                    <add key="globalPackagesFolder" value="{Path.Combine(_root, "packages")}" />
                  </config>
                </configuration>
                """);
            return target;
        }

        public void Dispose()
        {
            try
            {
                Directory.Delete(_root, recursive: true);
            }
            catch (IOException)
            {
                // A temporary folder left behind is harmless.
            }
        }
    }
}
