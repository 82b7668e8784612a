using System;
using System.Buffers;
using System.Globalization;

namespace EcsForge.Pipelines.Scanners;

/// <summary>
/// The platform's <c>xml.parse-xml</c>: an XML document into a dict as Python's <c>xmltodict</c> builds it, in one
/// pass with an explicit stack (no recursion, no XML library): <c>{root: {child: text, '@attribute': text}}</c>.
/// Names and plain text are slices of the input; text with entities or in several pieces is copied.
/// </summary>
/// <remarks>
/// As <c>xmltodict</c> does: an element with neither attributes nor children is its text, stripped, or
/// <c>None</c> when empty; otherwise a dict of <c>@</c>-prefixed attributes, children and <c>#text</c>; a repeated
/// child becomes a list; namespace prefixes stay in names. Declarations, comments, processing instructions and
/// doctypes are skipped; CDATA is text; the five named entities and character references are decoded. Text that is not
/// well formed (a mismatched or missing end tag, nothing but text) gives absent. Deeper than 512 levels gives absent.
/// A dict's keys are looked up from the last one added, so siblings repeating their tags stay linear; an element with
/// many distinct children costs their number squared, as any arena dict does.
/// </remarks>
public static class XmlScanner
{
    private const int MaxDepth = 512;

    private static readonly SearchValues<char> s_nameStops = SearchValues.Create(" \t\r\n/>=");

    private static readonly SearchValues<char> s_whitespace = SearchValues.Create(SeparatorSyntax.Whitespace);

    [ThreadStatic]
    private static Frame[]? t_stack;

    private struct Frame
    {
        public Value Name;
        public Value Dict;
        public Value Text;
    }

    /// <summary>The document in <paramref name="input"/> as a dict; absent when it is not text or not well formed.</summary>
    public static Value Parse(ValueArena arena, in Value input)
    {
        if (!input.IsString)
        {
            return Value.Absent;
        }

        var stack = t_stack ??= new Frame[16];
        var depth = 0;
        var result = Value.Absent;
        var text = arena.Text(input);
        var position = 0;
        while (position < text.Length)
        {
            var open = text[position..].IndexOf('<');
            var end = open < 0 ? text.Length : position + open;
            if (end > position)
            {
                if (depth > 0)
                {
                    AddText(arena, input, text, position, end, ref stack[depth - 1], decode: true);
                }
                else if (text[position..end].IndexOfAnyExcept(s_whitespace) >= 0)
                {
                    return Value.Absent;
                }
            }

            if (open < 0)
            {
                break;
            }

            position = end;
            var rest = text[position..];
            if (rest.StartsWith("<!--".AsSpan(), StringComparison.Ordinal))
            {
                if (!Skip(text, ref position, "-->"))
                {
                    return Value.Absent;
                }
            }
            else if (rest.StartsWith("<![CDATA[".AsSpan(), StringComparison.Ordinal))
            {
                var close = rest.IndexOf("]]>".AsSpan(), StringComparison.Ordinal);
                if (close < 0 || depth == 0)
                {
                    return Value.Absent;
                }

                AddText(arena, input, text, position + 9, position + close, ref stack[depth - 1], decode: false);
                position += close + 3;
            }
            else if (rest.StartsWith("<?".AsSpan(), StringComparison.Ordinal))
            {
                if (!Skip(text, ref position, "?>"))
                {
                    return Value.Absent;
                }
            }
            else if (rest.StartsWith("<!".AsSpan(), StringComparison.Ordinal))
            {
                if (!Skip(text, ref position, ">"))
                {
                    return Value.Absent;
                }
            }
            else if (rest.StartsWith("</".AsSpan(), StringComparison.Ordinal))
            {
                var close = rest.IndexOf('>');
                if (close < 0 || depth == 0 || !rest[2..close].Trim().SequenceEqual(arena.Text(stack[depth - 1].Name)))
                {
                    return Value.Absent;
                }

                position += close + 1;
                depth--;
                var value = Close(arena, ref stack[depth]);
                if (depth == 0)
                {
                    if (!result.IsAbsent)
                    {
                        return Value.Absent;
                    }

                    result = arena.NewDict(1);
                    arena.AddMember(result, stack[0].Name, value);
                }
                else
                {
                    AddChild(arena, ref stack[depth - 1], stack[depth].Name, value);
                }
            }
            else
            {
                if (depth == MaxDepth || (depth == 0 && !result.IsAbsent))
                {
                    return Value.Absent;
                }

                if (depth == stack.Length)
                {
                    Array.Resize(ref stack, stack.Length * 2);
                    t_stack = stack;
                }

                if (!TryOpen(arena, input, text, ref position, ref stack[depth], out var selfClosing))
                {
                    return Value.Absent;
                }

                if (selfClosing)
                {
                    var value = Close(arena, ref stack[depth]);
                    if (depth == 0)
                    {
                        result = arena.NewDict(1);
                        arena.AddMember(result, stack[0].Name, value);
                    }
                    else
                    {
                        AddChild(arena, ref stack[depth - 1], stack[depth].Name, value);
                    }
                }
                else
                {
                    depth++;
                }
            }
        }

        return depth == 0 ? result : Value.Absent;
    }

