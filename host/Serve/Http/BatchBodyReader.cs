using System;
using System.IO;
using System.IO.Compression;
using System.IO.Pipelines;
using System.Threading;
using System.Threading.Tasks;
using EcsForge.Host.Serve.Config;

namespace EcsForge.Host.Serve.Http;

/// <summary>
/// Reads a whole batch body, gunzipping it when needed, into <see cref="BatchChunks"/>. Nothing is parsed before the
/// body is known to be complete and within limits, so a rejected batch leaves no trace and the client can resend it.
/// </summary>
internal static class BatchBodyReader
{
    private const int ReadBufferSize = 64 * 1024;

    /// <exception cref="PayloadTooLargeException">The body or the decompressed batch is over its limit.</exception>
    /// <exception cref="InvalidDataException">The gzip data is malformed or truncated.</exception>
    public static async Task<BatchChunks> ReadAsync(Stream body, bool gzip, BodyLimits limits, CancellationToken cancellationToken)
    {
        var batch = new BatchChunks(limits.MaxEvents);
        try
        {
            await ReadDecompressedAsync(body, gzip, limits, decompressed => SplitLinesAsync(decompressed, batch, limits.MaxEventBytes, cancellationToken)).ConfigureAwait(false);
            return batch;
        }
        catch
        {
            batch.Dispose();
            throw;
        }
    }

    /// <summary>The decompressed batch as it is, for a front end that hands it on without parsing (limits still apply).</summary>
    /// <exception cref="PayloadTooLargeException">The body or the decompressed batch is over its limit.</exception>
    /// <exception cref="InvalidDataException">The gzip data is malformed or truncated.</exception>
    public static async Task<MemoryStream> ReadAllAsync(Stream body, bool gzip, BodyLimits limits, CancellationToken cancellationToken)
    {
        var all = new MemoryStream();
        await ReadDecompressedAsync(body, gzip, limits, decompressed => decompressed.CopyToAsync(all, cancellationToken)).ConfigureAwait(false);
        return all;
    }

    /// <summary>Hands <paramref name="consume"/> the batch as a stream that enforces the limits, gunzipped when needed.</summary>
    private static async Task ReadDecompressedAsync(Stream body, bool gzip, BodyLimits limits, Func<Stream, Task> consume)
    {
        if (!gzip)
        {
            // Uncompressed, the body is the batch: both limits apply to it.
            var limit = Math.Min(limits.MaxBodyBytes, limits.MaxDecompressedBytes);
            await consume(new LimitedReadStream(body, limit, "request body")).ConfigureAwait(false);
            return;
        }

        var trailer = new GzipTrailerStream(new LimitedReadStream(body, limits.MaxBodyBytes, "request body"));
        await using var gunzip = new GZipStream(trailer, CompressionMode.Decompress);
        var decompressed = new LimitedReadStream(gunzip, limits.MaxDecompressedBytes, "decompressed batch");
        await consume(decompressed).ConfigureAwait(false);
        if (!trailer.EndsWithTrailerFor(decompressed.BytesRead))
        {
            throw new InvalidDataException("the gzip data ends before its trailer (truncated body, or several gzip members)");
        }
    }

    private static async Task SplitLinesAsync(Stream stream, BatchChunks batch, int maxEventBytes, CancellationToken cancellationToken)
    {
        using var lines = new BatchLineSplitter(batch, maxEventBytes);
        var reader = PipeReader.Create(stream, new StreamPipeReaderOptions(bufferSize: ReadBufferSize, leaveOpen: true));
        try
        {
            while (true)
            {
                var result = await reader.ReadAsync(cancellationToken).ConfigureAwait(false);
                var consumed = lines.Take(result.Buffer, result.IsCompleted);
                reader.AdvanceTo(consumed, result.Buffer.End);
                if (result.IsCompleted)
                {
                    break;
                }
            }
        }
        finally
        {
            await reader.CompleteAsync().ConfigureAwait(false);
        }

        batch.Complete();
    }
}
