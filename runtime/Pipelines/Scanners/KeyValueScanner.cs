using System;
using System.Buffers;

namespace EcsForge.Pipelines.Scanners;

/// <summary>
/// The platform's <c>kv.parse-kv</c>: reads <c>key=value</c> items of a text into a dict, in one pass, with any
/// <see cref="TextSeparator"/> between items and between a key and its value. Keys and values are slices of the input
/// (no copy). Never throws; time linear in the input times the separators' length.
/// </summary>
/// <remarks>
/// The same item rules as the syslog reader <see cref="EcsForge.Parsing.KeyValueReader"/>, generalized to any
/// separators: text before the first key and stray tokens without a value separator are skipped; a value runs up to
/// the item separator that is followed by the next key and its value separator, so <c>ivs=Default Network user=bob</c>
/// gives <c>Default Network</c>; a value opening with a double quote ends at its closing quote when the next item or
/// the end follows it (<c>\"</c> does not close it, and is kept as written, as the platform's cases show), else the
/// quotes are text (see <see cref="EndsItem"/>). Keys and values are trimmed of white space; values are text; a duplicate
/// key keeps its last value.
/// </remarks>
public static class KeyValueScanner
{
    private static readonly SearchValues<char> s_quotedStops = SearchValues.Create("\"\\");

    /// <summary>The items of <paramref name="input"/> as a dict; absent when the input is not text.</summary>
    public static Value Parse(ValueArena arena, in Value input, TextSeparator item, TextSeparator value)
    {
        if (!input.IsString)
        {
            return Value.Absent;
        }

        var text = arena.Text(input);
        var dict = arena.NewDict();
        var position = 0;
        while (position < text.Length)
        {
            var stop = NextStop(text, position, value, item, out var isValue);
            if (stop < 0)
            {
                break;
            }

            var keyStart = 0;
            var keyLength = isValue ? Trim(text, position, stop, out keyStart) : 0;
            if (keyLength == 0)
            {
                // A stray token, or an empty key: skip it.
                position = stop + (isValue ? value.Length : item.Length);
                continue;
            }

            var key = ValueArena.Slice(input, keyStart, keyLength);
            var valueStart = stop + value.Length;
            if (valueStart < text.Length && text[valueStart] == '"' && TryReadQuoted(input, text, valueStart, out var quoted, out var end)
                && EndsItem(text, end, item, value))
            {
                arena.AddMember(dict, key, quoted);
                var next = item.IndexOf(text, end);
                position = next < 0 ? text.Length : next + item.Length;
                continue;
            }

            var valueEnd = ValueEnd(text, valueStart, item, value, out position);
            if (valueEnd - valueStart >= 2 && text[valueStart] == '"' && text[valueEnd - 1] == '"')
            {
                // Quotes that did not end the item but wrap the whole value, white space included, still go
                // (OpenLDAP's base=""ou=people,o=example"" reads "ou=people,o=example").
                valueStart++;
                valueEnd--;
            }

            var length = Trim(text, valueStart, valueEnd, out var start);
            arena.AddMember(dict, key, ValueArena.Slice(input, start, length));
        }

        return dict;
    }

    /// <summary>
    /// Whether a quoted value closing before <paramref name="end"/> ends its item: at the end of the text, or where an
    /// item separator and the next key follow. Otherwise the quotes are text and the value runs to the next key, as
    /// the platform reads PingFederate's <c>attributes="a=1, b=2"  next=</c> (two spaces) as <c>"a=1,</c> and Veeam's
    /// <c>ChangesXML="&lt;changes&gt;&lt;property internal="...</c> as <c>"&lt;changes&gt;&lt;property</c>.
    /// </summary>
    internal static bool EndsItem(ReadOnlySpan<char> text, int end, TextSeparator item, TextSeparator value)
    {
        if (end >= text.Length || text[end..].IsWhiteSpace())
        {
            return true;
        }

        if (!item.MatchesAt(text, end))
        {
            return false;
        }

        var keyStart = end + item.Length;
        var stop = NextStop(text, keyStart, value, item, out var isValue);
        return isValue && stop > keyStart;
    }

    /// <summary>
    /// Where an unquoted value starting at <paramref name="start"/> ends: at the first item separator followed by a key
    /// and a value separator (<paramref name="next"/> is then that key's start), or at the end of the text.
    /// </summary>
    private static int ValueEnd(ReadOnlySpan<char> text, int start, TextSeparator item, TextSeparator value, out int next)
    {
        var from = start;
        while (true)
        {
            var separator = item.IndexOf(text, from);
            if (separator < 0)
            {
                next = text.Length;
                return text.Length;
            }

            var keyStart = separator + item.Length;
            var stop = NextStop(text, keyStart, value, item, out var isValue);
            if (stop < 0)
            {
                // A separator that ends the text ends the last item, and is not part of its value.
                next = text.Length;
                return keyStart == text.Length ? separator : text.Length;
            }

            if (isValue && stop > keyStart)
            {
                next = keyStart;
                return separator;
            }

            // Not a key: the value goes on; resume at the stop, which the next search examines (linear overall).
            from = Math.Max(stop, separator + 1);
        }
    }

    /// <summary>
    /// The next place where <paramref name="first"/> or <paramref name="second"/> matches (the first wins a tie); -1
    /// when neither does.
    /// </summary>
    internal static int NextStop(ReadOnlySpan<char> text, int from, TextSeparator first, TextSeparator second, out bool isFirst)
    {
        for (var i = from; i < text.Length; i++)
        {
            if (first.MatchesAt(text, i))
            {
                isFirst = true;
                return i;
            }

            if (second.MatchesAt(text, i))
            {
                isFirst = false;
                return i;
            }
        }

        isFirst = false;
        return -1;
    }

    internal static bool TryReadQuoted(in Value input, ReadOnlySpan<char> text, int quote, out Value value, out int end)
    {
        value = Value.Absent;
        var index = quote + 1;
        while (true)
        {
            var found = index < text.Length ? text[index..].IndexOfAny(s_quotedStops) : -1;
            if (found < 0)
            {
                end = text.Length;
                return false;
            }

            index += found;
            if (text[index] == '"')
            {
                break;
            }

            if (IsEscape(text, index))
            {
                index += 2;
            }
            else
            {
                index++;
            }
        }

        // Escaped quotes do not close the value, and stay as written (Google Kubernetes Engine's cases keep \").
        end = index + 1;
        var length = Trim(text, quote + 1, index, out var start);
        value = ValueArena.Slice(input, start, length);
        return true;
    }

    private static bool IsEscape(ReadOnlySpan<char> text, int index)
        => text[index] == '\\' && index + 1 < text.Length && text[index + 1] is '"' or '\\';

    /// <summary>The length of <c>text[from..to]</c> trimmed of white space, and its start.</summary>
    internal static int Trim(ReadOnlySpan<char> text, int from, int to, out int start)
    {
        while (from < to && char.IsWhiteSpace(text[from]))
        {
            from++;
        }

        while (to > from && char.IsWhiteSpace(text[to - 1]))
        {
            to--;
        }

        start = from;
        return to - from;
    }
}