    private static bool Skip(ReadOnlySpan<char> text, ref int position, string terminator)
    {
        var found = text[position..].IndexOf(terminator.AsSpan(), StringComparison.Ordinal);
        if (found < 0)
        {
            return false;
        }

        position += found + terminator.Length;
        return true;
    }

    /// <summary>Reads a start tag and its attributes into <paramref name="frame"/>; false when it is malformed.</summary>
    private static bool TryOpen(ValueArena arena, in Value input, ReadOnlySpan<char> text, ref int position, ref Frame frame, out bool selfClosing)
    {
        selfClosing = false;
        var nameStart = position + 1;
        var nameLength = nameStart < text.Length ? text[nameStart..].IndexOfAny(s_nameStops) : -1;
        if (nameLength <= 0)
        {
            return false;
        }

        frame = new Frame { Name = ValueArena.Slice(input, nameStart, nameLength), Dict = Value.Absent, Text = Value.Absent };
        position = nameStart + nameLength;
        while (true)
        {
            var gap = position < text.Length ? text[position..].IndexOfAnyExcept(s_whitespace) : -1;
            if (gap < 0)
            {
                return false;
            }

            position += gap;
            if (text[position] == '>')
            {
                position++;
                return true;
            }

            if (text[position] == '/')
            {
                if (position + 1 >= text.Length || text[position + 1] != '>')
                {
                    return false;
                }

                position += 2;
                selfClosing = true;
                return true;
            }

            // An attribute: name = "value" or 'value'.
            var attributeLength = text[position..].IndexOfAny(s_nameStops);
            if (attributeLength <= 0)
            {
                return false;
            }

            var attributeStart = position;
            position += attributeLength;
            var equals = text[position..].IndexOfAnyExcept(s_whitespace);
            if (equals < 0 || text[position + equals] != '=')
            {
                return false;
            }

            position += equals + 1;
            var quote = text[position..].IndexOfAnyExcept(s_whitespace);
            if (quote < 0 || text[position + quote] is not ('"' or '\''))
            {
                return false;
            }

            position += quote;
            var close = text[(position + 1)..].IndexOf(text[position]);
            if (close < 0)
            {
                return false;
            }

            var begin = arena.BeginString();
            arena.Append('@');
            arena.Append(text.Slice(attributeStart, attributeLength));
            var key = arena.EndString(begin);
            var value = Decode(arena, input, text, position + 1, position + 1 + close);
            position += close + 2;
            if (frame.Dict.IsAbsent)
            {
                frame.Dict = arena.NewDict();
            }

            arena.SetMember(frame.Dict, key, value);
        }
    }

