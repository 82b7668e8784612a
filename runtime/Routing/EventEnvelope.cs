using System;
using System.Buffers;
using System.Text.Json;
using EcsForge.Parsing;

namespace EcsForge.Routing;

/// <summary>
/// The fields an event arrives with besides its message (the platform's <c>original</c>: what the intake or the syslog
/// relay already knows, such as <c>log.syslog.appname</c>). For parsers that do not start from it, the router adds the
/// envelope's fields the event does not set; objects on both sides are merged member by member.
/// </summary>
public static class EventEnvelope
{
    private static readonly JsonReaderOptions s_readerOptions = new() { MaxDepth = 64 };

    private static readonly JsonDocumentOptions s_documentOptions = new() { MaxDepth = 64 };

    /// <summary>True when <paramref name="utf8"/> is exactly one well-formed JSON object.</summary>
    public static bool IsObject(ReadOnlySpan<byte> utf8)
    {
        var reader = new Utf8JsonReader(utf8, s_readerOptions);
        try
        {
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                return false;
            }

            reader.Skip();
            return !reader.Read();
        }
        catch (JsonException)
        {
            return false;
        }
    }

    /// <summary>
    /// Writes <paramref name="parsedEvent"/> with the envelope's fields it lacks to <paramref name="output"/>; returns
    /// the bytes written. The parser's value wins where both set a field.
    /// </summary>
    public static int Merge(ReadOnlySpan<byte> envelope, ReadOnlySpan<byte> parsedEvent, IBufferWriter<byte> output)
    {
        using var envelopeDocument = JsonDocument.Parse(envelope.ToArray(), s_documentOptions);
        using var eventDocument = JsonDocument.Parse(parsedEvent.ToArray(), s_documentOptions);
        using var writer = new Utf8JsonWriter(output, EventSession.WriterOptions);
        WriteMerged(writer, eventDocument.RootElement, envelopeDocument.RootElement);
        writer.Flush();
        return (int)writer.BytesCommitted;
    }

    private static void WriteMerged(Utf8JsonWriter writer, JsonElement parsed, JsonElement envelope)
    {
        writer.WriteStartObject();
        foreach (var property in parsed.EnumerateObject())
        {
            writer.WritePropertyName(property.Name);
            if (property.Value.ValueKind == JsonValueKind.Object
                && envelope.TryGetProperty(property.Name, out var received)
                && received.ValueKind == JsonValueKind.Object)
            {
                WriteMerged(writer, property.Value, received);
            }
            else
            {
                property.Value.WriteTo(writer);
            }
        }

        foreach (var property in envelope.EnumerateObject())
        {
            if (!parsed.TryGetProperty(property.Name, out _))
            {
                property.WriteTo(writer);
            }
        }

        writer.WriteEndObject();
    }
}
