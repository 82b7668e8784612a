using System;

namespace EcsForge.Pipelines;

public static partial class Filters
{
    /// <summary>Jinja's <c>list</c>: a string's characters, a dict's keys, a copy of a list; undefined is <c>[]</c>.</summary>
    public static Value List(ValueArena arena, Value value)
    {
        if (value.IsError)
        {
            return value;
        }

        if (!IsIterable(value))
        {
            return Value.Error;
        }

        var count = IterableCount(arena, value);
        var list = arena.NewList(count);
        for (var i = 0; i < count; i++)
        {
            arena.Append(list, IterableItem(arena, value, i));
        }

        return list;
    }

    /// <summary>Jinja's <c>unique</c>: first occurrences in order, strings compared case-insensitively (its default).</summary>
    public static Value Unique(ValueArena arena, Value value)
    {
        if (value.IsError)
        {
            return value;
        }

        if (!IsIterable(value))
        {
            return Value.Error;
        }

        var count = IterableCount(arena, value);
        var list = arena.NewList(count);
        for (var i = 0; i < count; i++)
        {
            var item = IterableItem(arena, value, i);
            var seen = false;
            for (var j = 0; j < arena.Count(list) && !seen; j++)
            {
                seen = SameIgnoringCase(arena, arena.Item(list, j), item);
            }

            if (!seen)
            {
                arena.Append(list, item);
            }
        }

        return list;
    }

    /// <summary>
    /// Jinja's <c>sort(reverse=False, case_sensitive=False, attribute=None)</c>: a new list, stable as Python's sort,
    /// strings compared case-insensitively by default; items that Python cannot order raise.
    /// </summary>
    public static Value Sort(ValueArena arena, Value value, Value reverse, Value case_sensitive, Value attribute)
    {
        if (FirstError(value, reverse, case_sensitive) is { IsError: true } error)
        {
            return error;
        }

        if (attribute.IsError)
        {
            return attribute;
        }

        var list = List(arena, value);
        if (list.IsError)
        {
            return list;
        }

        var descending = Ops.Truthy(arena, reverse);
        var sensitive = Ops.Truthy(arena, case_sensitive);
        var count = arena.Count(list);
        var keys = arena.NewList(count);
        for (var i = 0; i < count; i++)
        {
            var key = SortKey(arena, arena.Item(list, i), attribute, sensitive);
            if (key.IsError)
            {
                return key;
            }

            arena.Append(keys, key);
        }

        // A stable insertion sort of positions (Python's sort is stable, reverse included); lists here are short.
        var rented = count > 256 ? System.Buffers.ArrayPool<int>.Shared.Rent(count) : null;
        var order = rented is null ? stackalloc int[count] : rented.AsSpan(0, count);
        try
        {
            for (var i = 0; i < count; i++)
            {
                var position = i;
                while (position > 0)
                {
                    var comparison = Ops.Order(arena, arena.Item(keys, order[position - 1]), arena.Item(keys, i));
                    if (comparison is null)
                    {
                        return Value.Error;
                    }

                    if (descending ? comparison >= 0 : comparison <= 0)
                    {
                        break;
                    }

                    order[position] = order[position - 1];
                    position--;
                }

                order[position] = i;
            }

            var sorted = arena.NewList(count);
            for (var i = 0; i < count; i++)
            {
                arena.Append(sorted, arena.Item(list, order[i]));
            }

            return sorted;
        }
        finally
        {
            if (rented is not null)
            {
                System.Buffers.ArrayPool<int>.Shared.Return(rented);
            }
        }
    }

    /// <summary>Jinja's <c>min</c>: the smallest item (strings case-insensitively); undefined when empty.</summary>
    public static Value Min(ValueArena arena, Value value) => Extreme(arena, value, smallest: true);

    /// <summary>Jinja's <c>max</c>: the largest item (strings case-insensitively); undefined when empty.</summary>
    public static Value Max(ValueArena arena, Value value) => Extreme(arena, value, smallest: false);

    /// <summary>Python's <c>sum(items, start)</c> over the items (or their attribute); <c>start</c> defaults to 0 and may not be a string.</summary>
    public static Value Sum(ValueArena arena, Value value, Value attribute, Value start)
    {
        if (FirstError(value, attribute, start) is { IsError: true } error)
        {
            return error;
        }

        if (!IsIterable(value) || start.Kind == ValueKind.String)
        {
            return Value.Error;
        }

        var total = start.IsAbsent ? Value.FromInteger(0) : start;
        if (total.Kind == ValueKind.List)
        {
            // Python's sum builds new lists (start + item): never mutate the caller's start list.
            total = Ops.Add(arena, total, arena.NewList(1));
        }

        var count = IterableCount(arena, value);
        for (var i = 0; i < count && !total.IsError; i++)
        {
            var item = IterableItem(arena, value, i);
            if (!attribute.IsAbsent && attribute.Kind != ValueKind.None)
            {
                item = GetAttribute(arena, item, attribute, Value.Absent);
            }

            total = item.IsError ? item : Ops.Add(arena, total, item);
        }

        return total;
    }

