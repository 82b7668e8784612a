using System.Collections.Generic;
using EcsForge.Generator.Model;

namespace EcsForge.Generator.Reading;

/// <summary>
/// Parses <c>When</c> conditions: clauses joined by <c>&amp;&amp;</c>, each <c>path == literal</c>,
/// <c>path != literal</c>, <c>path</c> (has a value) or <c>!path</c> (has none). Literals are quoted strings
/// (<c>'login'</c>), <c>true</c>, <c>false</c>, numbers or <c>[]</c> (the empty list).
/// </summary>
internal static class ConditionParser
{
    public static bool TryParse(string text, out EquatableArray<ConditionClause> clauses, out string error)
    {
        var parsed = new List<ConditionClause>();
        clauses = EquatableArray<ConditionClause>.Empty;
        foreach (var rawClause in text.Split(new[] { "&&" }, System.StringSplitOptions.None))
        {
            if (!TryParseClause(rawClause.Trim(), out var clause, out error))
            {
                return false;
            }

            parsed.Add(clause!);
        }

        clauses = parsed.ToEquatableArray();
        error = string.Empty;
        return true;
    }

    private static bool TryParseClause(string clause, out ConditionClause? parsed, out string error)
    {
        parsed = null;
        if (clause.Length == 0)
        {
            error = "a clause is empty";
            return false;
        }

        var operatorIndex = IndexOfOperator(clause, out var op);
        if (operatorIndex < 0)
        {
            var negated = clause[0] == '!';
            var path = negated ? clause.Substring(1).Trim() : clause;
            if (!SourcePath.IsValid(path))
            {
                error = $"'{path}' is not a source path";
                return false;
            }

            parsed = new ConditionClause(path, negated ? ConditionOperator.HasNoValue : ConditionOperator.HasValue, string.Empty);
            error = string.Empty;
            return true;
        }

        var left = clause.Substring(0, operatorIndex).Trim();
        var right = clause.Substring(operatorIndex + 2).Trim();
        if (!SourcePath.IsValid(left))
        {
            error = $"'{left}' is not a source path";
            return false;
        }

        if (right == "[]")
        {
            parsed = new ConditionClause(left, op == ConditionOperator.Equal ? ConditionOperator.IsEmptyList : ConditionOperator.IsNotEmptyList, string.Empty);
            error = string.Empty;
            return true;
        }

        if (!TryParseLiteral(right, out var literal))
        {
            error = $"'{right}' is not a literal: quote strings ('login'), or use true, false, a number or []";
            return false;
        }

        parsed = new ConditionClause(left, op, literal);
        error = string.Empty;
        return true;
    }

    private static int IndexOfOperator(string clause, out ConditionOperator op)
    {
        var equal = clause.IndexOf("==", System.StringComparison.Ordinal);
        var notEqual = clause.IndexOf("!=", System.StringComparison.Ordinal);
        if (notEqual >= 0 && (equal < 0 || notEqual < equal))
        {
            op = ConditionOperator.NotEqual;
            return notEqual;
        }

        op = ConditionOperator.Equal;
        return equal;
    }

    private static bool TryParseLiteral(string text, out string literal)
    {
        literal = text;
        if (text.Length >= 2 && (text[0] == '\'' || text[0] == '"') && text[text.Length - 1] == text[0])
        {
            literal = text.Substring(1, text.Length - 2);
            return literal.IndexOf(text[0]) < 0;
        }

        return text == "true" || text == "false" || double.TryParse(text, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out _);
    }
}
