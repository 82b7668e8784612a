using System;

namespace EcsForge.Pipelines;

public static partial class Ops
{
    /// <summary>
    /// Jinja's <c>value.name</c>: a dict's member; undefined for a missing member or on any other value; an error on
    /// an undefined value, as Jinja's strict undefined raises.
    /// </summary>
    public static Value Attribute(ValueArena arena, in Value value, string name) => value.Kind switch
    {
        // Jinja looks up Python attributes before keys: d.items is the dict's method, which no pipeline can use as a value.
        ValueKind.Dict when IsDictMethod(name) => Value.Error,
        ValueKind.Dict => arena.Member(value, name.AsSpan()),
        ValueKind.Absent or ValueKind.Error => Value.Error,
        _ => Value.Absent,
    };

    private static bool IsDictMethod(string name)
        => name is "items" or "keys" or "values" or "get" or "pop" or "popitem" or "update" or "copy" or "clear" or "setdefault" or "fromkeys";

    /// <summary>Jinja's <c>value[key]</c>: a dict's member, a list item or a character, negative indices from the end; undefined when out of range.</summary>
    public static Value Item(ValueArena arena, in Value value, in Value key)
    {
        if (key.IsError)
        {
            return key;
        }

        switch (value.Kind)
        {
            case ValueKind.Dict:
                return key.Kind == ValueKind.String ? arena.Member(value, arena.Text(key)) : Value.Absent;
            case ValueKind.List:
                return TryIndex(key, arena.Count(value), out var index) ? arena.Item(value, index) : Value.Absent;
            case ValueKind.String:
                return TryIndex(key, value.Length, out var position) ? ValueArena.Slice(value, position, 1) : Value.Absent;
            case ValueKind.Absent:
            case ValueKind.Error:
                return Value.Error;
            default:
                return Value.Absent;
        }
    }

    /// <summary>Python's <c>value[start:stop:step]</c> on a string or a list; absent bounds are the ends.</summary>
    public static Value Slice(ValueArena arena, in Value value, in Value start, in Value stop, in Value step)
    {
        if (value.Kind is ValueKind.Absent or ValueKind.Error)
        {
            return Value.Error;
        }

        if (value.Kind is not (ValueKind.String or ValueKind.List) || !IsBound(start) || !IsBound(stop) || !IsBound(step))
        {
            return value.Kind is ValueKind.String or ValueKind.List ? Value.Error : Value.Absent;
        }

        var length = value.Kind == ValueKind.String ? value.Length : arena.Count(value);
        var stride = step.Kind == ValueKind.Absent || step.Kind == ValueKind.None ? 1 : IntegerOf(step);
        if (stride == 0)
        {
            return Value.Error;
        }

        var (from, to) = SliceBounds(start, stop, stride, length);
        if (stride == 1)
        {
            var count = Math.Max(0, to - from);
            if (value.Kind == ValueKind.String)
            {
                return ValueArena.Slice(value, from, count);
            }

            var list = arena.NewList(count);
            for (var i = from; i < to; i++)
            {
                arena.Append(list, arena.Item(value, i));
            }

            return list;
        }

        if (value.Kind == ValueKind.String)
        {
            var begin = arena.BeginString();
            for (var i = (long)from; stride > 0 ? i < to : i > to; i += stride)
            {
                arena.Append(arena.Text(value)[(int)i]);
            }

            return arena.EndString(begin);
        }

        var items = arena.NewList();
        for (var i = (long)from; stride > 0 ? i < to : i > to; i += stride)
        {
            arena.Append(items, arena.Item(value, (int)i));
        }

        return items;
    }

    private static bool IsBound(in Value bound) => bound.Kind is ValueKind.Absent or ValueKind.None or ValueKind.Integer or ValueKind.True or ValueKind.False;

    private static (int From, int To) SliceBounds(in Value start, in Value stop, long step, int length)
    {
        long Clamp(in Value bound, long missing, long low, long high)
        {
            if (bound.Kind is ValueKind.Absent or ValueKind.None)
            {
                return missing;
            }

            var index = IntegerOf(bound);
            if (index < 0)
            {
                index += length;
            }

            return Math.Min(Math.Max(index, low), high);
        }

        return step > 0
            ? ((int)Clamp(start, 0, 0, length), (int)Clamp(stop, length, 0, length))
            : ((int)Clamp(start, length - 1, -1, length - 1), (int)Clamp(stop, -1, -1, length - 1));
    }

    private static bool TryIndex(in Value key, int length, out int index)
    {
        index = 0;
        if (key.Kind is not (ValueKind.Integer or ValueKind.True or ValueKind.False))
        {
            return false;
        }

        var position = IntegerOf(key);
        if (position < 0)
        {
            position += length;
        }

        if (position < 0 || position >= length)
        {
            return false;
        }

        index = (int)position;
        return true;
    }
}
