using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text.RegularExpressions;

namespace EcsForge.Importer.Translation;

/// <summary>
/// Translates a Jinja <c>filter:</c> into a <c>When</c> condition: clauses joined by <c>and</c>, each comparing an input
/// path with a literal (<c>== 'x'</c>, <c>!= 'x'</c>, numbers, booleans) or with null (<c>!= null</c>, <c>is not none</c>:
/// the path has a value).
/// </summary>
internal static partial class ConditionTranslator
{
    /// <summary>
    /// <paramref name="when"/> is empty when the filter always applies. False with the construct in
    /// <paramref name="untranslated"/> when some clause cannot be expressed.
    /// </summary>
    public static bool TryTranslate(string? filter, StageBindings bindings, out string when, out Untranslated? untranslated)
    {
        var translated = TryTranslate(filter, bindings, out when, out var ipAddressPaths, out untranslated);
        if (translated && ipAddressPaths.Count > 0)
        {
            untranslated = new Untranslated("condition: filter | is_ipaddress", filter!);
            return false;
        }

        return translated;
    }

    /// <summary>
    /// As <see cref="TryTranslate(string?, StageBindings, out string, out Untranslated?)"/>, also accepting
    /// <c>path | is_ipaddress</c> clauses, returned in <paramref name="ipAddressPaths"/>: they are not conditions the
    /// language has, but a <c>Require = Require.IpAddress</c> on a rule mapping that same path.
    /// </summary>
    public static bool TryTranslate(string? filter, StageBindings bindings, out string when, out List<string> ipAddressPaths, out Untranslated? untranslated)
    {
        when = string.Empty;
        untranslated = null;
        ipAddressPaths = new List<string>();
        if (string.IsNullOrWhiteSpace(filter))
        {
            return true;
        }

        if (!Jinja.TryUnwrap(filter, out var expression))
        {
            untranslated = new Untranslated("condition: not a single {{ }} expression", filter);
            return false;
        }

        var clauses = new List<string>();
        foreach (var rawClause in Jinja.SplitOutsideQuotes(expression, " and "))
        {
            var clause = StripParentheses(rawClause.Trim());
            var ipTest = IpAddressTest().Match(clause);
            if (ipTest.Success && bindings.TryResolve(ipTest.Groups["name"].Value, out var tested) && tested.Convert == Mapping.Conversion.None)
            {
                ipAddressPaths.Add(tested.Path);
                continue;
            }

            if (!TryTranslateClause(clause, bindings, out var translated))
            {
                untranslated = new Untranslated(Describe(clause), filter);
                return false;
            }

            clauses.Add(translated);
        }

        when = string.Join(" && ", clauses);
        return true;
    }

    /// <summary>Joins two translated conditions, either of which may be empty.</summary>
    public static string And(string first, string second)
        => first.Length == 0 ? second : second.Length == 0 ? first : first + " && " + second;

    private static bool TryTranslateClause(string clause, StageBindings bindings, out string translated)
    {
        translated = string.Empty;
        var comparison = Comparison().Match(clause);
        if (comparison.Success)
        {
            if (!bindings.TryResolve(comparison.Groups["name"].Value, out var reference) || reference.Convert != Mapping.Conversion.None)
            {
                return false;
            }

            var op = comparison.Groups["op"].Value;
            var literal = comparison.Groups["literal"].Value;
            if (literal is "null" or "None" or "none")
            {
                translated = (op == "==" ? "!" : string.Empty) + reference.Path;
                return true;
            }

            if (!TryLiteral(literal, out var text))
            {
                return false;
            }

            translated = $"{reference.Path} {op} {text}";
            return true;
        }

        var test = NoneTest().Match(clause);
        if (test.Success && bindings.TryResolve(test.Groups["name"].Value, out var tested) && tested.Convert == Mapping.Conversion.None)
        {
            var negated = test.Groups["not"].Success;
            translated = (negated ? string.Empty : "!") + tested.Path;
            return true;
        }

        return false;
    }

    private static bool TryLiteral(string literal, out string text)
    {
        text = literal;
        if (literal is "true" or "True")
        {
            text = "true";
            return true;
        }

        if (literal is "false" or "False")
        {
            text = "false";
            return true;
        }

        if (literal[0] is '\'' or '"')
        {
            var inner = literal[1..^1];

            // The condition language has no escapes: a quote or '&&' inside the literal cannot be written.
            if (inner.Contains('\'') || inner.Contains('"') || inner.Contains("&&", StringComparison.Ordinal) || inner.Contains('\\'))
            {
                return false;
            }

            text = "'" + inner + "'";
            return true;
        }

        return long.TryParse(literal, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out _);
    }

    private static string StripParentheses(string clause)
    {
        while (clause.Length >= 2 && clause[0] == '(' && clause[^1] == ')' && clause.IndexOf(')', StringComparison.Ordinal) == clause.Length - 1)
        {
            clause = clause[1..^1].Trim();
        }

        return clause;
    }

    private static string Describe(string clause)
    {
        if (Jinja.SplitOutsideQuotes(clause, " or ").Count > 1)
        {
            return "condition: or";
        }

        if (Jinja.SplitOutsideQuotes(clause, " in ").Count > 1)
        {
            return "condition: in";
        }

        if (clause.StartsWith("not ", StringComparison.Ordinal))
        {
            return "condition: not";
        }

        if (Jinja.SplitOutsideQuotes(clause, "|").Count > 1)
        {
            return "condition: " + Jinja.DescribeExpression(clause);
        }

        if (clause.Contains('<') || clause.Contains('>'))
        {
            return "condition: ordering comparison";
        }

        if (Jinja.IsDottedName(clause))
        {
            return "condition: truthiness of a field";
        }

        return Comparison().IsMatch(clause) || NoneTest().IsMatch(clause)
            ? "condition: reference to a non-input stage"
            : "condition: " + Jinja.DescribeExpression(clause);
    }

    [GeneratedRegex(@"^(?<name>[A-Za-z0-9_@$.\-]+)\s*(?<op>==|!=)\s*(?<literal>'[^']*'|""[^""]*""|-?\d+|true|false|True|False|null|None|none)$")]
    private static partial Regex Comparison();

    [GeneratedRegex(@"^(?<name>[A-Za-z0-9_@$.\-]+)\s*\|\s*is_ipaddress$")]
    private static partial Regex IpAddressTest();

    [GeneratedRegex(@"^(?<name>[A-Za-z0-9_@$.\-]+)\s+is\s+(?<not>not\s+)?(none|None)$")]
    private static partial Regex NoneTest();
}
