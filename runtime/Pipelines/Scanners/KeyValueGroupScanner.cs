using System;

namespace EcsForge.Pipelines.Scanners;

/// <summary>
/// The platform's <c>kv.parse-kv</c> with <c>groups: true</c>: <c>key=value</c> items where brackets nest groups, as
/// Clavister NGFW writes them: <c>[rules rule=X ]</c> is a dict <c>rules</c>, <c>[conn [conn connsrcip=1.2.3.4 ]]</c>
/// nests, a group's first word names it and later words without a value separator are skipped
/// (<c>[ARP Packet Data srcip=...]</c> is <c>ARP</c>), and a group that opens on an item (<c>[message=... recvzone=X ]</c>)
/// has no name: its items belong to the enclosing dict. Items otherwise follow <see cref="KeyValueScanner"/>'s rules; a
/// bracket also ends an unquoted value. One pass; groups nested deeper than <see cref="MaxDepth"/> add their items to the
/// deepest dict.
/// </summary>
public static class KeyValueGroupScanner
{
    /// <summary>Groups nested deeper than this add their items to the dict of this depth.</summary>
    public const int MaxDepth = 32;

    /// <summary>The items of <paramref name="input"/> as a dict of dicts; absent when the input is not text.</summary>
    public static Value Parse(ValueArena arena, in Value input, TextSeparator item, TextSeparator value)
    {
        if (!input.IsString)
        {
            return Value.Absent;
        }

        var text = arena.Text(input);
        var root = arena.NewDict();
        Span<int> open = stackalloc int[MaxDepth];
        var depth = 0;
        var overflow = 0;
        var current = root;
        var position = 0;
        while (position < text.Length)
        {
            var c = text[position];
            if (char.IsWhiteSpace(c) || item.MatchesAt(text, position))
            {
                position++;
                continue;
            }

            if (c == ']')
            {
                if (overflow > 0)
                {
                    overflow--;
                }
                else if (depth > 0)
                {
                    depth--;
                    current = depth == 0 ? root : Value.Container(ValueKind.Dict, open[depth - 1]);
                }

                position++;
                continue;
            }

            if (c == '[')
            {
                if (depth == MaxDepth)
                {
                    overflow++;
                    position++;
                    continue;
                }

                position = OpenGroup(arena, input, text, position + 1, value, ref current);
                open[depth++] = current.Start;
                continue;
            }

            var stop = TokenEnd(text, position, item, value);
            if (stop == position)
            {
                // A value separator with no key: skipped.
                position += value.Length;
                continue;
            }

            if (stop >= text.Length || !value.MatchesAt(text, stop))
            {
                // A word without a value separator: skipped.
                position = stop;
                continue;
            }

            var keyLength = KeyValueScanner.Trim(text, position, stop, out var keyStart);
            var key = ValueArena.Slice(input, keyStart, keyLength);
            var valueStart = stop + value.Length;
            if (valueStart < text.Length && text[valueStart] == '"' && KeyValueScanner.TryReadQuoted(input, text, valueStart, out var quoted, out var end))
            {
                arena.AddMember(current, key, quoted);
                position = end;
                continue;
            }

            var valueEnd = ValueEnd(text, valueStart, item, value);
            var length = KeyValueScanner.Trim(text, valueStart, valueEnd, out var start);
            arena.AddMember(current, key, ValueArena.Slice(input, start, length));
            position = valueEnd;
        }

        return root;
    }

    /// <summary>
    /// Opens the group whose text starts at <paramref name="from"/>: a first word followed by a value separator is the
    /// group's first item and the group has no name (<paramref name="current"/> is kept); any other first word names a
    /// new dict, which becomes <paramref name="current"/>. Returns where to read on.
    /// </summary>
    private static int OpenGroup(ValueArena arena, in Value input, ReadOnlySpan<char> text, int from, TextSeparator value, ref Value current)
    {
        var end = from;
        while (end < text.Length && !IsStructure(text[end]) && !char.IsWhiteSpace(text[end]) && !value.MatchesAt(text, end))
        {
            end++;
        }

        if (end == from || (end < text.Length && value.MatchesAt(text, end)))
        {
            return from;
        }

        var group = arena.NewDict();
        arena.AddMember(current, ValueArena.Slice(input, from, end - from), group);
        current = group;
        return end;
    }

    /// <summary>Where the word at <paramref name="from"/> ends: at a value or item separator, a bracket, or the end.</summary>
    private static int TokenEnd(ReadOnlySpan<char> text, int from, TextSeparator item, TextSeparator value)
    {
        var i = from;
        while (i < text.Length && !IsStructure(text[i]) && !value.MatchesAt(text, i) && !item.MatchesAt(text, i))
        {
            i++;
        }

        return i;
    }

    /// <summary>
    /// Where an unquoted value starting at <paramref name="start"/> ends: at a bracket, at the item separator followed
    /// by the next key and its value separator, or at the end of the text.
    /// </summary>
    private static int ValueEnd(ReadOnlySpan<char> text, int start, TextSeparator item, TextSeparator value)
    {
        var i = start;
        while (i < text.Length)
        {
            if (IsStructure(text[i]))
            {
                return i;
            }

            if (!item.MatchesAt(text, i))
            {
                i++;
                continue;
            }

            var keyStart = i + item.Length;
            var keyEnd = TokenEnd(text, keyStart, item, value);
            if (keyEnd > keyStart && keyEnd < text.Length && value.MatchesAt(text, keyEnd))
            {
                return i;
            }

            // Not a key: the value goes on from where the word stopped (each character is looked at a bounded number of times).
            i = Math.Max(keyEnd, i + 1);
        }

        return text.Length;
    }

    private static bool IsStructure(char c) => c is '[' or ']';
}
