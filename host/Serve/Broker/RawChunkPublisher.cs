using System;
using System.Buffers;
using System.Buffers.Text;
using System.Diagnostics;
using System.Threading;
using System.Threading.Tasks;
using EcsForge.Host.Serve.Metrics;
using EcsForge.Host.Serve.Pipeline;
using Microsoft.Extensions.Logging;
using RabbitMQ.Client;

namespace EcsForge.Host.Serve.Broker;

/// <summary>
/// A syslog front end's listener: each chunk of frames becomes one octet-counted raw message. Syslog cannot refuse what
/// it read, so a message the broker does not confirm is retried (the connection stops reading meanwhile, which holds
/// the sender back) for up to <c>giveUpAfter</c>; only then are its frames counted lost.
/// </summary>
internal sealed class RawChunkPublisher : IChunkSubmitter
{
    private static readonly TimeSpan s_retryPause = TimeSpan.FromMilliseconds(500);

    private readonly BrokerConnection _broker;
    private readonly string _listener;
    private readonly string _queue;
    private readonly FormatCounters _counters;
    private readonly TimeSpan _giveUpAfter;
    private readonly ILogger _logger;
    private readonly BasicProperties _properties;

    public RawChunkPublisher(BrokerConnection broker, string listener, string format, FormatCounters counters, TimeSpan giveUpAfter, ILogger logger)
    {
        _broker = broker;
        _listener = listener;
        _queue = broker.Topology.RawQueue(listener);
        _counters = counters;
        _giveUpAfter = giveUpAfter;
        _logger = logger;
        _properties = RawMessage.Properties(format, RawMessage.OctetCounted);
    }

    public async ValueTask<bool> SubmitAsync(EventChunk chunk, CancellationToken cancellationToken)
    {
        var count = chunk.Count;
        _counters.AddIn(count);
        var body = Encode(chunk);
        chunk.Dispose();
        var started = Stopwatch.StartNew();
        while (true)
        {
            try
            {
                using var attempt = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
                attempt.CancelAfter(_giveUpAfter - started.Elapsed);
                await _broker.PublishAsync("", _queue, _properties, body, attempt.Token).ConfigureAwait(false);
                return true;
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                if (started.Elapsed + s_retryPause >= _giveUpAfter || cancellationToken.IsCancellationRequested)
                {
                    _counters.AddLost(count);
                    return true;
                }

                ServeLog.RawPublishRetry(_logger, _listener, e);
                await Task.Delay(s_retryPause, cancellationToken).ConfigureAwait(false);
            }
        }
    }

    /// <summary>RFC 6587 octet counting: each frame as received, preceded by its length and a space.</summary>
    private static byte[] Encode(EventChunk chunk)
    {
        var body = new ArrayBufferWriter<byte>(4096);
        for (var i = 0; i < chunk.Count; i++)
        {
            var frame = chunk[i];
            Utf8Formatter.TryFormat(frame.Length, body.GetSpan(11), out var digits);
            body.Advance(digits);
            body.GetSpan(1)[0] = (byte)' ';
            body.Advance(1);
            body.Write(frame);
        }

        return body.WrittenSpan.ToArray();
    }
}
