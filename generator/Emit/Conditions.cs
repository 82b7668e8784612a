using System.Collections.Generic;
using EcsForge.Generator.Model;

namespace EcsForge.Generator.Emit;

/// <summary>Compiles <c>When</c> clauses into boolean C# expressions over the captured raw values.</summary>
internal static class Conditions
{
    public static string Code(EmitContext context, EquatableArray<ConditionClause> clauses)
    {
        var parts = new List<string>(clauses.Count);
        foreach (var clause in clauses)
        {
            var value = "source." + context.SourceField(clause.Path);
            var equals = $"{Types.EcsValueWriter}.TextEquals(session.Bytes(input, {value}), {value}.Kind, {CSharp.Utf8(clause.Literal)})";
            parts.Add(clause.Operator switch
            {
                ConditionOperator.Equal => equals,
                ConditionOperator.NotEqual => "!" + equals,
                ConditionOperator.HasValue => value + ".HasValue",
                ConditionOperator.IsEmptyList => $"{value}.Kind == {Types.RawKind}.EmptyList",
                ConditionOperator.IsNotEmptyList => $"{value}.Kind != {Types.RawKind}.EmptyList",
                _ => "!" + value + ".HasValue",
            });
        }

        return parts.Count == 1 ? parts[0] : "(" + string.Join(" && ", parts) + ")";
    }
}
