namespace EcsForge.Pipelines;

public static partial class Ops
{
    /// <summary>
    /// What a <c>for</c> loop walks: a list itself, a dict's keys, a string's characters; undefined walks nothing.
    /// Anything else is not iterable and aborts the action, as Python raises.
    /// </summary>
    public static Value Iterable(ValueArena arena, in Value value)
    {
        switch (value.Kind)
        {
            case ValueKind.List:
                return value;
            case ValueKind.Dict:
                var keys = arena.NewList(arena.Count(value));
                for (var i = 0; i < arena.Count(value); i++)
                {
                    arena.Append(keys, arena.Key(value, i));
                }

                return keys;
            case ValueKind.String:
                var characters = arena.NewList(value.Length);
                for (var i = 0; i < value.Length; i++)
                {
                    arena.Append(characters, ValueArena.Slice(value, i, 1));
                }

                return characters;
            case ValueKind.Absent:
                return arena.NewList(1);
            default:
                throw PipelineAbort.Instance;
        }
    }

    /// <summary>The <paramref name="index"/>-th of the values a loop item unpacks into (<c>for key, value in ...</c>).</summary>
    public static Value Unpack(ValueArena arena, in Value item, int index, int count)
    {
        var items = Iterable(arena, item);
        if (arena.Count(items) != count)
        {
            throw PipelineAbort.Instance;
        }

        return arena.Item(items, index);
    }

}
