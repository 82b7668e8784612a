using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using System.Threading;
using System.Threading.Tasks;
using EcsForge.Host.Serve.Broker;
using RabbitMQ.Client;
using RabbitMQ.Client.Events;

namespace EcsForge.Tests.Serve.Broker;

/// <summary>
/// Reads what consumer hosts published, as a downstream system would: the ECS events queue and the dead-letter queue,
/// each message acknowledged once recorded. Every event id found is counted, so duplicates show.
/// </summary>
internal sealed class OutputCollector : IAsyncDisposable
{
    private readonly BrokerTopology _topology;
    private readonly ConcurrentDictionary<string, int> _ids = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<JsonObject> _deadLetters = new();
    private readonly ConcurrentQueue<(string Reason, byte[] Body)> _poison = new();
    private long _found;
    private IConnection? _connection;

    private readonly Regex _idPattern;

    /// <param name="idPattern">Finds an event's id in its ECS line or original message; by default a firewall RayID.</param>
    public OutputCollector(BrokerTopology topology, Regex? idPattern = null)
    {
        _topology = topology;
        _idPattern = idPattern ?? TestEvents.FirewallIdPattern();
    }

    /// <summary>Ids found (in ECS events or dead-letter records), with how many times each was.</summary>
    public IReadOnlyDictionary<string, int> Ids => _ids;

    /// <summary>Every id found, repeats included.</summary>
    public long Found => Interlocked.Read(ref _found);

    public IReadOnlyCollection<JsonObject> DeadLetters => _deadLetters;

    /// <summary>Raw batches dead-lettered whole, with the reason header the consumer set.</summary>
    public IReadOnlyCollection<(string Reason, byte[] Body)> Poison => _poison;

    public async Task StartAsync()
    {
        _connection = await new ConnectionFactory { Uri = BrokerTestBed.Uri }.CreateConnectionAsync();
        foreach (var queue in (string[])[_topology.Events, _topology.DeadLetters])
        {
            var channel = await _connection.CreateChannelAsync();
            await channel.BasicQosAsync(0, 50, global: false);
            var consumer = new AsyncEventingBasicConsumer(channel);
            var events = queue == _topology.Events;
            consumer.ReceivedAsync += async (_, delivery) =>
            {
                Record(events, delivery);
                await channel.BasicAckAsync(delivery.DeliveryTag, multiple: false);
            };
            await channel.BasicConsumeAsync(queue, autoAck: false, consumer);
        }
    }

    public async Task StopAsync()
    {
        if (Interlocked.Exchange(ref _connection, null) is { } connection)
        {
            await connection.CloseAsync();
            connection.Dispose();
        }
    }

    /// <summary>Waits until <paramref name="count"/> ids are found (repeats included), or the timeout: the caller asserts afterwards.</summary>
    public async Task WaitForAsync(long count, TimeSpan timeout)
    {
        var waited = Stopwatch.StartNew();
        while (Found < count && waited.Elapsed < timeout)
        {
            await Task.Delay(50);
        }
    }

    public async ValueTask DisposeAsync() => await StopAsync();

    /// <summary>Ids sent but not found, and ids found that were never sent.</summary>
    public (List<string> Missing, List<string> Unexpected) Compare(IReadOnlyCollection<string> sent)
    {
        var sentSet = sent.ToHashSet(StringComparer.Ordinal);
        return (sent.Where(id => !_ids.ContainsKey(id)).ToList(), _ids.Keys.Where(id => !sentSet.Contains(id)).ToList());
    }

    /// <summary>Repeats beyond the first sighting of each id.</summary>
    public long Duplicates => _ids.Values.Sum(n => (long)n - 1);

    private void Record(bool events, BasicDeliverEventArgs delivery)
    {
        if (!events && RawMessage.Header(delivery.BasicProperties, RawMessage.ReasonHeader) is { } reason)
        {
            _poison.Enqueue((reason, delivery.Body.ToArray()));
            return;
        }

        foreach (var line in Encoding.UTF8.GetString(delivery.Body.Span).Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            var text = line;
            if (!events)
            {
                var record = JsonNode.Parse(line)!.AsObject();
                _deadLetters.Enqueue(record);
                text = (string?)record["message"] ?? "";
            }

            var id = _idPattern.Match(text);
            if (id.Success)
            {
                _ids.AddOrUpdate(id.Groups[1].Value, 1, (_, n) => n + 1);
                Interlocked.Increment(ref _found);
            }
        }
    }
}
