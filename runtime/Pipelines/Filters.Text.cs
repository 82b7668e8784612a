using System;
using System.Globalization;

namespace EcsForge.Pipelines;

/// <summary>
/// The filters of the pipeline language (<c>x | name(args)</c>), one method per entry of <see cref="Builtins.Filters"/>,
/// with Jinja's semantics: text filters take <c>str()</c> of their input, undefined reads as <c>""</c>, what raises in
/// Jinja returns <see cref="Value.Error"/>, and an error argument is returned as is.
/// </summary>
public static partial class Filters
{
    public static Value Lower(ValueArena arena, Value value) => AsText(arena, value) is var text && text.IsError ? text : PythonText.Lower(arena, text);

    public static Value Upper(ValueArena arena, Value value) => AsText(arena, value) is var text && text.IsError ? text : PythonText.Upper(arena, text);

    public static Value Capitalize(ValueArena arena, Value value) => AsText(arena, value) is var text && text.IsError ? text : PythonText.Capitalize(arena, text);

    /// <summary>Jinja's <c>title</c>: words start after white space or <c>-([{&lt;</c>, so apostrophes stay inside words.</summary>
    public static Value Title(ValueArena arena, Value value) => AsText(arena, value) is var text && text.IsError ? text : PythonText.Title(arena, text, jinja: true);

    /// <summary>Jinja's <c>e</c>/<c>escape</c>: the text with <c>&amp; &lt; &gt; " '</c> as HTML entities (Office 365's hand-built JSON).</summary>
    public static Value Escape(ValueArena arena, Value value)
    {
        var text = AsText(arena, value);
        if (text.IsError || arena.Text(text).IndexOfAny("&<>\"'") < 0)
        {
            return text;
        }

        var start = arena.BeginString();
        for (var i = 0; i < text.Length; i++)
        {
            var c = arena.Text(text)[i];
            var entity = c switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&#34;",
                '\'' => "&#39;",
                _ => null,
            };
            if (entity is null)
            {
                arena.Append(c);
            }
            else
            {
                arena.Append(entity.AsSpan());
            }
        }

