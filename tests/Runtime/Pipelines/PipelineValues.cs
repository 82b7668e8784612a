using EcsForge.Pipelines;

namespace EcsForge.Tests.Runtime.Pipelines;

/// <summary>Builds pipeline values from JSON and shows them as Python's <c>repr</c>, so assertions read like Python.</summary>
internal static class PipelineValues
{
    public static Value S(string text) => Value.FromConstant(text);

    public static Value Number(long number) => Value.FromInteger(number);

    /// <summary>A value from JSON text: <c>Json(arena, "[1, 'a']")</c> is not JSON; use double quotes.</summary>
    public static Value Json(ValueArena arena, string json) => arena.ParseJson(Value.FromConstant(json));

    /// <summary>Python's repr of the value (<c>'a'</c>, <c>[1, 'b']</c>, <c>None</c>), <c>Undefined</c> or <c>Error</c>.</summary>
    public static string Repr(ValueArena arena, Value value)
    {
        switch (value.Kind)
        {
            case ValueKind.Absent:
                return "Undefined";
            case ValueKind.Error:
                return "Error";
        }

        var list = arena.NewList(1);
        arena.Append(list, value);
        var text = arena.Text(Ops.Str(arena, list)).ToString();
        return text[1..^1];
    }
}
