using System;

namespace EcsForge.Pipelines;

public static partial class Filters
{
    /// <summary>
    /// Jinja's <c>tojson</c>: <c>json.dumps(value, sort_keys=True)</c> (separators <c>", "</c> and <c>": "</c>, non-ASCII
    /// as <c>\uXXXX</c>) with <c>&lt; &gt; &amp; '</c> escaped as Jinja's HTML-safe dump does. Undefined raises.
    /// </summary>
    public static Value ToJson(ValueArena arena, Value value)
    {
        if (value.IsError)
        {
            return value;
        }

        var start = arena.BeginString();
        return AppendJson(arena, value, depth: 0) ? arena.EndString(start) : Value.Error;
    }

    /// <summary>
    /// Parses JSON text (<c>json.loads</c>); what cannot be parsed, or is no text, gives None (Office 365:
    /// <c>"Bind" | from_json == None</c> holds; Azure AD: a null oldValue gives None).
    /// </summary>
    public static Value FromJson(ValueArena arena, Value value)
    {
        if (value.IsError)
        {
            return value;
        }

        if (value.Kind != ValueKind.String)
        {
            return Value.None;
        }

        var parsed = arena.ParseJson(value);
        return parsed.IsAbsent ? Value.None : parsed;
    }

    private static bool AppendJson(ValueArena arena, in Value value, int depth)
    {
        if (depth > 512)
        {
            return false;
        }

        switch (value.Kind)
        {
            case ValueKind.None:
                arena.Append("null".AsSpan());
                return true;
            case ValueKind.True:
                arena.Append("true".AsSpan());
                return true;
            case ValueKind.False:
                arena.Append("false".AsSpan());
                return true;
            case ValueKind.Integer:
                Ops.AppendText(arena, value);
                return true;
            case ValueKind.Float:
                var number = value.Float;
                if (double.IsNaN(number))
                {
                    arena.Append("NaN".AsSpan());
                }
                else if (double.IsInfinity(number))
                {
                    arena.Append(number > 0 ? "Infinity".AsSpan() : "-Infinity".AsSpan());
                }
                else
                {
                    PythonFloat.Append(arena, number);
                }

                return true;
            case ValueKind.String:
                AppendJsonString(arena, value);
                return true;
            case ValueKind.List:
                arena.Append('[');
                for (var i = 0; i < arena.Count(value); i++)
                {
                    if (i > 0)
                    {
                        arena.Append(", ".AsSpan());
                    }

                    if (!AppendJson(arena, arena.Item(value, i), depth + 1))
                    {
                        return false;
                    }
                }

                arena.Append(']');
                return true;
            case ValueKind.Dict:
                return AppendJsonObject(arena, value, depth);
            default:
                return false;
        }
    }

    /// <summary>An object with its keys in Python's sorted order (code points), each key once (the last value wins).</summary>
    private static bool AppendJsonObject(ValueArena arena, in Value dict, int depth)
    {
        arena.Append('{');
        var count = arena.Count(dict);
        var written = 0;
        var previous = -1;
        while (true)
        {
            // Selection by key order: the smallest key greater than the previous one, O(n²) on small dicts, no allocation.
            var next = -1;
            for (var i = 0; i < count; i++)
            {
                var key = arena.Text(arena.Key(dict, i));
                if (arena.IndexOfKey(dict, key) != i)
                {
                    continue; // an earlier duplicate: the member lookup sees the last one
                }

                if ((previous < 0 || key.SequenceCompareTo(arena.Text(arena.Key(dict, previous))) > 0)
                    && (next < 0 || key.SequenceCompareTo(arena.Text(arena.Key(dict, next))) < 0))
                {
                    next = i;
                }
            }

            if (next < 0)
            {
                break;
            }

            if (written++ > 0)
            {
                arena.Append(", ".AsSpan());
            }

            AppendJsonString(arena, arena.Key(dict, next));
            arena.Append(": ".AsSpan());
            if (!AppendJson(arena, arena.Item(dict, next), depth + 1))
            {
                return false;
            }

            previous = next;
        }

        arena.Append('}');
        return true;
    }

    private static void AppendJsonString(ValueArena arena, in Value text)
    {
        arena.Append('"');
        for (var i = 0; i < text.Length; i++)
        {
            var c = arena.Text(text)[i];
            switch (c)
            {
                case '"':
                    arena.Append("\\\"".AsSpan());
                    break;
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
                case '\b':
                    arena.Append("\\b".AsSpan());
                    break;
                case '\f':
                    arena.Append("\\f".AsSpan());
                    break;
                default:
                    if (c < ' ' || c > '\x7f' || c is '<' or '>' or '&' or '\'')
                    {
                        var hex = arena.Reserve(6);
                        hex[0] = '\\';
                        hex[1] = 'u';
                        ((int)c).TryFormat(hex[2..], out _, "x4", System.Globalization.CultureInfo.InvariantCulture);
                        arena.Advance(6);
                    }
                    else
                    {
                        arena.Append(c);
                    }

                    break;
            }
        }

        arena.Append('"');
    }
}