    /// <summary>Jinja's <c>batch(linecount, fill_with=None)</c>: lists of <c>linecount</c> items, the last padded with <c>fill_with</c> when given.</summary>
    public static Value Batch(ValueArena arena, Value value, Value linecount, Value fill_with)
    {
        if (FirstError(value, linecount, fill_with) is { IsError: true } error)
        {
            return error;
        }

        if (!IsIterable(value) || !PythonText.IsInteger(linecount))
        {
            return Value.Error;
        }

        var size = Ops.IntegerOf(linecount);
        var count = IterableCount(arena, value);
        var batches = arena.NewList();
        var current = Value.Absent;
        for (var i = 0; i < count; i++)
        {
            if (current.IsAbsent)
            {
                current = arena.NewList((int)Math.Clamp(size, 1, 64));
            }

            arena.Append(current, IterableItem(arena, value, i));
            if (arena.Count(current) == size)
            {
                arena.Append(batches, current);
                current = Value.Absent;
            }
        }

        if (!current.IsAbsent)
        {
            while (fill_with.Kind is not (ValueKind.Absent or ValueKind.None) && arena.Count(current) < size)
            {
                arena.Append(current, fill_with);
            }

            arena.Append(batches, current);
        }

        return batches;
    }

    /// <summary>Jinja's <c>items</c>: a dict's <c>[key, value]</c> pairs; undefined gives <c>[]</c>; anything else raises.</summary>
    public static Value Items(ValueArena arena, Value value) => value.Kind switch
    {
        ValueKind.Dict => Methods.Items(arena, value),
        ValueKind.Absent => arena.NewList(1),
        ValueKind.Error => value,
        _ => Value.Error,
    };

    private static Value Extreme(ValueArena arena, in Value value, bool smallest)
    {
        if (value.IsError)
        {
            return value;
        }

        if (!IsIterable(value))
        {
            return Value.Error;
        }

        var count = IterableCount(arena, value);
        if (count == 0)
        {
            return Value.Absent;
        }

        var best = IterableItem(arena, value, 0);
        var bestKey = SortKey(arena, best, Value.Absent, caseSensitive: false);
        for (var i = 1; i < count; i++)
        {
            var item = IterableItem(arena, value, i);
            var key = SortKey(arena, item, Value.Absent, caseSensitive: false);
            var order = Ops.Order(arena, key, bestKey);
            if (order is null)
            {
                return Value.Error;
            }

            if (smallest ? order < 0 : order > 0)
            {
                best = item;
                bestKey = key;
            }
        }

        return best;
    }

    /// <summary>The key Jinja sorts by: the item or its attribute, lower-cased when it is a string and the sort ignores case.</summary>
    private static Value SortKey(ValueArena arena, in Value item, in Value attribute, bool caseSensitive)
    {
        var key = attribute.Kind is ValueKind.Absent or ValueKind.None ? item : GetAttribute(arena, item, attribute, Value.Absent);
        return !caseSensitive && key.Kind == ValueKind.String ? PythonText.Lower(arena, key) : key;
    }

    private static bool SameIgnoringCase(ValueArena arena, in Value a, in Value b)
    {
        if (a.Kind == ValueKind.String && b.Kind == ValueKind.String)
        {
            var left = arena.Text(a);
            var right = arena.Text(b);
            if (left.Length != right.Length)
            {
                return false;
            }

            for (var i = 0; i < left.Length; i++)
            {
                if (char.ToLowerInvariant(left[i]) != char.ToLowerInvariant(right[i]))
                {
                    return false;
                }
            }

            return true;
        }

        return Ops.AreEqual(arena, a, b);
    }

    /// <summary>Whether Python can iterate the value here: a string, a list, a dict, or Jinja's undefined (empty).</summary>
    internal static bool IsIterable(in Value value) => value.Kind is ValueKind.String or ValueKind.List or ValueKind.Dict or ValueKind.Absent;

    internal static int IterableCount(ValueArena arena, in Value value) => value.Kind switch
    {
        ValueKind.String => value.Length,
        ValueKind.List or ValueKind.Dict => arena.Count(value),
        _ => 0,
    };

    /// <summary>The i-th item Python's iteration yields: a character, a list item, a dict key.</summary>
    internal static Value IterableItem(ValueArena arena, in Value value, int index) => value.Kind switch
    {
        ValueKind.String => ValueArena.Slice(value, index, 1),
        ValueKind.Dict => arena.Key(value, index),
        _ => arena.Item(value, index),
    };
}