        return arena.EndString(start);
    }

    /// <summary>
    /// Jinja's <c>format</c>: Python's <c>%</c> formatting of the value with up to four arguments (<c>%s %d %i %x %X
    /// %o %f %%</c>; Windows writes <c>'%d' | format(keywords | int)</c>). A directive without argument or of another
    /// type raises.
    /// </summary>
    public static Value Format(ValueArena arena, Value value, Value arg1, Value arg2, Value arg3, Value arg4)
    {
        if (!value.IsString || arg1.IsError || arg2.IsError || arg3.IsError || arg4.IsError)
        {
            return value.IsError ? value : Value.Error;
        }

        var next = 0;
        var start = arena.BeginString();
        for (var i = 0; i < value.Length; i++)
        {
            var c = arena.Text(value)[i];
            if (c != '%' || i + 1 >= value.Length)
            {
                arena.Append(c);
                continue;
            }

            var directive = arena.Text(value)[++i];
            if (directive == '%')
            {
                arena.Append('%');
                continue;
            }

            var argument = next++ switch
            {
                0 => arg1,
                1 => arg2,
                2 => arg3,
                _ => arg4,
            };
            if (argument.IsAbsent || !AppendDirective(arena, directive, argument))
            {
                return Value.Error;
            }
        }

        return arena.EndString(start);
    }

    private static bool AppendDirective(ValueArena arena, char directive, in Value argument)
    {
        switch (directive)
        {
            case 's':
                Ops.AppendText(arena, argument);
                return true;
            case 'd' or 'i' when Ops.IsNumeric(argument):
                Ops.AppendText(arena, Value.FromInteger(argument.Kind == ValueKind.Float ? (long)Math.Truncate(argument.Float) : Ops.IntegerOf(argument)));
                return true;
            case 'x' or 'X' or 'o' when argument.Kind is ValueKind.Integer or ValueKind.True or ValueKind.False:
                var number = Ops.IntegerOf(argument);
                var text = directive == 'o' ? Convert.ToString(number, 8) : number.ToString(directive == 'x' ? "x" : "X", CultureInfo.InvariantCulture);
                arena.Append(text.AsSpan());
                return true;
            case 'f' when Ops.IsNumeric(argument):
                arena.Append(Ops.NumberOf(argument).ToString("F6", CultureInfo.InvariantCulture).AsSpan());
                return true;
            default:
                return false;
        }
    }

    /// <summary>Jinja's <c>string</c>: Python's <c>str()</c>; undefined is <c>""</c>.</summary>
    public static Value String(ValueArena arena, Value value) => Ops.Str(arena, value);

    /// <summary>Jinja's <c>trim(chars)</c>: <c>str(value).strip(chars)</c>.</summary>
    public static Value Trim(ValueArena arena, Value value, Value chars)
    {
        if (chars.IsError)
        {
            return chars;
        }

        var text = AsText(arena, value);
        if (text.IsError)
        {
            return text;
        }

        if (chars.Kind is not (ValueKind.Absent or ValueKind.None or ValueKind.String))
        {
            return Value.Error;
        }

        return PythonText.Strip(arena, text, chars, left: true, right: true);
    }

    /// <summary>Jinja's <c>replace(old, new, count)</c>: on <c>str()</c> of each; absent or None count replaces all.</summary>
    public static Value Replace(ValueArena arena, Value value, Value old, Value @new, Value count)
    {
        if (FirstError(old, @new, count) is { IsError: true } error)
        {
            return error;
        }

        var text = AsText(arena, value);
        if (text.IsError)
        {
            return text;
        }

        if (count.Kind is not (ValueKind.Absent or ValueKind.None) && !PythonText.IsInteger(count))
        {
            return Value.Error;
        }

        var times = count.Kind is ValueKind.Absent or ValueKind.None ? -1 : Ops.IntegerOf(count);
        return PythonText.Replace(arena, text, Ops.Str(arena, old), Ops.Str(arena, @new), times);
    }

    /// <summary>Jinja's <c>length</c> (and <c>count</c>): characters, items or keys; undefined is 0; anything else raises.</summary>
    public static Value Length(ValueArena arena, Value value) => value.Kind switch
    {
        ValueKind.String => Value.FromInteger(value.Length),
        ValueKind.List or ValueKind.Dict => Value.FromInteger(arena.Count(value)),
        ValueKind.Absent => Value.FromInteger(0),
        ValueKind.Error => value,
        _ => Value.Error,
    };

    /// <summary>Jinja's <c>first</c>: the first character, item or key; undefined when empty.</summary>
    public static Value First(ValueArena arena, Value value) => value.Kind switch
    {
        ValueKind.String => value.Length == 0 ? Value.Absent : ValueArena.Slice(value, 0, 1),
        ValueKind.List => arena.Count(value) == 0 ? Value.Absent : arena.Item(value, 0),
        ValueKind.Dict => arena.Count(value) == 0 ? Value.Absent : arena.Key(value, 0),
        ValueKind.Absent => Value.Absent,
        ValueKind.Error => value,
        _ => Value.Error,
    };

    /// <summary>Jinja's <c>last</c>: the last character, item or key; undefined when empty.</summary>
    public static Value Last(ValueArena arena, Value value) => value.Kind switch
    {
        ValueKind.String => value.Length == 0 ? Value.Absent : ValueArena.Slice(value, value.Length - 1, 1),
        ValueKind.List => arena.Count(value) == 0 ? Value.Absent : arena.Item(value, arena.Count(value) - 1),
        ValueKind.Dict => arena.Count(value) == 0 ? Value.Absent : arena.Key(value, arena.Count(value) - 1),
        ValueKind.Absent => Value.Absent,
        ValueKind.Error => value,
        _ => Value.Error,
    };

    /// <summary>
    /// Jinja's <c>default(default_value='', boolean=False)</c>: the default when the value is undefined, or, with
    /// <c>boolean</c>, when it is falsy. None is a value: <c>none | default('x')</c> is None.
    /// </summary>
    public static Value Default(ValueArena arena, Value value, Value default_value, Value boolean)
    {
        if (FirstError(value, default_value, boolean) is { IsError: true } error)
        {
            return error;
        }

        var fallback = default_value.IsAbsent ? Value.FromConstant(string.Empty) : default_value;
        if (value.IsAbsent)
        {
            return fallback;
        }

        return Ops.Truthy(arena, boolean) && !Ops.Truthy(arena, value) ? fallback : value;
    }

    /// <summary>Jinja's <c>join(d='', attribute=None)</c>: <c>str</c> of each item (of each item's attribute) joined by <c>d</c>.</summary>
    public static Value Join(ValueArena arena, Value value, Value d, Value attribute)
    {
        if (FirstError(value, d, attribute) is { IsError: true } error)
        {
            return error;
        }

        if (!IsIterable(value))
        {
            return Value.Error;
        }

        var separator = d.IsAbsent ? Value.FromConstant(string.Empty) : Ops.Str(arena, d);
        var count = IterableCount(arena, value);
        var start = arena.BeginString();
        for (var i = 0; i < count; i++)
        {
            var item = IterableItem(arena, value, i);
            if (!attribute.IsAbsent && attribute.Kind != ValueKind.None)
            {
                item = GetAttribute(arena, item, attribute, Value.Absent);
                if (item.IsError)
                {
                    arena.EndString(start);
                    return item;
                }
            }

            if (i > 0)
            {
                PythonText.AppendSlice(arena, separator, 0, separator.Length);
            }

            Ops.AppendText(arena, item);
        }

        return arena.EndString(start);
    }

    /// <summary><c>str(value)</c> for the text filters; an error stays one.</summary>
    private static Value AsText(ValueArena arena, in Value value) => Ops.Str(arena, value);

    private static Value FirstError(in Value a, in Value b) => a.IsError ? a : b;

    private static Value FirstError(in Value a, in Value b, in Value c) => a.IsError ? a : b.IsError ? b : c;
}
