using System;
using System.Text.Json;

namespace EcsForge.Parsing;

/// <summary>Reader-side helpers called by generated parsers: one pass, values located rather than copied.</summary>
public static class JsonCapture
{
    public static readonly JsonReaderOptions ReaderOptions = new()
    {
        MaxDepth = 64,
        CommentHandling = JsonCommentHandling.Disallow,
        AllowTrailingCommas = false,
    };

    /// <summary>Positions the reader on the root object's first token; anything but an object is a failure.</summary>
    public static bool TryStartObject(ref Utf8JsonReader reader, out ParseResult failure)
    {
        if (reader.Read() && reader.TokenType == JsonTokenType.StartObject)
        {
            failure = default;
            return true;
        }

        failure = ParseResult.Failed(ParseFailure.NotAnObject, $"first token is {reader.TokenType}");
        return false;
    }

    /// <summary>Reads past the root object's end and fails on trailing content (a second value on the line).</summary>
    public static bool TryEnd(ref Utf8JsonReader reader, out ParseResult failure)
    {
        // The reader throws on anything but whitespace after a complete root value; Read() returning false is the end.
        if (!reader.Read())
        {
            failure = default;
            return true;
        }

        failure = ParseResult.Failed(ParseFailure.MalformedJson, "content after the end of the JSON object");
        return false;
    }

    /// <summary>
    /// The current property name as UTF-8, without allocating: the input slice itself, or an unescaped copy in
    /// scratch space for the rare escaped name.
    /// </summary>
    public static ReadOnlySpan<byte> PropertyName(ref Utf8JsonReader reader, EventScratch scratch)
    {
        if (!reader.ValueIsEscaped)
        {
            return reader.ValueSpan;
        }

        var buffer = scratch.Reserve(reader.ValueSpan.Length);
        var length = reader.CopyString(buffer);
        return buffer[..length];
    }

    /// <summary>The current property name located like a value, so it survives later captures (used to copy names through).</summary>
    public static RawValue PropertyNameValue(ref Utf8JsonReader reader, EventScratch scratch)
    {
        if (!reader.ValueIsEscaped)
        {
            return new RawValue(RawKind.String, checked((int)reader.TokenStartIndex) + 1, reader.ValueSpan.Length);
        }

        var buffer = scratch.Reserve(reader.ValueSpan.Length);
        return scratch.Commit(reader.CopyString(buffer), RawKind.String);
    }

    /// <summary>Moves from a property name to its value, failing clearly on truncated input.</summary>
    public static void ReadValue(ref Utf8JsonReader reader)
    {
        if (!reader.Read())
        {
            throw new JsonException("a property has no value", path: null, lineNumber: 0, bytePositionInLine: reader.BytesConsumed);
        }
    }

    /// <summary>Captures the current value; containers are skipped and located as raw JSON.</summary>
    public static RawValue Capture(ref Utf8JsonReader reader, ReadOnlySpan<byte> input, EventScratch scratch)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.String:
                return CaptureString(ref reader, scratch);
            case JsonTokenType.Number:
                return new RawValue(RawKind.Number, checked((int)reader.TokenStartIndex), reader.ValueSpan.Length);
            case JsonTokenType.True:
                return new RawValue(RawKind.True, checked((int)reader.TokenStartIndex), 4);
            case JsonTokenType.False:
                return new RawValue(RawKind.False, checked((int)reader.TokenStartIndex), 5);
            case JsonTokenType.Null:
                return new RawValue(RawKind.Null, 0, 0);
            default:
                return CaptureContainer(ref reader, input);
        }
    }

    /// <summary>Marks the start of a container the generated code will descend into.</summary>
    public static int ContainerStart(ref Utf8JsonReader reader) => checked((int)reader.TokenStartIndex);

    /// <summary>Locates a container the generated code has just read to its end token.</summary>
    public static RawValue ContainerEnd(ref Utf8JsonReader reader, ReadOnlySpan<byte> input, int start, RawKind kind)
    {
        var length = checked((int)reader.BytesConsumed) - start;
        if (!IsEmptyContainer(input.Slice(start, length)))
        {
            return new RawValue(kind, start, length);
        }

        return new RawValue(kind == RawKind.Array ? RawKind.EmptyList : RawKind.Empty, start, length);
    }

    private static RawValue CaptureString(ref Utf8JsonReader reader, EventScratch scratch)
    {
        var raw = reader.ValueSpan;
        if (raw.IsEmpty)
        {
            return new RawValue(RawKind.Empty, 0, 0);
        }

        if (!reader.ValueIsEscaped)
        {
            // TokenStartIndex is the opening quote.
            return new RawValue(RawKind.String, checked((int)reader.TokenStartIndex) + 1, raw.Length);
        }

        var buffer = scratch.Reserve(raw.Length);
        var length = reader.CopyString(buffer);
        return length == 0 ? new RawValue(RawKind.Empty, 0, 0) : scratch.Commit(length, RawKind.String);
    }

    private static RawValue CaptureContainer(ref Utf8JsonReader reader, ReadOnlySpan<byte> input)
    {
        var kind = reader.TokenType == JsonTokenType.StartArray ? RawKind.Array : RawKind.Object;
        var start = ContainerStart(ref reader);
        reader.Skip();
        return ContainerEnd(ref reader, input, start, kind);
    }

    private static bool IsEmptyContainer(ReadOnlySpan<byte> raw)
    {
        for (var i = 1; i < raw.Length - 1; i++)
        {
            if (raw[i] is not ((byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n'))
            {
                return false;
            }
        }

        return true;
    }
}
