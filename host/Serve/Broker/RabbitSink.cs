using System;
using System.Buffers;
using System.IO;
using System.Threading;
using EcsForge.Host.Serve.Sinks;
using RabbitMQ.Client;

namespace EcsForge.Host.Serve.Broker;

/// <summary>
/// A sink publishing each unit as one message (NDJSON lines) to a declared exchange, and flushed once the broker
/// confirms it. Units are not serialized: each writer thread fills a buffer of its own, and confirms of concurrent
/// units are awaited together. A published message cannot be taken back, so <see cref="RollBack"/> after a confirmed
/// <see cref="Flush"/> leaves it: when another sink of the unit fails, its events may be delivered twice, never lost.
/// </summary>
public sealed class RabbitSink : ILineSink
{
    private const int RetainedCapacity = 4 << 20;

    /// <summary>How long a unit waits for a connection and a confirm before it fails (and its batch is returned to its queue).</summary>
    private static readonly TimeSpan s_confirmTimeout = TimeSpan.FromSeconds(30);

    private readonly BrokerConnection _broker;
    private readonly string _exchange;
    private readonly string _routingKey;
    private readonly ThreadLocal<ArrayBufferWriter<byte>> _units = new(() => new ArrayBufferWriter<byte>(64 * 1024));
    private readonly BasicProperties _properties = new() { Persistent = true, ContentType = "application/x-ndjson" };

    public RabbitSink(string name, BrokerConnection broker, string exchange, string routingKey)
    {
        Name = name;
        _broker = broker;
        _exchange = exchange;
        _routingKey = routingKey;
    }

    public string Name { get; }

    public void Begin(long bytes) => _units.Value!.ResetWrittenCount();

    public void Write(ReadOnlySpan<byte> lines) => _units.Value!.Write(lines);

    /// <exception cref="IOException">Not confirmed in time, refused, or the connection failed.</exception>
    public void Flush()
    {
        var unit = _units.Value!;
        try
        {
            using var timeout = new CancellationTokenSource(s_confirmTimeout);
            // Sinks are synchronous: a worker thread (a dedicated one) waits for the confirm.
            _broker.PublishAsync(_exchange, _routingKey, _properties, unit.WrittenMemory, timeout.Token).GetAwaiter().GetResult();
        }
        catch (Exception e) when (e is not IOException and not OutOfMemoryException)
        {
            throw new IOException("the broker did not confirm the unit: " + e.Message, e);
        }
    }

    public void RollBack() => _units.Value!.ResetWrittenCount();

    public void End()
    {
        if (_units.Value!.Capacity > RetainedCapacity)
        {
            _units.Value = new ArrayBufferWriter<byte>(64 * 1024);
        }
    }

    public void Dispose() => _units.Dispose();
}
