namespace EcsForge.Pipelines;

public static partial class Methods
{
    /// <summary>
    /// Python's <c>dict.get(key, default=None)</c>: a missing key gives the default, Python's None when there is none,
    /// which is a value (<c>is none</c>, not <c>is undefined</c>).
    /// </summary>
    public static Value Get(ValueArena arena, Value value, Value key, Value @default)
    {
        if (value.Kind != ValueKind.Dict || key.IsError || @default.IsError)
        {
            return Raise(value, key, @default);
        }

        var member = key.IsString ? arena.Member(value, arena.Text(key)) : Value.Absent;
        return member.IsAbsent ? (@default.IsAbsent ? Value.None : @default) : member;
    }

    /// <summary>Python's <c>dict.items()</c>, as a list of <c>[key, value]</c> lists (each key once, with its current value).</summary>
    public static Value Items(ValueArena arena, Value value)
    {
        if (value.Kind != ValueKind.Dict)
        {
            return Raise(value);
        }

        var count = arena.Count(value);
        var items = arena.NewList(count);
        for (var i = 0; i < count; i++)
        {
            var key = arena.Key(value, i);
            if (IsShadowed(arena, value, i))
            {
                continue;
            }

            var pair = arena.NewList(2);
            arena.Append(pair, key);
            arena.Append(pair, arena.Item(value, i));
            arena.Append(items, pair);
        }

        return items;
    }

    /// <summary>Python's <c>dict.keys()</c>, as a list.</summary>
    public static Value Keys(ValueArena arena, Value value) => Members(arena, value, keys: true);

    /// <summary>Python's <c>dict.values()</c>, as a list.</summary>
    public static Value Values(ValueArena arena, Value value) => Members(arena, value, keys: false);

    /// <summary>
    /// Python's <c>dict.pop(key, default)</c>: removes the key and returns its value; a missing key gives the default,
    /// or raises without one. (A list's <c>pop</c> would need to remove items, which the arena does not do: it raises.)
    /// </summary>
    public static Value Pop(ValueArena arena, Value value, Value key, Value @default)
    {
        if (value.Kind != ValueKind.Dict || key.IsError || @default.IsError)
        {
            return Raise(value, key, @default);
        }

        var member = key.IsString ? arena.Member(value, arena.Text(key)) : Value.Absent;
        if (member.IsAbsent)
        {
            return @default.IsAbsent ? Value.Error : @default;
        }

        // Remove every copy, so a duplicate key parsed from JSON does not reappear.
        while (arena.RemoveMember(value, arena.Text(key)))
        {
        }

        return member;
    }

    /// <summary>Python's <c>dict.update(other)</c>: sets each member of <paramref name="other"/> in place; returns None.</summary>
    public static Value Update(ValueArena arena, Value value, Value other)
    {
        if (value.Kind != ValueKind.Dict || other.Kind != ValueKind.Dict)
        {
            return Raise(value, other);
        }

        var count = arena.Count(other);
        for (var i = 0; i < count; i++)
        {
            if (!IsShadowed(arena, other, i))
            {
                arena.SetMember(value, arena.Key(other, i), arena.Item(other, i));
            }
        }

        return Value.None;
    }

    /// <summary>Python's <c>copy()</c> of a dict or a list: a new container holding the same items (shallow).</summary>
    public static Value Copy(ValueArena arena, Value value)
    {
        var count = arena.Count(value);
        switch (value.Kind)
        {
            case ValueKind.List:
                var list = arena.NewList(count);
                Ops.AppendAll(arena, list, value);
                return list;
            case ValueKind.Dict:
                var dict = arena.NewDict(count);
                for (var i = 0; i < count; i++)
                {
                    if (!IsShadowed(arena, value, i))
                    {
                        arena.AddMember(dict, arena.Key(value, i), arena.Item(value, i));
                    }
                }

                return dict;
            default:
                return Raise(value);
        }
    }

    /// <summary>Python's <c>list.append(item)</c>: in place; returns None.</summary>
    public static Value Append(ValueArena arena, Value value, Value item)
    {
        if (value.Kind != ValueKind.List || item.IsError)
        {
            return Raise(value, item);
        }

        arena.Append(value, item);
        return Value.None;
    }

    /// <summary>Python's <c>list.extend(items)</c>: appends each item (characters of a string, keys of a dict, none of undefined) in place; returns None.</summary>
    public static Value Extend(ValueArena arena, Value value, Value items)
    {
        if (value.Kind != ValueKind.List || !Filters.IsIterable(items))
        {
            return Raise(value, items);
        }

        // Counted first: a list extended with itself doubles once, as in Python.
        var count = Filters.IterableCount(arena, items);
        for (var i = 0; i < count; i++)
        {
            arena.Append(value, Filters.IterableItem(arena, items, i));
        }

        return Value.None;
    }

    private static Value Members(ValueArena arena, in Value value, bool keys)
    {
        if (value.Kind != ValueKind.Dict)
        {
            return Raise(value);
        }

        var count = arena.Count(value);
        var list = arena.NewList(count);
        for (var i = 0; i < count; i++)
        {
            if (!IsShadowed(arena, value, i))
            {
                arena.Append(list, keys ? arena.Key(value, i) : arena.Item(value, i));
            }
        }

        return list;
    }

    /// <summary>
    /// Whether a member is an earlier duplicate of a later key (a parsed JSON object may hold both; lookups see the
    /// last, as Python's json.loads keeps it).
    /// </summary>
    private static bool IsShadowed(ValueArena arena, in Value dict, int index)
        => arena.IndexOfKey(dict, arena.Text(arena.Key(dict, index))) != index;
}
