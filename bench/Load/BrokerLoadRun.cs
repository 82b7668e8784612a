using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text.Json.Nodes;
using System.Threading;
using System.Threading.Tasks;
using RabbitMQ.Client;
using RabbitMQ.Client.Events;

namespace EcsForge.Bench.Load;

/// <summary>CPU seconds of the measured part: the broker's, and the consumer hosts' together.</summary>
internal readonly record struct BrokerLoadResult(int Hosts, long Events, TimeSpan Elapsed, double BrokerCpu, double HostsCpu);

/// <summary>
/// One broker-mode measurement: N consumer hosts (the built CLI) on a queue of their own, raw batches published as a
/// front end publishes them, and the time until every event is back out of the broker (ECS events and dead letters
/// published by the hosts' rabbitmq sinks, read here). The broker's CPU comes from /proc of its beam process.
/// </summary>
internal sealed class BrokerLoadRun : IAsyncDisposable
{
    private readonly BrokerLoadOptions _options;
    private readonly string _prefix = "ecsforge-bench-" + Guid.NewGuid().ToString("N")[..8];
    private readonly string _directory;
    private readonly List<Process> _hosts = [];
    private IConnection? _connection;
    private long _outputEvents;

    public BrokerLoadRun(BrokerLoadOptions options)
    {
        _options = options;
        _directory = Path.Combine(Path.GetTempPath(), _prefix);
        Directory.CreateDirectory(_directory);
    }

    private string RawQueue => _prefix + ".raw.load";

    public async Task<BrokerLoadResult> RunAsync(string cli, int hosts, byte[][] batches, int[] counts, int? beam)
    {
        var config = WriteConfig();
        for (var i = 0; i < hosts; i++)
        {
            _hosts.Add(Process.Start(new ProcessStartInfo("dotnet", [cli, "serve", "--config", config]) { RedirectStandardOutput = true, RedirectStandardError = true })!);
        }

        _connection = await new ConnectionFactory { Uri = _options.Broker }.CreateConnectionAsync();
        await WaitForConsumersAsync(hosts);
        await ReadOutputAsync();
        var publisher = await _connection.CreateChannelAsync(new CreateChannelOptions(publisherConfirmationsEnabled: true, publisherConfirmationTrackingEnabled: true));
        var properties = new BasicProperties
        {
            Persistent = true,
            Headers = new Dictionary<string, object?> { ["ecsforge-format"] = _options.Format, ["ecsforge-framing"] = "lines" },
        };

        // The hosts' JIT and pools warm up on batches that are not measured.
        var warmup = Math.Min(_options.WarmupBatches, batches.Length);
        await PublishAndWaitAsync(publisher, properties, batches[..warmup], counts[..warmup].Sum());

        var brokerBefore = beam is { } pid ? ProcessCpu.Seconds(pid) : 0;
        var hostsBefore = _hosts.Sum(h => ProcessCpu.Seconds(h.Id));
        var stopwatch = Stopwatch.StartNew();
        await PublishAndWaitAsync(publisher, properties, batches, counts.Sum());
        var elapsed = stopwatch.Elapsed;
        var brokerCpu = beam is { } beamPid ? ProcessCpu.Seconds(beamPid) - brokerBefore : double.NaN;
        var hostsCpu = _hosts.Sum(h => ProcessCpu.Seconds(h.Id)) - hostsBefore;
        return new BrokerLoadResult(hosts, counts.Sum(), elapsed, brokerCpu, hostsCpu);
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var host in _hosts)
        {
            using var term = Process.Start("kill", ["-TERM", host.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
            await term.WaitForExitAsync();
        }

        foreach (var host in _hosts)
        {
            await host.WaitForExitAsync();
            host.Dispose();
        }

        if (_connection is not null)
        {
            await using var channel = await _connection.CreateChannelAsync();
            foreach (var name in (string[])[RawQueue, _prefix + ".events", _prefix + ".dead-letter"])
            {
                await channel.QueueDeleteAsync(name, ifUnused: false, ifEmpty: false);
            }

            foreach (var name in (string[])[_prefix + ".events", _prefix + ".dead-letter"])
            {
                await channel.ExchangeDeleteAsync(name, ifUnused: false);
            }

            await _connection.CloseAsync();
            _connection.Dispose();
        }

        Directory.Delete(_directory, recursive: true);
    }

    private async Task PublishAndWaitAsync(IChannel publisher, BasicProperties properties, byte[][] batches, long events)
    {
        var target = Interlocked.Read(ref _outputEvents) + events;
        await Task.WhenAll(batches.Select(b => publisher.BasicPublishAsync("", RawQueue, mandatory: true, properties, b).AsTask()));
        while (Interlocked.Read(ref _outputEvents) < target)
        {
            await Task.Delay(10);
        }
    }

    /// <summary>Counts the lines of every message the hosts publish, ECS events and dead letters alike.</summary>
    private async Task ReadOutputAsync()
    {
        foreach (var queue in (string[])[_prefix + ".events", _prefix + ".dead-letter"])
        {
            var channel = await _connection!.CreateChannelAsync();
            await channel.BasicQosAsync(0, 200, global: false);
            var consumer = new AsyncEventingBasicConsumer(channel);
            consumer.ReceivedAsync += (_, delivery) =>
            {
                Interlocked.Add(ref _outputEvents, delivery.Body.Span.Count((byte)'\n'));
                return Task.CompletedTask;
            };
            await channel.BasicConsumeAsync(queue, autoAck: true, consumer);
        }
    }

    /// <summary>The hosts declare the topology when they connect: ready once the raw queue has all its consumers.</summary>
    private async Task WaitForConsumersAsync(int hosts)
    {
        var waited = Stopwatch.StartNew();
        while (waited.Elapsed < TimeSpan.FromMinutes(1))
        {
            // A passive declaration of a queue not there yet closes its channel: one channel per attempt.
            await using var channel = await _connection!.CreateChannelAsync();
            try
            {
                if ((await channel.QueueDeclarePassiveAsync(RawQueue)).ConsumerCount >= hosts)
                {
                    return;
                }
            }
            catch (RabbitMQ.Client.Exceptions.OperationInterruptedException)
            {
                // Not declared yet.
            }

            await Task.Delay(100);
        }

        throw new TimeoutException($"the {hosts} consumer hosts did not start consuming {RawQueue} within a minute");
    }

    private string WriteConfig()
    {
        var config = new JsonObject
        {
            ["http"] = new JsonObject { ["port"] = 0 },
            ["workers"] = _options.Workers,
            ["logging"] = new JsonObject { ["minimumLevel"] = "Warning" },
            ["broker"] = new JsonObject { ["uri"] = _options.Broker.ToString(), ["prefix"] = _prefix },
            ["sinks"] = new JsonObject
            {
                ["ecs"] = new JsonObject { ["type"] = "rabbitmq", ["exchange"] = "events" },
                ["dead-letter"] = new JsonObject { ["type"] = "rabbitmq", ["exchange"] = "dead-letter" },
            },
            ["inputs"] = new JsonArray(new JsonObject
            {
                ["name"] = "parse",
                ["type"] = "rabbitmq",
                ["intake"] = "load",
                ["format"] = _options.Format,
                ["output"] = "ecs",
                ["deadLetter"] = "dead-letter",
                ["prefetch"] = _options.Prefetch,
            }),
        };
        var path = Path.Combine(_directory, "consumer.json");
        File.WriteAllText(path, config.ToJsonString());
        return path;
    }
}
