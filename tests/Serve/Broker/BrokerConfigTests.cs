using System;
using System.IO;
using EcsForge.Host.Serve.Broker;
using EcsForge.Host.Serve.Config;
using EcsForge.Routing;
using Xunit;

namespace EcsForge.Tests.Serve.Broker;

public class BrokerConfigTests
{
    private static readonly IntakeRouter s_router = new(EcsForge.Parsers.IntakeFormatRegistry.All);

    [Fact]
    public void FrontEndAndConsumerRolesResolveWithTheirDefaults()
    {
        const string json = """
            {
              "broker": { "uri": "amqp://ingest:secret@10.0.0.5:5672/logs", "prefix": "prod" },
              "sinks": {
                "ecs": { "type": "rabbitmq", "exchange": "events", "routingKey": "waf" },
                "dead": { "type": "rabbitmq", "exchange": "dead-letter" }
              },
              "intakes": [ { "name": "waf", "key": "k", "format": "cloudflare-firewall-events", "publish": "rabbitmq" } ],
              "syslog": [ { "name": "vpn", "port": 0, "format": "pulse-connect-secure", "publish": "rabbitmq" } ],
              "inputs": [ { "name": "parse-waf", "type": "rabbitmq", "intake": "waf", "format": "cloudflare-firewall-events",
                            "output": "ecs", "deadLetter": "dead", "prefetch": 8 } ]
            }
            """;

        var settings = ServeConfigLoader.TryParse(json, Path.GetTempPath(), s_router, out var errors);

        Assert.Empty(errors);
        Assert.NotNull(settings?.Broker);
        Assert.Equal(("prod", 10, 1_000, 4 << 20), (settings.Broker.Prefix, settings.Broker.DeliveryLimit, settings.Broker.MaxBatchEvents, settings.Broker.MaxBatchBytes));
        Assert.Equal(["waf", "vpn"], settings.Broker.RawIntakes);
        Assert.True(settings.Intakes[0].Publish);
        Assert.True(settings.Syslog[0].Publish);
        var input = Assert.Single(settings.Inputs!);
        Assert.Equal(("waf", "cloudflare-firewall-events", 8), (input.Intake, input.Format.Slug, input.Prefetch));
        Assert.Equal((SinkKind.RabbitMq, "events", "waf"), (settings.Sinks["ecs"].Kind, settings.Sinks["ecs"].Exchange, settings.Sinks["ecs"].RoutingKey));
        Assert.Equal("dead", settings.Sinks["dead"].RoutingKey);
        var topology = new BrokerTopology(settings.Broker);
        Assert.Equal(["prod.raw.waf", "prod.events", "prod.dead-letter"], new[] { topology.RawQueue("waf"), topology.Events, topology.DeadLetters });
    }

    [Fact]
    public void BrokerOptionsAreChecked()
    {
        const string json = """
            {
              "sinks": {
                "ecs": { "type": "rabbitmq", "exchange": "elsewhere", "path": "x.ndjson" },
                "file": { "type": "file", "path": "f.ndjson", "exchange": "events" }
              },
              "intakes": [ { "name": "waf", "key": "k", "format": "cloudflare-firewall-events", "publish": "rabbitmq", "output": "file" },
                           { "name": "other", "key": "k2", "format": "cloudflare-firewall-events", "publish": "kafka" } ],
              "inputs": [ { "name": "parse", "type": "amqp", "format": "cloudflare-firewall-events", "output": "file", "deadLetter": "file", "prefetch": 0 } ]
            }
            """;

        Assert.Null(ServeConfigLoader.TryParse(json, Path.GetTempPath(), s_router, out var errors));

        Assert.Contains("sinks.ecs: a rabbitmq sink takes no path, rotateBytes, keepFiles nor durability", errors);
        Assert.Contains("sinks.ecs.exchange: must be \"events\" or \"dead-letter\"", errors);
        Assert.Contains("sinks.file: exchange and routingKey are for a rabbitmq sink only", errors);
        Assert.Contains("intakes[0]: an intake that publishes to the broker names no output or deadLetter sink (its consumers do)", errors);
        Assert.Contains("intakes[1].publish: must be \"rabbitmq\", not \"kafka\"", errors);
        Assert.Contains("inputs[0].type: must be \"rabbitmq\", not \"amqp\"", errors);
        Assert.Contains("inputs[0].intake: required (the intake whose raw queue is consumed)", errors);
        Assert.Contains("inputs[0].prefetch: must be at least 1, not 0", errors);
        Assert.Contains("broker: required by the rabbitmq inputs, sinks and publishing intakes", errors);
    }

    [Fact]
    public void TheBrokerUriIsCheckedWithoutBeingEchoed()
    {
        const string json = """
            { "broker": { "uri": "http://user:hunter2@host/" },
              "inputs": [ { "name": "p", "type": "rabbitmq", "intake": "waf", "format": "cloudflare-firewall-events", "output": "o", "deadLetter": "o" } ],
              "sinks": { "o": { "type": "rabbitmq", "exchange": "events" } } }
            """;

        Assert.Null(ServeConfigLoader.TryParse(json, Path.GetTempPath(), s_router, out var errors));

        Assert.Equal("broker.uri: required, an amqp:// or amqps:// URI", Assert.Single(errors));
        Assert.DoesNotContain(errors, e => e.Contains("hunter2", StringComparison.Ordinal));
    }
}
