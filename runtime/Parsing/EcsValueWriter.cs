using System;
using System.Buffers.Text;

namespace EcsForge.Parsing;

/// <summary>Writer-side helpers called by generated code: a located value written with the target field's shape.</summary>
public static class EcsValueWriter
{
    /// <summary>Writes the value keeping its JSON type; containers are copied verbatim.</summary>
    public static void WriteValue(EventJsonWriter writer, ReadOnlySpan<byte> bytes, RawKind kind)
    {
        switch (kind)
        {
            case RawKind.String:
                writer.WriteStringValue(bytes);
                break;
            case RawKind.True:
                writer.WriteBooleanValue(true);
                break;
            case RawKind.False:
                writer.WriteBooleanValue(false);
                break;
            default:
                // Numbers, objects and arrays were validated by the reader: their text is copied as is.
                writer.WriteRawValue(bytes);
                break;
        }
    }

    /// <summary>Writes a property keeping the value's JSON type; strings take the writer's single-call path.</summary>
    public static void WriteProperty(EventJsonWriter writer, JsonName name, ReadOnlySpan<byte> bytes, RawKind kind)
    {
        if (kind == RawKind.String)
        {
            writer.WriteString(name, bytes);
            return;
        }

        writer.WritePropertyName(name);
        WriteValue(writer, bytes, kind);
    }

    /// <summary>Writes a keyword property: a number becomes its text (<c>1</c> is written <c>"1"</c>), other values as they are.</summary>
    public static void WriteKeywordProperty(EventJsonWriter writer, JsonName name, ReadOnlySpan<byte> bytes, RawKind kind)
    {
        if (kind is RawKind.String or RawKind.Number)
        {
            writer.WriteString(name, bytes);
            return;
        }

        writer.WritePropertyName(name);
        WriteValue(writer, bytes, kind);
    }

    /// <summary>Writes a property as a list, wrapping a scalar, for fields ECS normalizes to arrays.</summary>
    public static void WriteArrayProperty(EventJsonWriter writer, JsonName name, ReadOnlySpan<byte> bytes, RawKind kind)
    {
        if (kind is RawKind.Array or RawKind.EmptyList)
        {
            writer.WriteRaw(name, bytes);
            return;
        }

        writer.WriteStartArray(name);
        WriteValue(writer, bytes, kind);
        writer.WriteEndArray();
    }

    /// <summary>True when the value can be written as an integer (a JSON integer, or a string holding one).</summary>
    public static bool IsInteger(ReadOnlySpan<byte> bytes, RawKind kind)
        => kind is RawKind.Number or RawKind.String && Utf8Parser.TryParse(bytes, out long _, out var consumed) && consumed == bytes.Length;

    /// <summary>
    /// Writes a value <see cref="IsInteger"/> accepted: a JSON integer, and a string already written as the integer
    /// would be formatted (<c>1722202</c>, not <c>+01722202</c> nor <c>-0</c>), are copied as they are; other strings are
    /// converted.
    /// </summary>
    public static void WriteIntegerProperty(EventJsonWriter writer, JsonName name, ReadOnlySpan<byte> bytes, RawKind kind)
    {
        if (kind == RawKind.Number || IsFormattedInteger(bytes))
        {
            writer.WriteRaw(name, bytes);
            return;
        }

        Utf8Parser.TryParse(bytes, out long number, out _);
        writer.WriteNumber(name, number);
    }

    /// <summary>Whether integer text is exactly what formatting its value gives: an optional minus, then no leading zero.</summary>
    private static bool IsFormattedInteger(ReadOnlySpan<byte> bytes)
    {
        var digits = !bytes.IsEmpty && bytes[0] == (byte)'-' ? bytes[1..] : bytes;
        if (digits.IsEmpty || digits.ContainsAnyExceptInRange((byte)'0', (byte)'9'))
        {
            return false;
        }

        return digits[0] != (byte)'0' || bytes.Length == 1;
    }

    /// <summary>True when the value is a number, or a string holding one.</summary>
    public static bool IsNumber(ReadOnlySpan<byte> bytes, RawKind kind)
        => kind == RawKind.Number
            || (kind == RawKind.String && Utf8Parser.TryParse(bytes, out double _, out var consumed) && consumed == bytes.Length);

    /// <summary>Writes a value <see cref="IsNumber"/> accepted: JSON numbers and integer strings as they are, other strings converted.</summary>
    public static void WriteNumberProperty(EventJsonWriter writer, JsonName name, ReadOnlySpan<byte> bytes, RawKind kind)
    {
        if (kind == RawKind.Number)
        {
            writer.WriteRaw(name, bytes);
            return;
        }

        writer.WritePropertyName(name);
        if (Utf8Parser.TryParse(bytes, out long _, out var consumed) && consumed == bytes.Length)
        {
            // An integer string is written as its text, which must still be JSON (no leading zeros).
            writer.WriteCheckedRawValue(bytes);
            return;
        }

        Utf8Parser.TryParse(bytes, out double number, out _);
        writer.WriteNumberValue(number);
    }

