using System;

namespace EcsForge.Parsing;

/// <summary>Text conversions compiled into parsers: slices of the value where possible, scratch space otherwise.</summary>
public static class TextConversions
{
    /// <summary>The text before the first delimiter, or all of it (Python's <c>text.split(d)[0]</c>).</summary>
    public static RawValue BeforeDelimiter(ReadOnlySpan<byte> bytes, in RawValue value, ReadOnlySpan<byte> delimiter)
    {
        if (value.Kind != RawKind.String)
        {
            return value;
        }

        var index = bytes.IndexOf(delimiter);
        return index < 0 ? value : Slice(value, 0, index);
    }

    /// <summary>The text after the first delimiter, or nothing (Python's <c>d.join(text.split(d)[1:])</c>).</summary>
    public static RawValue AfterDelimiter(ReadOnlySpan<byte> bytes, in RawValue value, ReadOnlySpan<byte> delimiter)
    {
        if (value.Kind != RawKind.String)
        {
            return default;
        }

        var index = bytes.IndexOf(delimiter);
        return index < 0 ? default : Slice(value, index + delimiter.Length, bytes.Length - index - delimiter.Length);
    }

    /// <summary>Splits text into a JSON list of strings, items kept as they are (Python's <c>text.split(d)</c>).</summary>
    public static RawValue Split(ReadOnlySpan<byte> bytes, in RawValue value, ReadOnlySpan<byte> delimiter, EventScratch scratch)
    {
        if (value.Kind != RawKind.String || delimiter.IsEmpty)
        {
            return value;
        }

        var mark = scratch.Position;
        scratch.Store("["u8);
        var rest = bytes;
        while (true)
        {
            var index = rest.IndexOf(delimiter);
            JsonText.StoreString(scratch, index < 0 ? rest : rest[..index]);
            if (index < 0)
            {
                break;
            }

            scratch.Store(","u8);
            rest = rest[(index + delimiter.Length)..];
        }

        scratch.Store("]"u8);
        return scratch.Since(mark, RawKind.Array);
    }

    /// <summary>The text without the leading and trailing bytes found in <paramref name="characters"/> (Python's <c>text.strip(chars)</c>).</summary>
    public static RawValue Trim(ReadOnlySpan<byte> bytes, in RawValue value, ReadOnlySpan<byte> characters)
    {
        if (value.Kind != RawKind.String || characters.IsEmpty)
        {
            return value;
        }

        var start = bytes.IndexOfAnyExcept(characters);
        if (start < 0)
        {
            return new RawValue(RawKind.Empty, 0, 0);
        }

        var end = bytes.LastIndexOfAnyExcept(characters);
        return Slice(value, start, end - start + 1);
    }

    /// <summary>How many characters UTF-8 text holds (Jinja's <c>| length</c>): its bytes that start a character.</summary>
    public static int CharacterCount(ReadOnlySpan<byte> utf8)
    {
        var count = 0;
        foreach (var b in utf8)
        {
            if ((b & 0xC0) != 0x80)
            {
                count++;
            }
        }

        return count;
    }

    private static RawValue Slice(in RawValue value, int offset, int length)
        => length == 0 ? new RawValue(RawKind.Empty, 0, 0) : new RawValue(RawKind.String, value.Start + offset, length, value.InScratch);
}
