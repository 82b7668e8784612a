using System;
using System.Buffers;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using EcsForge.Bench.Data;

namespace EcsForge.Bench.Compare;

/// <summary>
/// Checks that a hand-written mapper writes the same events as the generated parser before either is timed. Events
/// are compared canonically: property order, list order and string escaping do not matter; values, types and the
/// presence of every field do.
/// </summary>
internal static class OutputEquivalence
{
    private const int EchoedBytes = 400;

    private static readonly JsonWriterOptions CanonicalWriter = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>True when both mappers agree on the first <paramref name="count"/> events; otherwise the first difference goes to <paramref name="report"/>.</summary>
    public static bool Check(SampleBatch batch, int count, IEventMapper reference, IEventMapper candidate, TextWriter report)
    {
        var expected = new ArrayBufferWriter<byte>(16 * 1024);
        var actual = new ArrayBufferWriter<byte>(16 * 1024);
        for (var i = 0; i < count; i++)
        {
            expected.ResetWrittenCount();
            actual.ResetWrittenCount();
            var input = batch[i];
            var referenceMapped = reference.TryMap(input, expected);
            var candidateMapped = candidate.TryMap(input, actual);
            string? difference;
            if (referenceMapped != candidateMapped)
            {
                difference = $"{reference.Name} {(referenceMapped ? "mapped" : "rejected")} it, {candidate.Name} {(candidateMapped ? "mapped" : "rejected")} it";
            }
            else if (!referenceMapped)
            {
                continue;
            }
            else
            {
                difference = FirstDifference(JsonNode.Parse(expected.WrittenSpan), JsonNode.Parse(actual.WrittenSpan), "$");
            }

            if (difference is null)
            {
                continue;
            }

            report.WriteLine($"{candidate.Name} differs from {reference.Name} on event {i + 1}: {difference}");
            var echoed = Encoding.UTF8.GetString(input[..Math.Min(input.Length, EchoedBytes)]);
            report.WriteLine("  input:    " + echoed + (input.Length > EchoedBytes ? "..." : ""));
            report.WriteLine("  expected: " + (referenceMapped ? Canonical(JsonNode.Parse(expected.WrittenSpan)) : "(rejected)"));
            report.WriteLine("  actual:   " + (candidateMapped ? Canonical(JsonNode.Parse(actual.WrittenSpan)) : "(rejected)"));
            return false;
        }

        return true;
    }

    /// <summary>The first place where the two trees differ, described, or null when they are canonically equal.</summary>
    private static string? FirstDifference(JsonNode? expected, JsonNode? actual, string path)
    {
        switch (expected, actual)
        {
            case (JsonObject e, JsonObject a):
                foreach (var name in e.Select(p => p.Key).Union(a.Select(p => p.Key)).Order(StringComparer.Ordinal))
                {
                    var child = path + "." + name;
                    if (!e.ContainsKey(name))
                    {
                        return $"{child} is not expected, got {Canonical(a[name])}";
                    }

                    if (!a.ContainsKey(name))
                    {
                        return $"{child} is missing, expected {Canonical(e[name])}";
                    }

                    if (FirstDifference(e[name], a[name], child) is { } difference)
                    {
                        return difference;
                    }
                }

                return null;
            case (JsonArray e, JsonArray a):
                var expectedItems = SortedItems(e);
                var actualItems = SortedItems(a);
                if (expectedItems.SequenceEqual(actualItems, StringComparer.Ordinal))
                {
                    return null;
                }

                return $"{path}: expected {Canonical(e)}, got {Canonical(a)}";
            default:
                var expectedText = Canonical(expected);
                var actualText = Canonical(actual);
                return expectedText == actualText ? null : $"{path}: expected {expectedText}, got {actualText}";
        }
    }

    private static List<string> SortedItems(JsonArray array)
    {
        var items = array.Select(Canonical).ToList();
        items.Sort(StringComparer.Ordinal);
        return items;
    }

    /// <summary>One text per value: object keys sorted, list items sorted, strings escaped one way, numbers as written.</summary>
    private static string Canonical(JsonNode? node)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, CanonicalWriter))
        {
            WriteCanonical(writer, node);
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    private static void WriteCanonical(Utf8JsonWriter writer, JsonNode? node)
    {
        switch (node)
        {
            case null:
                writer.WriteNullValue();
                break;
            case JsonObject o:
                writer.WriteStartObject();
                foreach (var (name, value) in o.OrderBy(p => p.Key, StringComparer.Ordinal))
                {
                    writer.WritePropertyName(name);
                    WriteCanonical(writer, value);
                }

                writer.WriteEndObject();
                break;
            case JsonArray a:
                writer.WriteStartArray();
                foreach (var item in SortedItems(a))
                {
                    writer.WriteRawValue(item, skipInputValidation: true);
                }

                writer.WriteEndArray();
                break;
            default:
                switch (node.GetValueKind())
                {
                    case JsonValueKind.String:
                        writer.WriteStringValue(node.GetValue<string>());
                        break;
                    case JsonValueKind.True or JsonValueKind.False:
                        writer.WriteBooleanValue(node.GetValue<bool>());
                        break;
                    default:
                        // Numbers compare by their text: 403 and 403.0 are different outputs.
                        writer.WriteRawValue(node.ToJsonString(), skipInputValidation: true);
                        break;
                }

                break;
        }
    }
}
