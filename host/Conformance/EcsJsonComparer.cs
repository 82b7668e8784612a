using System;
using System.Buffers;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace EcsForge.Host.Conformance;

/// <summary>
/// Compares ECS events the way the conformance suite means them: key order and list order do not matter, numbers
/// compare by value, and the top-level <c>message</c> (the raw input echoed back) is ignored.
/// </summary>
public static class EcsJsonComparer
{
    public const string IgnoredField = "message";

    private static readonly JsonWriterOptions s_writerOptions = new()
    {
        // Both sides go through the same encoder, so this only keeps diffs readable.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static IReadOnlyList<JsonDifference> Diff(JsonNode? expected, JsonNode? actual)
    {
        var differences = new List<JsonDifference>();
        Compare(expected, actual, string.Empty, differences);
        return differences;
    }

    /// <summary>
    /// Canonical compact JSON: object keys sorted, every list sorted by its elements' canonical text, numbers written by
    /// value (<c>403.0</c> is <c>403</c>). Two nodes are equal for the suite exactly when their canonical texts are.
    /// </summary>
    public static string Canonicalize(JsonNode? node)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, s_writerOptions))
        {
            WriteCanonical(writer, node);
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    /// <summary>Renders differences as text, one block per path.</summary>
    public static string Format(IEnumerable<JsonDifference> differences)
    {
        var text = new StringBuilder();
        foreach (var difference in differences)
        {
            var path = difference.Path.Length == 0 ? "(root)" : difference.Path;
            var kind = difference.Kind.ToString().ToLowerInvariant();
            text.Append(CultureInfo.InvariantCulture, $"{path} ({kind})\n");
            if (difference.Expected is not null)
            {
                text.Append(CultureInfo.InvariantCulture, $"  - expected {difference.Expected}\n");
            }

            if (difference.Actual is not null)
            {
                text.Append(CultureInfo.InvariantCulture, $"  + actual {difference.Actual}\n");
            }
        }

        return text.ToString().TrimEnd('\n');
    }

    private static void Compare(JsonNode? expected, JsonNode? actual, string path, List<JsonDifference> differences)
    {
        if (expected is JsonObject expectedObject && actual is JsonObject actualObject)
        {
            var keys = expectedObject.Select(p => p.Key).Union(actualObject.Select(p => p.Key)).Order(StringComparer.Ordinal);
            foreach (var key in keys)
            {
                if (path.Length == 0 && key == IgnoredField)
                {
                    continue;
                }

                var child = path.Length == 0 ? key : path + "." + key;
                var inExpected = expectedObject.TryGetPropertyValue(key, out var expectedValue);
                var inActual = actualObject.TryGetPropertyValue(key, out var actualValue);
                if (!inActual)
                {
                    differences.Add(new JsonDifference(child, Canonicalize(expectedValue), null));
                }
                else if (!inExpected)
                {
                    differences.Add(new JsonDifference(child, null, Canonicalize(actualValue)));
                }
                else
                {
                    Compare(expectedValue, actualValue, child, differences);
                }
            }

            return;
        }

        // Lists are compared whole: once sorted, an index would not name the same element on both sides.
        var expectedText = Canonicalize(expected);
        var actualText = Canonicalize(actual);
        if (expectedText != actualText)
        {
            differences.Add(new JsonDifference(path, expectedText, actualText));
        }
    }

    private static void WriteCanonical(Utf8JsonWriter writer, JsonNode? node)
    {
        switch (node)
        {
            case null:
                writer.WriteNullValue();
                break;
            case JsonObject obj:
                writer.WriteStartObject();
                foreach (var (key, value) in obj.OrderBy(p => p.Key, StringComparer.Ordinal))
                {
                    writer.WritePropertyName(key);
                    WriteCanonical(writer, value);
                }

                writer.WriteEndObject();
                break;
            case JsonArray array:
                writer.WriteStartArray();
                foreach (var element in array.Select(Canonicalize).Order(StringComparer.Ordinal))
                {
                    writer.WriteRawValue(element, skipInputValidation: true);
                }

                writer.WriteEndArray();
                break;
            case JsonValue value when value.GetValueKind() == JsonValueKind.Number:
                writer.WriteRawValue(NormalizeNumber(value.ToJsonString()), skipInputValidation: true);
                break;
            default:
                // Strings are unescaped and re-escaped by the writer, so "\u00e9" and "é" compare equal.
                node.WriteTo(writer);
                break;
        }
    }

    private static string NormalizeNumber(string json)
    {
        // decimal keeps integers and fixed-point values exact; it rounds a tiny non-zero value to 0, so that one is left
        // to double too.
        var asDouble = double.Parse(json, NumberStyles.Float, CultureInfo.InvariantCulture);
        if (decimal.TryParse(json, NumberStyles.Float, CultureInfo.InvariantCulture, out var exact) && (exact != 0 || asDouble == 0))
        {
            return exact == 0 ? "0" : exact.ToString("0.############################", CultureInfo.InvariantCulture);
        }

        // Beyond decimal's range: compare as doubles, the precision JSON readers commonly give such numbers.
        return asDouble.ToString("R", CultureInfo.InvariantCulture);
    }
}
