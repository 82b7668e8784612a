using System;
using System.Globalization;

namespace EcsForge.Pipelines;

public static partial class Ops
{
    /// <summary>Python's <c>str(value)</c>; undefined is <c>""</c> as Jinja renders it.</summary>
    public static Value Str(ValueArena arena, in Value value)
    {
        if (value.Kind is ValueKind.String or ValueKind.Error)
        {
            return value;
        }

        var start = arena.BeginString();
        AppendText(arena, value);
        return arena.EndString(start);
    }

    /// <summary>Jinja's <c>left ~ right</c>: both as text.</summary>
    public static Value Concat(ValueArena arena, in Value left, in Value right)
    {
        if (left.IsError)
        {
            return left;
        }

        if (right.IsError)
        {
            return right;
        }

        var start = arena.BeginString();
        AppendText(arena, left);
        AppendText(arena, right);
        return arena.EndString(start);
    }

    /// <summary>Appends <c>str(value)</c> to the string being built in the arena.</summary>
    public static void AppendText(ValueArena arena, in Value value)
    {
        switch (value.Kind)
        {
            case ValueKind.String:
                AppendCopy(arena, value);
                break;
            case ValueKind.Absent:
                break;
            default:
                AppendRepresentation(arena, value, quoteStrings: false);
                break;
        }
    }

    /// <summary>Python's <c>repr</c> for items inside containers (<c>['a', 1]</c>), <c>str</c> at the top.</summary>
    private static void AppendRepresentation(ValueArena arena, in Value value, bool quoteStrings)
    {
        switch (value.Kind)
        {
            case ValueKind.String when quoteStrings:
                AppendQuoted(arena, value);
                break;
            case ValueKind.String:
                AppendCopy(arena, value);
                break;
            case ValueKind.None:
                arena.Append("None".AsSpan());
                break;
            case ValueKind.True:
                arena.Append("True".AsSpan());
                break;
            case ValueKind.False:
                arena.Append("False".AsSpan());
                break;
            case ValueKind.Integer:
                var digits = arena.Reserve(20);
                value.Integer.TryFormat(digits, out var written, default, CultureInfo.InvariantCulture);
                arena.Advance(written);
                break;
            case ValueKind.Float:
                PythonFloat.Append(arena, value.Float);
                break;
            case ValueKind.List:
                arena.Append('[');
                for (var i = 0; i < arena.Count(value); i++)
                {
                    if (i > 0)
                    {
                        arena.Append(", ".AsSpan());
                    }

                    AppendRepresentation(arena, arena.Item(value, i), quoteStrings: true);
                }

                arena.Append(']');
                break;
            case ValueKind.Dict:
                arena.Append('{');
                for (var i = 0; i < arena.Count(value); i++)
                {
                    if (i > 0)
                    {
                        arena.Append(", ".AsSpan());
                    }

                    AppendRepresentation(arena, arena.Key(value, i), quoteStrings: true);
                    arena.Append(": ".AsSpan());
                    AppendRepresentation(arena, arena.Item(value, i), quoteStrings: true);
                }

                arena.Append('}');
                break;
        }
    }

    /// <summary>Copies a string value's characters; the source may live in the arena, which may grow while copying.</summary>
    private static void AppendCopy(ValueArena arena, in Value value)
    {
        var target = arena.Reserve(value.Length);
        arena.Text(value).CopyTo(target);
        arena.Advance(value.Length);
    }

    /// <summary>Python's string repr: single quotes unless the text holds one and no double quote.</summary>
    private static void AppendQuoted(ValueArena arena, in Value value)
    {
        arena.Reserve(value.Length + 2);
        var text = arena.Text(value);
        var quote = text.IndexOf('\'') >= 0 && text.IndexOf('"') < 0 ? '"' : '\'';
        arena.Append(quote);
        for (var i = 0; i < value.Length; i++)
        {
            var c = arena.Text(value)[i];
            switch (c)
            {
                case '\\':
                    arena.Append("\\\\".AsSpan());
                    break;
                case '\n':
                    arena.Append("\\n".AsSpan());
                    break;
                case '\r':
                    arena.Append("\\r".AsSpan());
                    break;
                case '\t':
                    arena.Append("\\t".AsSpan());
                    break;
                default:
                    if (c == quote)
                    {
                        arena.Append('\\');
                    }

                    var at = i;
                    if (c != ' ' && !IsPrintable(arena.Text(value), ref i, out var codePoint))
                    {
                        AppendEscape(arena, codePoint);
                        break;
                    }

                    // One character, or both halves of a printable surrogate pair.
                    for (var k = at; k <= i; k++)
                    {
                        arena.Append(arena.Text(value)[k]);
                    }

                    break;
            }
        }

        arena.Append(quote);
    }

    /// <summary>
    /// Python's <c>str.isprintable</c> for the code point at <paramref name="index"/> (a surrogate pair is one, and
    /// <paramref name="index"/> then moves to its low half): not a control, format, surrogate, private-use,
    /// unassigned or separator character. Python's repr escapes the others.
    /// </summary>
    private static bool IsPrintable(ReadOnlySpan<char> text, ref int index, out int codePoint)
    {
        codePoint = text[index];
        if (char.IsHighSurrogate(text[index]) && index + 1 < text.Length && char.IsLowSurrogate(text[index + 1]))
        {
            codePoint = char.ConvertToUtf32(text[index], text[index + 1]);
            index++;
        }

        var category = CharUnicodeInfo.GetUnicodeCategory(codePoint);
        return category is not (UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.Surrogate
            or UnicodeCategory.PrivateUse or UnicodeCategory.OtherNotAssigned or UnicodeCategory.LineSeparator
            or UnicodeCategory.ParagraphSeparator or UnicodeCategory.SpaceSeparator);
    }

    /// <summary>Python's repr escape: <c>\xNN</c>, <c>\uNNNN</c> or <c>\UNNNNNNNN</c>.</summary>
    private static void AppendEscape(ValueArena arena, int codePoint)
    {
        var (prefix, digits) = codePoint < 0x100 ? ('x', 2) : codePoint < 0x10000 ? ('u', 4) : ('U', 8);
        arena.Append('\\');
        arena.Append(prefix);
        var target = arena.Reserve(digits);
        codePoint.TryFormat(target, out _, digits == 2 ? "x2" : digits == 4 ? "x4" : "x8", CultureInfo.InvariantCulture);
        arena.Advance(digits);
    }
}