    private static void AddText(ValueArena arena, in Value input, ReadOnlySpan<char> text, int start, int end, ref Frame frame, bool decode)
    {
        if (text[start..end].IndexOfAnyExcept(s_whitespace) < 0)
        {
            // White space between elements (indentation): stripped by xmltodict.
            return;
        }

        var piece = decode ? Decode(arena, input, text, start, end) : ValueArena.Slice(input, start, end - start);
        if (frame.Text.IsAbsent)
        {
            frame.Text = piece;
            return;
        }

        var begin = arena.BeginString();
        arena.Append(arena.Text(frame.Text));
        arena.Append(arena.Text(piece));
        frame.Text = arena.EndString(begin);
    }

    /// <summary>The element's value once its end tag is read.</summary>
    private static Value Close(ValueArena arena, ref Frame frame)
    {
        var text = Value.Absent;
        if (!frame.Text.IsAbsent)
        {
            var chars = arena.Text(frame.Text);
            var length = KeyValueScanner.Trim(chars, 0, chars.Length, out var start);
            text = length > 0 ? ValueArena.Slice(frame.Text, start, length) : Value.Absent;
        }

        if (frame.Dict.IsAbsent)
        {
            return text.IsAbsent ? Value.None : text;
        }

        if (!text.IsAbsent)
        {
            arena.SetMember(frame.Dict, Value.FromConstant("#text"), text);
        }

        return frame.Dict;
    }

    /// <summary>Adds a child's value under its name; a repeated name becomes a list, as xmltodict does.</summary>
    private static void AddChild(ValueArena arena, ref Frame parent, in Value name, in Value value)
    {
        if (parent.Dict.IsAbsent)
        {
            parent.Dict = arena.NewDict();
        }

        var index = arena.IndexOfKey(parent.Dict, arena.Text(name));
        if (index < 0)
        {
            arena.AddMember(parent.Dict, name, value);
            return;
        }

        var existing = arena.Item(parent.Dict, index);
        if (existing.Kind == ValueKind.List)
        {
            arena.Append(existing, value);
            return;
        }

        var list = arena.NewList();
        arena.Append(list, existing);
        arena.Append(list, value);
        arena.SetMember(parent.Dict, name, list);
    }

    /// <summary><c>text[start..end]</c> with XML's entities decoded; a slice when it has none.</summary>
    private static Value Decode(ValueArena arena, in Value input, ReadOnlySpan<char> text, int start, int end)
    {
        var span = text[start..end];
        if (span.IndexOf('&') < 0)
        {
            return ValueArena.Slice(input, start, end - start);
        }

        var begin = arena.BeginString();
        for (var i = 0; i < span.Length; i++)
        {
            var semicolon = span[i] == '&' ? span[i..].IndexOf(';') : -1;
            if (semicolon > 1 && semicolon <= 10 && Entity(span.Slice(i + 1, semicolon - 1)) is >= 0 and var code)
            {
                var rune = new System.Text.Rune(code);
                arena.Advance(rune.EncodeToUtf16(arena.Reserve(2)));
                i += semicolon;
            }
            else
            {
                arena.Append(span[i]);
            }
        }

        return arena.EndString(begin);
    }

    /// <summary>The code point an entity's name stands for; -1 when it is none XML defines.</summary>
    private static int Entity(ReadOnlySpan<char> name)
    {
        switch (name)
        {
            case "lt":
                return '<';
            case "gt":
                return '>';
            case "amp":
                return '&';
            case "quot":
                return '"';
            case "apos":
                return '\'';
        }

        if (name.Length > 1 && name[0] == '#')
        {
            var hex = name[1] is 'x' or 'X';
            var digits = hex ? name[2..] : name[1..];
            if (int.TryParse(digits, hex ? NumberStyles.AllowHexSpecifier : NumberStyles.None, CultureInfo.InvariantCulture, out var code)
                && code is > 0 and <= 0x10FFFF and not (>= 0xD800 and <= 0xDFFF))
            {
                return code;
            }
        }

        return -1;
    }
}
