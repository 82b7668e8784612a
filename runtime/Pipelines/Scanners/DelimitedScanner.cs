using System;

namespace EcsForge.Pipelines.Scanners;

/// <summary>
/// The platform's <c>dsv.parse-dsv</c>: one row of delimiter-separated values read as Python's <c>csv</c> module
/// reads it, its fields named by the step's columns, into a dict of text. One pass, linear time; fields are slices of
/// the input unless a quoted field holds a doubled quote.
/// </summary>
/// <remarks>
/// As <c>csv</c> does, a field is quoted only when a double quote is its first character (<c> "a"</c> keeps its
/// space and quotes: the catalogue's pipelines strip them); in a quoted field the delimiter is text and <c>""</c> is a
/// quote, and what follows the closing quote up to the delimiter is kept. Fields are not trimmed. The columns and the
/// fields are paired as Python's <c>zip</c> pairs them: extra fields are dropped, missing ones stay absent.
/// </remarks>
public static class DelimitedScanner
{
    /// <summary>The fields of <paramref name="input"/> under <paramref name="columns"/>; absent when the input is not text.</summary>
    public static Value Parse(ValueArena arena, in Value input, string[] columns, char delimiter)
    {
        if (!input.IsString)
        {
            return Value.Absent;
        }

        var text = arena.Text(input);
        var dict = arena.NewDict(columns.Length);
        var position = 0;
        for (var column = 0; column < columns.Length; column++)
        {
            if (position > text.Length)
            {
                break;
            }

            Value field;
            if (position < text.Length && text[position] == '"')
            {
                field = ReadQuoted(arena, input, text, delimiter, ref position);
            }
            else
            {
                var end = text[position..].IndexOf(delimiter);
                var length = end < 0 ? text.Length - position : end;
                field = ValueArena.Slice(input, position, length);
                position += length + 1;
            }

            arena.AddMember(dict, Value.FromConstant(columns[column]), field);
        }

        return dict;
    }

    /// <summary>Reads a quoted field from its opening quote through the delimiter after it.</summary>
    private static Value ReadQuoted(ValueArena arena, in Value input, ReadOnlySpan<char> text, char delimiter, ref int position)
    {
        var start = position + 1;
        var close = start;
        var doubled = false;
        while (true)
        {
            var found = close < text.Length ? text[close..].IndexOf('"') : -1;
            if (found < 0)
            {
                // No closing quote: csv takes the rest of the text.
                close = text.Length;
                break;
            }

            close += found;
            if (close + 1 < text.Length && text[close + 1] == '"')
            {
                doubled = true;
                close += 2;
                continue;
            }

            break;
        }

        var after = Math.Min(close + 1, text.Length);
        var end = text[after..].IndexOf(delimiter);
        var tail = end < 0 ? text.Length - after : end;
        position = after + tail + 1;
        if (!doubled && tail == 0)
        {
            return ValueArena.Slice(input, start, close - start);
        }

        var begin = arena.BeginString();
        for (var i = start; i < close; i++)
        {
            arena.Append(text[i]);
            if (text[i] == '"')
            {
                i++;
            }
        }

        arena.Append(text.Slice(after, tail));
        return arena.EndString(begin);
    }
}
