using System;
using System.Buffers;

namespace EcsForge.Parsing;

/// <summary>Writes JSON string literals into scratch space, for values built as raw JSON (lists from split text).</summary>
public static class JsonText
{
    private static ReadOnlySpan<byte> HexDigits => "0123456789abcdef"u8;

    /// <summary>The bytes <see cref="StoreString"/> escapes: the quote, the backslash and the control characters.</summary>
    private static readonly SearchValues<byte> s_escaped = SearchValues.Create(EscapedBytes());

    private static byte[] EscapedBytes()
    {
        var bytes = new byte[0x22];
        for (var value = 0; value < 0x20; value++)
        {
            bytes[value] = (byte)value;
        }

        bytes[0x20] = (byte)'"';
        bytes[0x21] = (byte)'\\';
        return bytes;
    }

    /// <summary>Stores <paramref name="utf8"/> as a quoted JSON string, escaping quotes, backslashes and control characters.</summary>
    public static void StoreString(EventScratch scratch, ReadOnlySpan<byte> utf8)
    {
        if (!utf8.ContainsAny(s_escaped))
        {
            // Most items (a role, an address) need no escape: one search and one copy, not a test per byte.
            var copy = scratch.Reserve(utf8.Length + 2);
            copy[0] = (byte)'"';
            utf8.CopyTo(copy[1..]);
            copy[utf8.Length + 1] = (byte)'"';
            scratch.Commit(utf8.Length + 2, RawKind.String);
            return;
        }

        var destination = scratch.Reserve((utf8.Length * 6) + 2);
        var length = 0;
        destination[length++] = (byte)'"';
        foreach (var current in utf8)
        {
            if (current == (byte)'"' || current == (byte)'\\')
            {
                destination[length++] = (byte)'\\';
                destination[length++] = current;
            }
            else if (current < 0x20)
            {
                "\\u00"u8.CopyTo(destination[length..]);
                destination[length + 4] = HexDigits[current >> 4];
                destination[length + 5] = HexDigits[current & 0xF];
                length += 6;
            }
            else
            {
                destination[length++] = current;
            }
        }

        destination[length++] = (byte)'"';
        scratch.Commit(length, RawKind.String);
    }
}
