using System;

namespace EcsForge.Parsing;

/// <summary>Writes JSON string literals into scratch space, for values built as raw JSON (lists from split text).</summary>
public static class JsonText
{
    private static ReadOnlySpan<byte> HexDigits => "0123456789abcdef"u8;

    /// <summary>Stores <paramref name="utf8"/> as a quoted JSON string, escaping quotes, backslashes and control characters.</summary>
    public static void StoreString(EventScratch scratch, ReadOnlySpan<byte> utf8)
    {
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