    /// <summary>True when the value is a boolean, or the strings <c>true</c>/<c>false</c>.</summary>
    public static bool IsBoolean(ReadOnlySpan<byte> bytes, RawKind kind)
        => kind is RawKind.True or RawKind.False || (kind == RawKind.String && (bytes.SequenceEqual("true"u8) || bytes.SequenceEqual("false"u8)));

    public static void WriteBooleanProperty(EventJsonWriter writer, JsonName name, ReadOnlySpan<byte> bytes, RawKind kind)
        => writer.WriteBoolean(name, kind == RawKind.True || (kind == RawKind.String && bytes.SequenceEqual("true"u8)));

    /// <summary>True when a spread value can be written with its declared shape (numbers must be numbers, and so on).</summary>
    public static bool Fits(SpreadShape shape, ReadOnlySpan<byte> bytes, RawKind kind) => shape switch
    {
        SpreadShape.Integer => IsInteger(bytes, kind),
        SpreadShape.Number => IsNumber(bytes, kind),
        SpreadShape.Boolean => IsBoolean(bytes, kind),
        _ => true,
    };

    /// <summary>
    /// Writes a value whose property name comes from the message (a spread object), with the shape of its declared
    /// type: the value-only counterpart of the <c>Write*Property</c> methods.
    /// </summary>
    public static void WriteValueAs(EventJsonWriter writer, ReadOnlySpan<byte> bytes, RawKind kind, SpreadShape shape)
    {
        switch (shape)
        {
            case SpreadShape.Keyword when kind == RawKind.Number:
                writer.WriteStringValue(bytes);
                break;
            case SpreadShape.Integer when kind == RawKind.String:
                Utf8Parser.TryParse(bytes, out long integer, out _);
                writer.WriteNumberValue(integer);
                break;
            case SpreadShape.Number when kind == RawKind.String:
                Utf8Parser.TryParse(bytes, out double number, out _);
                writer.WriteNumberValue(number);
                break;
            case SpreadShape.Boolean:
                writer.WriteBooleanValue(kind == RawKind.True || (kind == RawKind.String && bytes.SequenceEqual("true"u8)));
                break;
            case SpreadShape.List when kind != RawKind.Array:
                writer.WriteStartArray();
                WriteValue(writer, bytes, kind);
                writer.WriteEndArray();
                break;
            default:
                WriteValue(writer, bytes, kind);
                break;
        }
    }

    // The forms generated writers call: one call per field, the value's bytes resolved in here. Resolved by the caller,
    // they cost a call to EventSession.Bytes per field too, as the JIT stops inlining into a method writing a whole event.

    public static void WriteProperty(EventJsonWriter writer, JsonName name, ReadOnlySpan<byte> input, EventSession session, in RawValue value)
        => WriteProperty(writer, name, session.Bytes(input, value), value.Kind);

    public static void WriteKeywordProperty(EventJsonWriter writer, JsonName name, ReadOnlySpan<byte> input, EventSession session, in RawValue value)
        => WriteKeywordProperty(writer, name, session.Bytes(input, value), value.Kind);

    public static void WriteArrayProperty(EventJsonWriter writer, JsonName name, ReadOnlySpan<byte> input, EventSession session, in RawValue value)
        => WriteArrayProperty(writer, name, session.Bytes(input, value), value.Kind);

    public static void WriteIntegerProperty(EventJsonWriter writer, JsonName name, ReadOnlySpan<byte> input, EventSession session, in RawValue value)
        => WriteIntegerProperty(writer, name, session.Bytes(input, value), value.Kind);

    public static void WriteNumberProperty(EventJsonWriter writer, JsonName name, ReadOnlySpan<byte> input, EventSession session, in RawValue value)
        => WriteNumberProperty(writer, name, session.Bytes(input, value), value.Kind);

    public static void WriteBooleanProperty(EventJsonWriter writer, JsonName name, ReadOnlySpan<byte> input, EventSession session, in RawValue value)
        => WriteBooleanProperty(writer, name, session.Bytes(input, value), value.Kind);

    /// <summary>Compares a raw value with a condition literal: strings by content, booleans as <c>true</c>/<c>false</c>, numbers by text.</summary>
    public static bool TextEquals(ReadOnlySpan<byte> bytes, RawKind kind, ReadOnlySpan<byte> literal) => kind switch
    {
        RawKind.True => literal.SequenceEqual("true"u8),
        RawKind.False => literal.SequenceEqual("false"u8),
        RawKind.String or RawKind.Number => bytes.SequenceEqual(literal),
        RawKind.Empty => literal.IsEmpty,
        _ => false,
    };
}
