using System;

namespace EcsForge.Pipelines;

/// <summary>Python's character classes and case mappings, shared by the text filters and the str methods.</summary>
internal static class PythonText
{
    /// <summary>Python's <c>str.isspace</c> for one character: .NET's white space plus the ASCII separators U+001C-U+001F.</summary>
    public static bool IsSpace(char c) => char.IsWhiteSpace(c) || c is >= '\x1c' and <= '\x1f';

    public static Value Lower(ValueArena arena, in Value text)
    {
        var start = arena.BeginString();
        var target = arena.Reserve(text.Length);
        var source = arena.Text(text);
        for (var i = 0; i < source.Length; i++)
        {
            target[i] = char.ToLowerInvariant(source[i]);
        }

        arena.Advance(source.Length);
        return arena.EndString(start);
    }

    public static Value Upper(ValueArena arena, in Value text)
    {
        var start = arena.BeginString();
        var target = arena.Reserve(text.Length);
        var source = arena.Text(text);
        for (var i = 0; i < source.Length; i++)
        {
            target[i] = char.ToUpperInvariant(source[i]);
        }

        arena.Advance(source.Length);
        return arena.EndString(start);
    }

    /// <summary>Python's <c>str.capitalize</c>: the first character upper case, the rest lower case.</summary>
    public static Value Capitalize(ValueArena arena, in Value text)
    {
        var start = arena.BeginString();
        var target = arena.Reserve(text.Length);
        var source = arena.Text(text);
        for (var i = 0; i < source.Length; i++)
        {
            target[i] = i == 0 ? ToTitle(source[i]) : char.ToLowerInvariant(source[i]);
        }

        arena.Advance(source.Length);
        return arena.EndString(start);
    }

    /// <summary>
    /// Title case. Python's <c>str.title</c> (<paramref name="jinja"/> false) starts a word after any uncased character,
    /// so <c>"they're"</c> becomes <c>"They'Re"</c>; Jinja's <c>title</c> filter only after white space, <c>-</c>,
    /// <c>(</c>, <c>{</c>, <c>[</c> or <c>&lt;</c>, giving <c>"They're"</c>.
    /// </summary>
    public static Value Title(ValueArena arena, in Value text, bool jinja)
    {
        var start = arena.BeginString();
        var target = arena.Reserve(text.Length);
        var source = arena.Text(text);
        var wordStart = true;
        for (var i = 0; i < source.Length; i++)
        {
            var c = source[i];
            // Jinja upper-cases a word's first character; Python's str.title title-cases it (the two differ on ǅ).
            target[i] = wordStart ? (jinja ? char.ToUpperInvariant(c) : ToTitle(c)) : char.ToLowerInvariant(c);
            wordStart = jinja
                ? IsSpace(c) || c is '-' or '(' or '{' or '[' or '<'
                : !(char.IsUpper(c) || char.IsLower(c) || char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.TitlecaseLetter);
        }

        arena.Advance(source.Length);
        return arena.EndString(start);
    }

    /// <summary>
    /// Unicode title case, which Python's <c>capitalize</c> and <c>title</c> use for a word's first character: upper
    /// case except for the four Latin digraphs that have a title-case form (<c>ǆ</c> becomes <c>ǅ</c>, not <c>Ǆ</c>).
    /// </summary>
    public static char ToTitle(char c) => c switch
    {
        >= '\u01C4' and <= '\u01C6' => '\u01C5',
        >= '\u01C7' and <= '\u01C9' => '\u01C8',
        >= '\u01CA' and <= '\u01CC' => '\u01CB',
        >= '\u01F1' and <= '\u01F3' => '\u01F2',
        _ => char.ToUpperInvariant(c),
    };

    /// <summary>Python's <c>str.strip(chars)</c>: absent or None chars strip white space.</summary>
    public static Value Strip(ValueArena arena, in Value text, in Value chars, bool left, bool right)
    {
        var source = arena.Text(text);
        var set = chars.Kind == ValueKind.String ? arena.Text(chars) : default;
        var whitespace = chars.Kind != ValueKind.String;
        var from = 0;
        var to = source.Length;
        while (left && from < to && (whitespace ? IsSpace(source[from]) : set.IndexOf(source[from]) >= 0))
        {
            from++;
        }

        while (right && to > from && (whitespace ? IsSpace(source[to - 1]) : set.IndexOf(source[to - 1]) >= 0))
        {
            to--;
        }

        return ValueArena.Slice(text, from, to - from);
    }

    /// <summary>Python's <c>str.replace(old, new, count)</c>; a negative count replaces all, an empty old inserts between characters.</summary>
    public static Value Replace(ValueArena arena, in Value text, in Value old, in Value replacement, long count)
    {
        if (count < 0)
        {
            count = long.MaxValue;
        }

        var start = arena.BeginString();
        var position = 0;
        var replaced = 0L;
        if (old.Length == 0)
        {
            for (var i = 0; i <= text.Length; i++)
            {
                if (replaced < count)
                {
                    AppendSlice(arena, replacement, 0, replacement.Length);
                    replaced++;
                }

                if (i < text.Length)
                {
                    AppendSlice(arena, text, i, 1);
                }
            }

            return arena.EndString(start);
        }

        while (replaced < count)
        {
            var found = arena.Text(text)[position..].IndexOf(arena.Text(old), StringComparison.Ordinal);
            if (found < 0)
            {
                break;
            }

            AppendSlice(arena, text, position, found);
            AppendSlice(arena, replacement, 0, replacement.Length);
            position += found + old.Length;
            replaced++;
        }

        AppendSlice(arena, text, position, text.Length - position);
        return arena.EndString(start);
    }

    /// <summary>Appends part of a string value; reserves first, since the source may live in the arena that grows.</summary>
    public static void AppendSlice(ValueArena arena, in Value text, int from, int length)
    {
        var target = arena.Reserve(length);
        arena.Text(text).Slice(from, length).CopyTo(target);
        arena.Advance(length);
    }

    /// <summary>Python's <c>str.count(sub)</c>: non-overlapping occurrences; an empty sub counts the gaps, length + 1.</summary>
    public static long Count(ReadOnlySpan<char> text, ReadOnlySpan<char> sub)
    {
        if (sub.IsEmpty)
        {
            return text.Length + 1;
        }

        long count = 0;
        var position = 0;
        while (true)
        {
            var found = text[position..].IndexOf(sub, StringComparison.Ordinal);
            if (found < 0)
            {
                return count;
            }

            count++;
            position += found + sub.Length;
        }
    }

    /// <summary>Python's rule for "an integer argument": an int or a bool.</summary>
    public static bool IsInteger(in Value value) => value.Kind is ValueKind.Integer or ValueKind.True or ValueKind.False;
}
