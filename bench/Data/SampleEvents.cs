using System;
using System.Buffers;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;

namespace EcsForge.Bench.Data;

/// <summary>Deterministic streams of varied raw events, one JSON object per line, for the formats that have a generator.</summary>
internal static class SampleEvents
{
    public const int DefaultSeed = 42;

    /// <summary>Output is handed to the stream in chunks of about this size, so each event is not a stream write.</summary>
    private const int ChunkSize = 64 * 1024;

    private static readonly Dictionary<string, Func<Random, IEventGenerator>> Generators = new(StringComparer.Ordinal)
    {
        ["cloudflare-firewall-events"] = random => new FirewallEventGenerator(random),
        ["cloudflare-access-requests"] = random => new AccessRequestGenerator(random),
        ["cloudflare-audit-logs"] = random => new AuditLogGenerator(random),
    };

    /// <summary>Slugs of the intake formats events can be generated for.</summary>
    public static IReadOnlyList<string> Slugs { get; } = Generators.Keys.ToArray();

    public static bool Supports(string slug) => Generators.ContainsKey(slug);

    /// <summary>
    /// Writes <paramref name="count"/> events as NDJSON and returns the bytes written; the same slug, count and seed
    /// always give the same bytes.
    /// </summary>
    public static long Write(string slug, int count, int seed, Stream output)
    {
        if (!Generators.TryGetValue(slug, out var create))
        {
            throw new ArgumentException($"No sample events for '{slug}'; known: {string.Join(", ", Slugs)}.", nameof(slug));
        }

        ArgumentOutOfRangeException.ThrowIfNegative(count);
        var generator = create(new Random(seed));
        var buffer = new ArrayBufferWriter<byte>(2 * ChunkSize);
        using var json = new Utf8JsonWriter(buffer, JsonText.WriterOptions);
        long total = 0;
        for (var i = 0; i < count; i++)
        {
            generator.WriteEvent(json);
            json.Flush();
            // A writer refuses a second root value, hence the reset after each event.
            json.Reset();
            buffer.GetSpan(1)[0] = (byte)'\n';
            buffer.Advance(1);
            if (buffer.WrittenCount >= ChunkSize)
            {
                total += buffer.WrittenCount;
                output.Write(buffer.WrittenSpan);
                buffer.ResetWrittenCount();
            }
        }

        total += buffer.WrittenCount;
        output.Write(buffer.WrittenSpan);
        output.Flush();
        return total;
    }
}
