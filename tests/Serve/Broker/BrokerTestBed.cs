using System;
using System.Collections.Generic;
using System.IO;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using EcsForge.Host.Serve.Broker;
using EcsForge.Host.Serve.Config;
using RabbitMQ.Client;

namespace EcsForge.Tests.Serve.Broker;

/// <summary>
/// One test's corner of the broker: queues and exchanges under a unique prefix (deleted afterwards), configs for front
/// ends and consumer hosts, and raw batches published the way a front end publishes them.
/// </summary>
internal sealed class BrokerTestBed : IAsyncDisposable
{
    public const string Intake = "waf";

    public static readonly Uri Uri = new(Environment.GetEnvironmentVariable("ECSFORGE_RABBITMQ_URI") ?? "amqp://guest:guest@127.0.0.1:5672/");

    private readonly IConnection _connection;
    private readonly IChannel _channel;

    private BrokerTestBed(IConnection connection, IChannel channel, string prefix, string directory)
    {
        _connection = connection;
        _channel = channel;
        Prefix = prefix;
        Directory = directory;
    }

    public string Prefix { get; }

    public string Directory { get; }

    public BrokerTopology Topology => new(Settings);

    public string RawQueue => Topology.RawQueue(Intake);

    private BrokerSettings Settings => new(Uri, Prefix, 10, 1_000, 4 << 20, [Intake]);

    /// <summary>Declares the topology (as a host would), so that raw batches can be published before any host runs.</summary>
    public static async Task<BrokerTestBed> StartAsync()
    {
        var prefix = "ecsforge-test-" + Guid.NewGuid().ToString("N")[..12];
        var directory = Path.Combine(Path.GetTempPath(), prefix);
        System.IO.Directory.CreateDirectory(directory);
        var connection = await new ConnectionFactory { Uri = Uri }.CreateConnectionAsync();
        var channel = await connection.CreateChannelAsync(new CreateChannelOptions(publisherConfirmationsEnabled: true, publisherConfirmationTrackingEnabled: true));
        var bed = new BrokerTestBed(connection, channel, prefix, directory);
        await bed.Topology.DeclareAsync(channel, default);
        return bed;
    }

    public Task PublishLinesAsync(byte[] ndjson, string format = TestEvents.FirewallFormat) => PublishRawAsync(ndjson, format, "lines");

    public async Task PublishRawAsync(byte[] body, string? format, string? framing)
    {
        var headers = new Dictionary<string, object?>();
        if (format is not null)
        {
            headers["ecsforge-format"] = format;
        }

        if (framing is not null)
        {
            headers["ecsforge-framing"] = framing;
        }

        await _channel.BasicPublishAsync("", RawQueue, mandatory: true, new BasicProperties { Persistent = true, Headers = headers }, body);
    }

    public async Task<uint> MessageCountAsync(string queue) => (await _channel.QueueDeclarePassiveAsync(queue)).MessageCount;

    public JsonObject BrokerSection() => new() { ["uri"] = Uri.ToString(), ["prefix"] = Prefix };

    /// <summary>A host consuming the raw queue with one parse worker, its output and dead letters published to the broker.</summary>
    public string ConsumerConfig(string name, int prefetch, JsonObject? limits = null, string format = TestEvents.FirewallFormat) => Write(name, new JsonObject
    {
        ["http"] = new JsonObject { ["port"] = 0 },
        ["workers"] = 1,
        ["logging"] = new JsonObject { ["format"] = "json", ["minimumLevel"] = "Information" },
        ["broker"] = BrokerSection(),
        ["sinks"] = new JsonObject
        {
            ["ecs"] = new JsonObject { ["type"] = "rabbitmq", ["exchange"] = "events" },
            ["dead-letter"] = new JsonObject { ["type"] = "rabbitmq", ["exchange"] = "dead-letter" },
        },
        ["inputs"] = new JsonArray(new JsonObject
        {
            ["name"] = "parse-" + Intake,
            ["type"] = "rabbitmq",
            ["intake"] = Intake,
            ["format"] = format,
            ["output"] = "ecs",
            ["deadLetter"] = "dead-letter",
            ["prefetch"] = prefetch,
            ["limits"] = limits,
        }),
    });

    /// <summary>A stateless front end: the HTTP intake <see cref="Intake"/> (key <see cref="ServeTestHost.Key"/>) publishes raw batches.</summary>
    public string FrontEndConfig() => Write("front-end", new JsonObject
    {
        ["http"] = new JsonObject { ["port"] = 0 },
        ["logging"] = new JsonObject { ["format"] = "json", ["minimumLevel"] = "Information" },
        ["broker"] = BrokerSection(),
        ["intakes"] = new JsonArray(new JsonObject
        {
            ["name"] = Intake,
            ["key"] = ServeTestHost.Key,
            ["format"] = TestEvents.FirewallFormat,
            ["publish"] = "rabbitmq",
        }),
    });

    /// <summary>Deletes the test's queues and exchanges on a fresh connection (the first may have died with a broker restart).</summary>
    /// <summary>A stateless syslog front end: the listener <see cref="Intake"/> (Pulse, any free port) publishes its frames.</summary>
    public string SyslogFrontEndConfig() => Write("syslog-front-end", new JsonObject
    {
        ["http"] = new JsonObject { ["port"] = 0 },
        ["logging"] = new JsonObject { ["format"] = "json", ["minimumLevel"] = "Information" },
        ["broker"] = BrokerSection(),
        ["syslog"] = new JsonArray(new JsonObject
        {
            ["name"] = Intake,
            ["port"] = 0,
            ["format"] = TestEvents.PulseFormat,
            ["publish"] = "rabbitmq",
        }),
    });

    public async ValueTask DisposeAsync()
    {
        _connection.Dispose();
        await using var connection = await new ConnectionFactory { Uri = Uri }.CreateConnectionAsync();
        await using var channel = await connection.CreateChannelAsync();
        var topology = Topology;
        foreach (var queue in (string[])[RawQueue, topology.Events, topology.DeadLetters])
        {
            await channel.QueueDeleteAsync(queue, ifUnused: false, ifEmpty: false);
        }

        foreach (var exchange in (string[])[topology.Events, topology.DeadLetters])
        {
            await channel.ExchangeDeleteAsync(exchange, ifUnused: false);
        }

        System.IO.Directory.Delete(Directory, recursive: true);
    }

    private string Write(string name, JsonObject config)
    {
        var path = Path.Combine(Directory, name + ".json");
        File.WriteAllText(path, config.ToJsonString());
        return path;
    }
}
