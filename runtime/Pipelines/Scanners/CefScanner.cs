using System;
using System.Buffers;

namespace EcsForge.Pipelines.Scanners;

/// <summary>
/// The platform's <c>cef.parse-cef</c> (ArcSight Common Event Format): the seven header fields, as
/// <c>CEFVersion</c>, <c>DeviceVendor</c>, <c>DeviceProduct</c>, <c>DeviceVersion</c>, <c>DeviceEventClassID</c>,
/// <c>Name</c> and <c>Severity</c>, then the extension's <c>key=value</c> items, into one dict of text. One pass,
/// linear time, values sliced from the input unless a header field holds escapes.
/// </summary>
/// <remarks>
/// The message starts at <c>CEF:</c>, wherever it is (a syslog header may precede it), or, without it, at a version
/// number that opens the text; other text, or text with fewer than seven header fields, is not CEF and gives absent.
/// Header fields are trimmed and unescape <c>\|</c> and <c>\\</c>. An extension value runs up to the space before the
/// next <c>key=</c> (an unescaped <c>=</c>), so values hold spaces; it is trimmed of white space and of enclosing
/// double quotes, and its escapes (<c>\=</c>, <c>\\</c>, <c>\n</c>) are kept as written, as the platform's cases show
/// (Trellix, Imperva, Bitdefender), but for an unpaired backslash before the space that ends the value, which goes.
/// An empty value is left out; a repeated key keeps its first value.
/// </remarks>
public static class CefScanner
{
    private static readonly string[] s_header =
        { "CEFVersion", "DeviceVendor", "DeviceProduct", "DeviceVersion", "DeviceEventClassID", "Name", "Severity" };

    private static readonly (string Prefix, int Count)[] s_customFields =
    {
        ("cs", 6), ("cn", 3), ("cfp", 4), ("c6a", 4), ("deviceCustomDate", 2), ("flexString", 2), ("flexNumber", 2), ("flexDate", 1),
    };

    private static readonly SearchValues<char> s_headerStops = SearchValues.Create("|\\");

    private static readonly SearchValues<char> s_whitespace = SearchValues.Create(SeparatorSyntax.Whitespace);

    private static readonly SearchValues<char> s_keyStops = SearchValues.Create(" \t\n\r\f\v=");

    /// <summary>The header and extension of <paramref name="input"/> as a dict; absent when it is not CEF text.</summary>
    public static Value Parse(ValueArena arena, in Value input)
    {
        if (!input.IsString)
        {
            return Value.Absent;
        }

        var text = arena.Text(input);
        var position = text.IndexOf("CEF:".AsSpan(), StringComparison.Ordinal);
        if (position >= 0)
        {
            position += 4;
        }
        else if (StartsWithVersion(text))
        {
            // Without its "CEF:" the header still reads from the version on (Trend Micro Apex One, Varonis: "0|Varonis Inc.|...").
            position = 0;
        }
        else
        {
            return Value.Absent;
        }

        var dict = arena.NewDict(16);
        foreach (var name in s_header)
        {
            if (!TryReadHeaderField(arena, input, text, ref position, out var field))
            {
                return Value.Absent;
            }

            arena.AddMember(dict, Value.FromConstant(name), field);
        }

        ReadExtension(arena, input, text, position, dict);
        AddLabeledFields(arena, dict);
        return dict;
    }

    /// <summary>
    /// Adds each custom field under the name its label gives (<c>cn1Label=DispositionCode cn1=1025</c> adds
    /// <c>DispositionCode: 1025</c>), as the platform does; the field and its label stay. Only the specification's
    /// custom fields (<c>cs1</c>..<c>cs6</c>, <c>cn1</c>..<c>cn3</c>, <c>cfp1</c>..<c>cfp4</c>, <c>c6a1</c>..<c>c6a4</c>,
    /// <c>deviceCustomDate1</c>..<c>2</c>, <c>flexString1</c>..<c>2</c>, <c>flexNumber1</c>..<c>2</c>, <c>flexDate1</c>)
    /// are labeled, so the lookups stay bounded.
    /// </summary>
    private static void AddLabeledFields(ValueArena arena, in Value dict)
    {
        Span<char> name = stackalloc char[24];
        foreach (var (prefix, count) in s_customFields)
        {
            for (var n = 1; n <= count; n++)
            {
                prefix.AsSpan().CopyTo(name);
                name[prefix.Length] = (char)('0' + n);
                var field = name[..(prefix.Length + 1)];
                var value = arena.Member(dict, field);
                if (value.IsAbsent)
                {
                    continue;
                }

                "Label".AsSpan().CopyTo(name[(prefix.Length + 1)..]);
                var label = arena.Member(dict, name[..(prefix.Length + 6)]);
                if (label.IsString && label.Length > 0)
                {
                    arena.AddMember(dict, label, value);
                }
            }
        }
    }

    /// <summary>Reads a header field up to its unescaped <c>|</c>; false when there is none.</summary>
    internal static bool TryReadHeaderField(ValueArena arena, in Value input, ReadOnlySpan<char> text, ref int position, out Value field)
    {
        var start = position;
        var escaped = false;
        var index = position;
        while (true)
        {
            var found = index < text.Length ? text[index..].IndexOfAny(s_headerStops) : -1;
            if (found < 0)
            {
                field = Value.Absent;
                return false;
            }

            index += found;
            if (text[index] == '|')
            {
                break;
            }

            escaped = true;
            index += 2;
        }

        position = index + 1;
        var length = KeyValueScanner.Trim(text, start, index, out start);
        field = escaped ? Unescape(arena, text, start, start + length) : ValueArena.Slice(input, start, length);
        return true;
    }

