using System;
using System.Buffers;
using System.Globalization;
using System.IO;
using System.Runtime.InteropServices;
using System.Security.Cryptography;
using System.Threading.Tasks;
using EcsForge.Host.Serve.Config;
using EcsForge.Host.Serve.Http;
using EcsForge.Host.Serve.Pipeline;
using EcsForge.Routing;
using RabbitMQ.Client;

namespace EcsForge.Host.Serve.Broker;

/// <summary>A raw message read into chunks, ready for the parse pipeline; <see cref="SyslogFramed"/> for a syslog front end's frames.</summary>
internal sealed record DecodedBatch(BatchChunks Batch, bool SyslogFramed);

/// <summary>
/// Reads a raw message with the same limits as an HTTP body: a line (or frame) over the event limit fails as too large,
/// a message over the size or event-count limit, of another format or with broken framing cannot be read at all.
/// </summary>
internal static class RawBatchDecoder
{
    /// <exception cref="InvalidDataException">Another format, an unknown framing, or malformed octet counting.</exception>
    /// <exception cref="PayloadTooLargeException">Over the size or event-count limit.</exception>
    public static async Task<DecodedBatch> DecodeAsync(IReadOnlyBasicProperties properties, ReadOnlyMemory<byte> body, IntakeFormat format, BodyLimits limits)
    {
        var sent = RawMessage.Header(properties, RawMessage.FormatHeader);
        if (sent != format.Slug)
        {
            throw new InvalidDataException($"the batch is of format \"{sent ?? "(none)"}\", this input parses {format.Slug}");
        }

        var limit = Math.Min(limits.MaxBodyBytes, limits.MaxDecompressedBytes);
        if (body.Length > limit)
        {
            throw new PayloadTooLargeException("raw batch", limit);
        }

        switch (RawMessage.Header(properties, RawMessage.FramingHeader))
        {
            case RawMessage.Lines:
                var array = MemoryMarshal.TryGetArray(body, out var segment) ? segment : new ArraySegment<byte>(body.ToArray());
                using (var stream = new MemoryStream(array.Array!, array.Offset, array.Count, writable: false))
                {
                    return new DecodedBatch(await BatchBodyReader.ReadAsync(stream, gzip: false, limits, default).ConfigureAwait(false), SyslogFramed: false);
                }

            case RawMessage.OctetCounted:
                return new DecodedBatch(Frames(body, limits), SyslogFramed: true);
            case var framing:
                throw new InvalidDataException($"unknown framing \"{framing ?? "(none)"}\"");
        }
    }

    private static BatchChunks Frames(ReadOnlyMemory<byte> body, BodyLimits limits)
    {
        var batch = new BatchChunks(limits.MaxEvents);
        try
        {
            var position = 0;
            while (position < body.Length)
            {
                var rest = body.Span[position..];
                var space = rest.IndexOf((byte)' ');
                if (space is < 1 or > 10
                    || !int.TryParse(rest[..space], NumberStyles.None, CultureInfo.InvariantCulture, out var length)
                    || length > rest.Length - space - 1)
                {
                    throw new InvalidDataException(string.Create(CultureInfo.InvariantCulture, $"malformed octet-counted frame at byte {position}"));
                }

                var frame = rest.Slice(space + 1, length);
                if (length > limits.MaxEventBytes)
                {
                    batch.AddTooLarge(frame[..EventChunk.HeadBytes], length, Convert.ToHexStringLower(SHA256.HashData(frame)), limits.MaxEventBytes);
                }
                else
                {
                    batch.AddLine(new ReadOnlySequence<byte>(body.Slice(position + space + 1, length)));
                }

                position += space + 1 + length;
            }

            batch.Complete();
            return batch;
        }
        catch
        {
            batch.Dispose();
            throw;
        }
    }
}
