using System;
using System.Globalization;

namespace EcsForge.Pipelines.Scanners;

/// <summary>
/// The platform's <c>leef.parse-leef</c> (IBM QRadar Log Event Extended Format 1.0 and 2.0): the header fields, as
/// <c>LEEFVersion</c>, <c>DeviceVendor</c>, <c>DeviceProduct</c>, <c>DeviceVersion</c> and
/// <c>DeviceEventClassID</c>, then the <c>key=value</c> attributes, into one dict of text. One pass, linear time.
/// </summary>
/// <remarks>
/// The message starts at <c>LEEF:</c>; text without it, or with fewer header fields, gives absent. Attributes are
/// separated by a tab, or in 2.0 by the delimiter the header declares after the event id: a character, or its code
/// in hex (<c>x09</c>, <c>0x5E</c>); a value runs to the next delimiter; keys and values are trimmed of white space.
/// </remarks>
public static class LeefScanner
{
    private static readonly string[] s_header = { "LEEFVersion", "DeviceVendor", "DeviceProduct", "DeviceVersion", "DeviceEventClassID" };

    /// <summary>The header and attributes of <paramref name="input"/> as a dict; absent when it is not LEEF text.</summary>
    public static Value Parse(ValueArena arena, in Value input)
    {
        if (!input.IsString)
        {
            return Value.Absent;
        }

        var text = arena.Text(input);
        var position = text.IndexOf("LEEF:".AsSpan(), StringComparison.Ordinal);
        if (position < 0)
        {
            return Value.Absent;
        }

        position += 5;
        var dict = arena.NewDict(16);
        var version = Value.Absent;
        foreach (var name in s_header)
        {
            if (!CefScanner.TryReadHeaderField(arena, input, text, ref position, out var field))
            {
                return Value.Absent;
            }

            version = version.IsAbsent ? field : version;
            arena.AddMember(dict, Value.FromConstant(name), field);
        }

        var delimiter = '\t';
        if (arena.Text(version).StartsWith("2".AsSpan(), StringComparison.Ordinal))
        {
            var bar = text[position..].IndexOf('|');
            if (bar >= 0 && TryDelimiter(text.Slice(position, bar), out var declared))
            {
                delimiter = declared;
                position += bar + 1;
            }
        }

        while (position < text.Length)
        {
            var end = text[position..].IndexOf(delimiter);
            var length = end < 0 ? text.Length - position : end;
            var item = text.Slice(position, length);
            var equals = item.IndexOf('=');
            if (equals > 0)
            {
                var keyLength = KeyValueScanner.Trim(text, position, position + equals, out var keyStart);
                if (keyLength > 0)
                {
                    var valueLength = KeyValueScanner.Trim(text, position + equals + 1, position + length, out var valueStart);
                    var value = ValueArena.Slice(input, valueStart, valueLength);
                    arena.AddMember(dict, ValueArena.Slice(input, keyStart, keyLength), value);
                }
            }

            position += length + 1;
        }

        return dict;
    }

    /// <summary>A 2.0 header's delimiter: one character, or its code as <c>xHH</c> / <c>0xHH</c>; a tab when empty.</summary>
    private static bool TryDelimiter(ReadOnlySpan<char> field, out char delimiter)
    {
        delimiter = '\t';
        if (field.Length == 0)
        {
            return true;
        }

        if (field.Length == 1)
        {
            delimiter = field[0];
            return true;
        }

        var hex = field.StartsWith("0x".AsSpan(), StringComparison.OrdinalIgnoreCase) ? field[2..]
            : field[0] is 'x' or 'X' ? field[1..]
            : default;
        if (hex.Length is > 0 and <= 4 && ushort.TryParse(hex, NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var code))
        {
            delimiter = (char)code;
            return true;
        }

        return false;
    }
}
