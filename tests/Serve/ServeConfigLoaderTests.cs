using System;
using System.IO;
using System.Linq;
using EcsForge.Host.Serve.Config;
using EcsForge.Routing;
using Microsoft.Extensions.Logging;
using Xunit;

namespace EcsForge.Tests.Serve;

public class ServeConfigLoaderTests
{
    // Qualified: the test assembly has a registry of its own test datasets.
    private static readonly IntakeRouter s_router = new(EcsForge.Parsers.IntakeFormatRegistry.All);

    [Fact]
    public void ExampleConfigLoadsWithItsValues()
    {
        var path = Support.RepositoryPaths.InRepository("host", "serve.example.json");

        var settings = ServeConfigLoader.TryLoad(path, s_router, out var errors);

        Assert.Empty(errors);
        Assert.NotNull(settings);
        Assert.Equal("127.0.0.1:8080", settings.HttpEndPoint.ToString());
        Assert.Equal(2, settings.Workers);
        Assert.Equal(8192, settings.UserAgentCacheEntries);
        Assert.Equal(LogLevel.Information, settings.Logging.MinimumLevel);
        Assert.Equal(Path.GetFullPath(Support.RepositoryPaths.InRepository("out", "events.ndjson")), settings.Sinks["events"].Path);
        Assert.Equal(20, settings.Sinks["events"].KeepFiles);
        Assert.Equal(SinkKind.Stdout, settings.Sinks["console"].Kind);
        Assert.Equal(["cloudflare-firewall-events", "cloudflare-access-requests"], settings.Intakes.Select(i => i.Format.Slug));
        Assert.Equal(10L << 20, settings.Intakes[0].Limits.MaxBodyBytes);
        Assert.Equal(16L << 20, settings.Intakes[1].Limits.MaxDecompressedBytes);
        Assert.Equal("pulse-connect-secure", Assert.Single(settings.Syslog).Format.Slug);
        Assert.Equal((1 << 20, 100_000, 1), (settings.Intakes[0].Limits.MaxEventBytes, settings.Intakes[0].Limits.MaxEvents, settings.Intakes[0].Limits.DeadLetterFactor));
        Assert.Equal(new BodyConcurrency(2, TimeSpan.FromSeconds(10)), settings.Bodies);
        Assert.False(settings.Sinks["events"].Fsync);
        Assert.Equal(256, settings.Syslog[0].Connections.Max);
        Assert.Equal([System.Net.IPNetwork.Parse("127.0.0.0/8")], settings.Syslog[0].AllowedSources);
        Assert.Null(settings.Syslog[0].Certificate);
    }

    [Fact]
    public void HardeningOptionsAreChecked()
    {
        const string json = """
            {
              "http": { "port": 0, "maxConcurrentBodies": 0 },
              "userAgentCacheEntries": 0,
              "limits": { "maxEventBytes": 10 },
              "sinks": { "a": { "type": "file", "path": "a.ndjson", "durability": "sometimes" } },
              "syslog": [ { "name": "s", "port": 0, "format": "pulse-connect-secure", "output": "a", "deadLetter": "a",
                            "allowedSources": [ "not-an-address" ], "tls": { "certificate": "missing.pem", "key": "missing.key" } } ]
            }
            """;

        Assert.Null(ServeConfigLoader.TryParse(json, Path.GetTempPath(), s_router, out var errors));

        Assert.Contains("http.maxConcurrentBodies: must be at least 1, not 0", errors);
        Assert.Contains("limits.maxEventBytes: must be at least 256, not 10", errors);
        Assert.Contains("userAgentCacheEntries: must be from 1 to 16777216, not 0", errors);
        Assert.Contains("sinks.a.durability: must be \"flush\" or \"fsync\", not \"sometimes\"", errors);
        Assert.Contains("syslog[0].allowedSources: \"not-an-address\" is neither an IP address nor a network (CIDR)", errors);
        Assert.Contains(errors, e => e.StartsWith("syslog[0].tls: the certificate cannot be loaded", StringComparison.Ordinal));
    }

    [Fact]
    public void ReportsEveryProblemWithItsPath()
    {
        const string json = """
            {
              "workers": 0,
              "logging": { "format": "xml", "minimumLevel": "Loud" },
              "sinks": { "out": { "type": "file" }, "a": { "type": "stdout" }, "b": { "type": "stdout" }, "c": { "type": "kafka" } },
              "intakes": [
                { "name": "x", "key": "k0", "format": "nope", "output": "out", "deadLetter": "missing" },
                { "name": "y", "key": "k", "format": "cloudflare-audit-logs", "output": "a", "deadLetter": "a" },
                { "name": "z", "key": "k", "format": "cloudflare-audit-logs", "output": "a", "deadLetter": "a" },
                { "name": "y", "format": "cloudflare-audit-logs", "output": "a", "deadLetter": "a" }
              ],
              "syslog": [ { "name": "s", "format": "pulse-connect-secure", "output": "a", "deadLetter": "a", "maxFrameBytes": 0 } ]
            }
            """;

        Assert.Null(ServeConfigLoader.TryParse(json, "/tmp", s_router, out var errors));

        Assert.Equal(
            [
                "workers: must be at least 1, not 0",
                "sinks.out.path: required for a file sink",
                "sinks.b: only one stdout sink may be configured",
                "sinks.c.type: must be \"file\", \"stdout\" or \"rabbitmq\", not \"kafka\"",
                "intakes[0].format: unknown intake format \"nope\" (known: cloudflare-access-requests, cloudflare-audit-logs, cloudflare-dns-logs, cloudflare-firewall-events, cloudflare-gateway-dns, cloudflare-gateway-http, cloudflare-gateway-network, cloudflare-http-requests, pulse-connect-secure)",
                "intakes[0].output: no sink is named \"out\"",
                "intakes[0].deadLetter: no sink is named \"missing\"",
                "intakes[2].key: the same key is given to another intake",
                "intakes[3].name: \"y\" names another intake or listener",
                "intakes[3].key: required",
                "syslog[0].port: required (0 picks a free port)",
                "syslog[0].maxFrameBytes: must be at least 1, not 0",
                "logging.format: must be \"simple\" or \"json\", not \"xml\"",
                "logging.minimumLevel: must be one of Trace, Debug, Information, Warning, Error, Critical, None, not \"Loud\"",
            ],
            errors);
    }

    [Fact]
    public void UnknownOptionIsAnError()
    {
        Assert.Null(ServeConfigLoader.TryParse("""{ "intakes": [], "workerz": 2 }""", "/tmp", s_router, out var errors));

        Assert.Contains("workerz", Assert.Single(errors));
    }
}
