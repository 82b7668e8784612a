using System;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using EcsForge.Host.Serve.Config;
using EcsForge.Host.Serve.Http;
using EcsForge.Host.Serve.Metrics;
using EcsForge.Host.Serve.Pipeline;
using Microsoft.Extensions.Logging;
using RabbitMQ.Client;
using RabbitMQ.Client.Events;

namespace EcsForge.Host.Serve.Broker;

/// <summary>
/// A competing consumer of one intake's raw queue. Up to <c>prefetch</c> batches are parsed at once; a batch is
/// acknowledged only once its ECS events and dead letters are written (for rabbitmq sinks: confirmed by the broker).
/// A batch that cannot be read at all goes whole to the dead-letter exchange, its reason in a header, then is
/// acknowledged; one whose sinks fail is returned to the queue after a pause (the queue's delivery limit ends a loop).
/// </summary>
internal sealed class RabbitInput
{
    private static readonly TimeSpan s_requeuePause = TimeSpan.FromSeconds(1);

    private readonly RabbitInputSettings _settings;
    private readonly BrokerConnection _broker;
    private readonly ParsePipeline _pipeline;
    private readonly IntakeRoute _lines;
    private readonly IntakeRoute _frames;
    private readonly ServeMetrics _metrics;
    private readonly ILogger _logger;
    private readonly string _queue;
    private int _inFlight;
    private bool _stopping;
    private IChannel? _channel;

    /// <param name="lines">Where the events of HTTP batches go...</param>
    /// <param name="frames">...and those of syslog frames (their header stripped before parsing).</param>
    public RabbitInput(RabbitInputSettings settings, BrokerConnection broker, ParsePipeline pipeline, IntakeRoute lines, IntakeRoute frames, ServeMetrics metrics, ILogger logger)
    {
        _settings = settings;
        _broker = broker;
        _pipeline = pipeline;
        _lines = lines;
        _frames = frames;
        _metrics = metrics;
        _logger = logger;
        _queue = broker.Topology.RawQueue(settings.Intake);
    }

    /// <summary>Starts consuming on a fresh channel of a new connection (the previous channel died with its connection).</summary>
    public async Task ConsumeAsync(IConnection connection, CancellationToken cancellationToken)
    {
        if (Volatile.Read(ref _stopping))
        {
            return;
        }

        var prefetch = (ushort)Math.Min(_settings.Prefetch, ushort.MaxValue);
        var channel = await connection.CreateChannelAsync(new CreateChannelOptions(false, false, consumerDispatchConcurrency: prefetch), cancellationToken).ConfigureAwait(false);
        await channel.BasicQosAsync(0, prefetch, global: false, cancellationToken).ConfigureAwait(false);
        var consumer = new AsyncEventingBasicConsumer(channel);
        consumer.ReceivedAsync += (_, delivery) => HandleAsync(channel, delivery);
        await channel.BasicConsumeAsync(_queue, autoAck: false, consumer, cancellationToken).ConfigureAwait(false);
        _channel = channel;
        ServeLog.InputConsuming(_logger, _settings.Name, _queue, prefetch);
    }

    /// <summary>
    /// Takes no new batch, waits for those begun to be written and acknowledged, then closes the channel: batches
    /// delivered but not begun go back to the queue, for the other consumers.
    /// </summary>
    public async Task StopAsync()
    {
        Volatile.Write(ref _stopping, true);
        while (Volatile.Read(ref _inFlight) > 0)
        {
            await Task.Delay(20).ConfigureAwait(false);
        }

        if (_channel is { IsOpen: true } channel)
        {
            try
            {
                await channel.CloseAsync().ConfigureAwait(false);
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                // The connection went meanwhile: the broker requeues what was not acknowledged all the same.
            }
        }
    }

    private async Task HandleAsync(IChannel channel, BasicDeliverEventArgs delivery)
    {
        // Counted before the check, so that StopAsync never sees zero while a batch is about to begin.
        Interlocked.Increment(ref _inFlight);
        try
        {
            if (Volatile.Read(ref _stopping))
            {
                return;
            }

            _metrics.Broker.CountConsumed(delivery.Redelivered);
            var written = await ProcessAsync(delivery).ConfigureAwait(false);
            if (written is null && !Volatile.Read(ref _stopping))
            {
                await Task.Delay(s_requeuePause).ConfigureAwait(false);
            }

            await SettleAsync(channel, delivery.DeliveryTag, written is not null).ConfigureAwait(false);
        }
        finally
        {
            Interlocked.Decrement(ref _inFlight);
        }
    }

    /// <returns>The counts once the batch is written (or dead-lettered whole); null when it must be delivered again.</returns>
    private async Task<BatchCounts?> ProcessAsync(BasicDeliverEventArgs delivery)
    {
        DecodedBatch decoded;
        try
        {
            decoded = await RawBatchDecoder.DecodeAsync(delivery.BasicProperties, delivery.Body, _settings.Format, _settings.Limits).ConfigureAwait(false);
        }
        catch (Exception e) when (e is InvalidDataException or PayloadTooLargeException)
        {
            return await DeadLetterWholeAsync(delivery, e.Message).ConfigureAwait(false) ? default(BatchCounts) : null;
        }

        try
        {
            var route = decoded.SyslogFramed ? _frames : _lines;
            var budget = decoded.Batch.Bytes * _settings.Limits.DeadLetterFactor;
            return await BatchSubmission.RunAsync(_pipeline, route, decoded.Batch.Chunks, budget, CancellationToken.None).ConfigureAwait(false);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            ServeLog.BatchRequeued(_logger, _settings.Name, e);
            return null;
        }
    }

    /// <summary>The message as it came, to the dead-letter exchange with the reason; true once confirmed.</summary>
    private async Task<bool> DeadLetterWholeAsync(BasicDeliverEventArgs delivery, string reason)
    {
        ServeLog.PoisonBatch(_logger, _settings.Name, reason);
        var properties = new BasicProperties(delivery.BasicProperties) { Persistent = true };
        properties.Headers ??= new System.Collections.Generic.Dictionary<string, object?>();
        properties.Headers[RawMessage.ReasonHeader] = reason;
        try
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
            await _broker.PublishAsync(_broker.Topology.DeadLetters, "raw." + _settings.Intake, properties, delivery.Body, timeout.Token).ConfigureAwait(false);
            _metrics.Broker.CountPoison();
            return true;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            ServeLog.BatchRequeued(_logger, _settings.Name, e);
            return false;
        }
    }

    private static async Task SettleAsync(IChannel channel, ulong deliveryTag, bool done)
    {
        try
        {
            if (done)
            {
                await channel.BasicAckAsync(deliveryTag, multiple: false).ConfigureAwait(false);
            }
            else
            {
                await channel.BasicNackAsync(deliveryTag, multiple: false, requeue: true).ConfigureAwait(false);
            }
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // The channel died with its connection: the broker redelivers the batch (at least once, never lost).
        }
    }
}
