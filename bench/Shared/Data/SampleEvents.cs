using System;
using System.Buffers;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;

namespace EcsForge.Bench.Data;

/// <summary>
/// Deterministic streams of varied raw events, one per line (a JSON object, or a syslog line for text formats), for the
/// formats that have a generator.
/// </summary>
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

    /// <summary>Formats whose raw events are text lines (syslog) rather than JSON objects.</summary>
    private static readonly Dictionary<string, Func<Random, ITextEventGenerator>> TextGenerators = new(StringComparer.Ordinal)
    {
        ["pulse-connect-secure"] = random => new PulseEventGenerator(random),
        ["nozomi-cmc"] = random => new NozomiCefEventGenerator(random),
        ["netfilter"] = random => new NetfilterEventGenerator(random),
    };

    /// <summary>Slugs of the intake formats events can be generated for.</summary>
    public static IReadOnlyList<string> Slugs { get; } = Generators.Keys.Concat(TextGenerators.Keys).ToArray();

    public static bool Supports(string slug) => Generators.ContainsKey(slug) || TextGenerators.ContainsKey(slug);

    /// <summary>
    /// Writes <paramref name="count"/> events, one per line (NDJSON for JSON formats), and returns the bytes written;
    /// the same slug, count and seed always give the same bytes.
    /// </summary>
    public static long Write(string slug, int count, int seed, Stream output)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        var buffer = new ArrayBufferWriter<byte>(2 * ChunkSize);
        if (Generators.TryGetValue(slug, out var createJson))
        {
            var generator = createJson(new Random(seed));
            using var json = new Utf8JsonWriter(buffer, JsonText.WriterOptions);
            return WriteLines(count, buffer, output, () =>
            {
                generator.WriteEvent(json);
                json.Flush();
                // A writer refuses a second root value, hence the reset after each event.
                json.Reset();
            });
        }

        if (TextGenerators.TryGetValue(slug, out var createText))
        {
            var generator = createText(new Random(seed));
            return WriteLines(count, buffer, output, () => generator.WriteEvent(buffer));
        }

        throw new ArgumentException($"No sample events for '{slug}'; known: {string.Join(", ", Slugs)}.", nameof(slug));
    }

    /// <summary>Calls <paramref name="writeEvent"/> <paramref name="count"/> times, ending each event with a newline.</summary>
    private static long WriteLines(int count, ArrayBufferWriter<byte> buffer, Stream output, Action writeEvent)
    {
        long total = 0;
        for (var i = 0; i < count; i++)
        {
            writeEvent();
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