    /// <summary>Reads the extension's items from <paramref name="position"/> into <paramref name="dict"/>.</summary>
    internal static void ReadExtension(ValueArena arena, in Value input, ReadOnlySpan<char> text, int position, in Value dict)
    {
        // The keys seen, by hash: a key whose bit is clear is new without a lookup, so distinct keys cost no scan.
        Span<ulong> seen = stackalloc ulong[16];
        seen.Clear();
        while (position < text.Length)
        {
            var stop = KeyEnd(text, position);
            if (stop < 0)
            {
                return;
            }

            if (text[stop] != '=' || stop == position)
            {
                // A token that is no key (or a lone '='): skip it.
                position = stop + 1;
                continue;
            }

            var key = ValueArena.Slice(input, position, stop - position);
            var keyText = text.Slice(position, stop - position);
            var valueStart = stop + 1;
            var valueEnd = ValueEnd(text, valueStart, out position);
            var length = KeyValueScanner.Trim(text, valueStart, valueEnd, out var start);
            if (valueEnd < text.Length && EndsWithUnpairedBackslash(text.Slice(start, length)))
            {
                // "\ " escapes the space before the next key, and goes with it (Trend Micro Apex One: filePath=C:\a\ dst=).
                length--;
            }

            if (length >= 2 && text[start] == '"' && text[start + length - 1] == '"')
            {
                // A quoted value (SonicWall's appName="General HTTPS") is read without its quotes.
                start++;
                length -= 2;
            }

            if (length == 0)
            {
                // An empty value is no field (Varonis: "cs1= " leaves cs1 null; CEF/cef: no empty suid).
                continue;
            }

            var hash = (uint)string.GetHashCode(keyText) % 1024;
            ref var bits = ref seen[(int)(hash / 64)];
            var bit = 1UL << (int)(hash % 64);
            if ((bits & bit) != 0 && arena.IndexOfKey(dict, keyText) >= 0)
            {
                // A repeated key keeps its first value, as the platform's cases show (SonicWall's sid, msg, appcat).
                continue;
            }

            bits |= bit;
            // Escapes stay as written: the platform's cases keep uuid\=..., C:\\\\Users and \r\n in values.
            arena.AddMember(dict, key, ValueArena.Slice(input, start, length));
        }
    }

    /// <summary>Whether the text starts with a version number and its <c>|</c>, white space around it aside.</summary>
    private static bool StartsWithVersion(ReadOnlySpan<char> text)
    {
        var bar = text.IndexOf('|');
        var version = bar < 0 ? ReadOnlySpan<char>.Empty : text[..bar].Trim();
        return !version.IsEmpty && !version.ContainsAnyExceptInRange('0', '9');
    }

    private static bool EndsWithUnpairedBackslash(ReadOnlySpan<char> value)
    {
        var run = value.Length - value.TrimEnd('\\').Length;
        return run % 2 == 1;
    }

    /// <summary>The end of the key candidate at <paramref name="from"/>: its unescaped <c>=</c> or the white space after it; -1 at the end.</summary>
    private static int KeyEnd(ReadOnlySpan<char> text, int from)
    {
        while (from < text.Length)
        {
            var found = text[from..].IndexOfAny(s_keyStops);
            if (found < 0)
            {
                return -1;
            }

            from += found;
            if (text[from] != '=' || from == 0 || text[from - 1] != '\\')
            {
                return from;
            }

            from++;
        }

        return -1;
    }

    /// <summary>Where a value starting at <paramref name="start"/> ends: before the white space that precedes the next key.</summary>
    private static int ValueEnd(ReadOnlySpan<char> text, int start, out int next)
    {
        var from = start;
        while (true)
        {
            var space = from < text.Length ? text[from..].IndexOfAny(s_whitespace) : -1;
            if (space < 0)
            {
                next = text.Length;
                return text.Length;
            }

            var keyStart = from + space + 1;
            var stop = KeyEnd(text, keyStart);
            if (stop < 0)
            {
                next = text.Length;
                return text.Length;
            }

            if (text[stop] == '=' && stop > keyStart)
            {
                next = keyStart;
                return from + space;
            }

            from = Math.Max(stop, keyStart);
        }
    }

    /// <summary>
    /// Copies a header field with <c>\|</c> and <c>\\</c> (and <c>\=</c>, <c>\n</c>, <c>\r</c>) resolved; another
    /// backslash is kept.
    /// </summary>
    private static Value Unescape(ValueArena arena, ReadOnlySpan<char> text, int start, int end)
    {
        var begin = arena.BeginString();
        for (var i = start; i < end; i++)
        {
            var c = text[i];
            if (c == '\\' && i + 1 < end)
            {
                switch (text[i + 1])
                {
                    case '\\' or '=' or '|':
                        c = text[++i];
                        break;
                    case 'n':
                        c = '\n';
                        i++;
                        break;
                    case 'r':
                        c = '\r';
                        i++;
                        break;
                }
            }

            arena.Append(c);
        }

        return arena.EndString(begin);
    }
}
