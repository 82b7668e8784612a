using System;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using EcsForge.Host.Serve.Config;
using EcsForge.Host.Serve.Metrics;
using RabbitMQ.Client;

namespace EcsForge.Host.Serve.Broker;

/// <summary>An HTTP front end's intake: a posted batch goes to the intake's raw queue, cut into messages, all confirmed before the 200.</summary>
internal sealed class RawBatchPublisher
{
    private readonly BrokerConnection _broker;
    private readonly BrokerSettings _settings;
    private readonly string _queue;
    private readonly FormatCounters _counters;
    private readonly BasicProperties _properties;

    public RawBatchPublisher(BrokerConnection broker, BrokerSettings settings, string intake, string format, FormatCounters counters)
    {
        _broker = broker;
        _settings = settings;
        _queue = broker.Topology.RawQueue(intake);
        _counters = counters;
        _properties = RawMessage.Properties(format, RawMessage.Lines);
    }

    /// <summary>Returns the events published once every message is confirmed.</summary>
    /// <exception cref="Http.PayloadTooLargeException">More events than <paramref name="maxEvents"/>: nothing is published.</exception>
    /// <exception cref="Exception">A message was not confirmed; others of the batch may have been (a resend duplicates them).</exception>
    public async Task<int> PublishAsync(ReadOnlyMemory<byte> batch, int maxEvents, CancellationToken cancellationToken)
    {
        var slices = RawBatchSplitter.Split(batch, maxEvents, _settings.MaxBatchEvents, _settings.MaxBatchBytes);
        await Task.WhenAll(slices.Select(s => _broker.PublishAsync("", _queue, _properties, s.Body, cancellationToken))).ConfigureAwait(false);
        var events = slices.Sum(s => s.Events);
        _counters.AddIn(events);
        return events;
    }
}
