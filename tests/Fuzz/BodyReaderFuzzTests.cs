using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Security.Cryptography;
using System.Threading;
using CsCheck;
using EcsForge.Host.Serve.Config;
using EcsForge.Host.Serve.Http;
using EcsForge.Parsing;
using EcsForge.Tests.Serve;
using Xunit;

namespace EcsForge.Tests.Fuzz;

/// <summary>
/// The HTTP body reader on random bodies, plain and gzip, with small limits: it either refuses the body (too large,
/// malformed gzip) or yields exactly the body's non-blank lines, each over the event limit as a too-large event
/// keeping its head, length and hash, and never more events than allowed.
/// </summary>
public sealed class BodyReaderFuzzTests
{
    private static readonly BodyLimits s_limits = new(MaxBodyBytes: 8192, MaxDecompressedBytes: 16384, MaxEventBytes: 300, MaxEvents: 40, DeadLetterFactor: 1);

    private static readonly Gen<byte[]> s_line = Gen.OneOf(
        InputGen.Mutated(TestEvents.FirewallLine(1), TestEvents.PulseMessage(2)),
        Gen.Byte[(byte)'a', (byte)'z'].Array[250, 700]);

    private static readonly Gen<(byte[] Body, bool Gzip, bool Corrupt)> s_body =
        from lines in s_line.Array[0, 50]
        from crlf in Gen.Bool
        from trailingNewline in Gen.Bool
        from gzip in Gen.Bool
        from corrupt in Gen.Int[0, 9]
        select (Join(lines, crlf, trailingNewline), gzip, corrupt == 0);

    [Fact]
    public void EveryLineComesOutOnceOrTheBodyIsRefused()
    {
        FuzzRun.Each(s_body, input =>
        {
            var sent = input.Gzip ? TestEvents.Gzip(input.Body) : input.Body;
            if (input.Corrupt && sent.Length > 20)
            {
                sent[sent.Length / 2] ^= 0x5A;
            }

            BatchChunks batch;
            try
            {
                batch = BatchBodyReader.ReadAsync(new MemoryStream(sent), input.Gzip, s_limits, CancellationToken.None).GetAwaiter().GetResult();
            }
            catch (PayloadTooLargeException)
            {
                Assert.True(sent.Length > s_limits.MaxBodyBytes || input.Body.Length > s_limits.MaxDecompressedBytes || Expected(input.Body).Count > s_limits.MaxEvents);
                return;
            }
            catch (InvalidDataException)
            {
                Assert.True(input.Gzip && input.Corrupt);
                return;
            }

            using (batch)
            {
                Assert.Equal(Expected(input.Body), Events(batch));
                Assert.InRange(batch.EventCount, 0, s_limits.MaxEvents);
            }
        });
    }

    /// <summary>What the reader must yield: every non-blank line, CR stripped, too-large lines as their head, length and hash.</summary>
    private static List<string> Expected(byte[] body)
    {
        var events = new List<string>();
        var start = 0;
        for (var i = 0; i <= body.Length; i++)
        {
            if (i < body.Length && body[i] != (byte)'\n')
            {
                continue;
            }

            var line = body.AsSpan(start, i - start);
            start = i + 1;
            if (line.Length > s_limits.MaxEventBytes)
            {
                events.Add($"TooLarge {line.Length} {Convert.ToHexStringLower(SHA256.HashData(line))} {Convert.ToHexString(line[..256])}");
                continue;
            }

            if (!line.IsEmpty && line[^1] == (byte)'\r')
            {
                line = line[..^1];
            }

            if (!line.IsEmpty)
            {
                events.Add(Convert.ToHexString(line));
            }
        }

        return events;
    }

    private static List<string> Events(BatchChunks batch)
    {
        var events = new List<string>();
        foreach (var chunk in batch.Chunks)
        {
            for (var i = 0; i < chunk.Count; i++)
            {
                var failure = chunk.KnownFailureOf(i);
                events.Add(failure.Failure == ParseFailure.TooLarge
                    ? $"TooLarge {failure.Detail!.Split(' ')[0]} {failure.Detail.Split("sha256 ")[1].Split(';')[0]} {Convert.ToHexString(chunk[i])}"
                    : Convert.ToHexString(chunk[i]));
            }
        }

        return events;
    }

    private static byte[] Join(byte[][] lines, bool crlf, bool trailingNewline)
    {
        var separator = crlf ? "\r\n"u8.ToArray() : "\n"u8.ToArray();
        var joined = lines.SelectMany((line, i) => i == 0 ? line : [.. separator, .. line]).ToList();
        if (trailingNewline)
        {
            joined.AddRange(separator);
        }

        return [.. joined];
    }
}
