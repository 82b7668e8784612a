using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text.RegularExpressions;
using EcsForge.Mapping;

namespace EcsForge.Importer.Translation;

/// <summary>
/// Translates a Jinja <c>filter:</c> into <c>When</c> conditions. Clauses compare an input path with a literal
/// (<c>== 'x'</c>, <c>!= 'x'</c>, numbers, booleans) or with null (<c>!= null</c>, <c>is not none</c>: the path has a
/// value), or test membership in a list of literals (<c>in [...]</c>, <c>not in [...]</c>); <c>and</c>, <c>or</c> and
/// parentheses combine them. The language's conditions are conjunctions only, so a filter becomes a list of
/// alternatives: a rule is written once per alternative, consecutively. That is exact, because every rule computes its
/// value from the input alone: when several alternatives hold, each copy writes the same value.
/// </summary>
internal static partial class ConditionTranslator
{
    /// <summary>More alternatives than this are not worth the copies of every rule they would take.</summary>
    private const int MaximumAlternatives = 32;

    /// <summary>No condition: the rule always applies.</summary>
    public static readonly IReadOnlyList<string> Always = new[] { string.Empty };

    /// <summary>
    /// Translates <paramref name="filter"/> into alternatives (<see cref="Always"/> when it is empty). False with the
    /// construct in <paramref name="untranslated"/> when some clause cannot be expressed.
    /// </summary>
    public static bool TryTranslate(string? filter, StageBindings bindings, out IReadOnlyList<string> alternatives, out Untranslated? untranslated)
    {
        var translated = TryTranslate(filter, bindings, out alternatives, out var ipAddressPaths, out untranslated);
        if (translated && ipAddressPaths.Count > 0)
        {
            untranslated = new Untranslated("condition: filter | is_ipaddress", filter!);
            return false;
        }

        return translated;
    }

    /// <summary>
    /// As the other overload, also accepting <c>path | is_ipaddress</c> clauses in a filter without <c>or</c>, returned in
    /// <paramref name="ipAddressPaths"/>: not a condition the language has, but a <c>Require = Require.IpAddress</c> on
    /// a rule mapping that same path.
    /// </summary>
    public static bool TryTranslate(
        string? filter, StageBindings bindings, out IReadOnlyList<string> alternatives, out List<string> ipAddressPaths, out Untranslated? untranslated)
    {
        alternatives = Always;
        ipAddressPaths = new List<string>();
        untranslated = null;
        if (string.IsNullOrWhiteSpace(filter))
        {
            return true;
        }

        if (!Jinja.TryUnwrap(filter, out var expression))
        {
            untranslated = new Untranslated("condition: not a single {{ }} expression", filter);
            return false;
        }

        if (!TryDisjunction(expression, bindings, ipAddressPaths, out var translated, out var construct))
        {
            untranslated = new Untranslated(construct, filter);
            return false;
        }

        if (ipAddressPaths.Count > 0 && translated.Count > 1)
        {
            untranslated = new Untranslated("condition: filter | is_ipaddress with or", filter);
            return false;
        }

        alternatives = translated;
        return true;
    }

    /// <summary>Every alternative of <paramref name="first"/> joined with every one of <paramref name="second"/>.</summary>
    public static IReadOnlyList<string> And(IReadOnlyList<string> first, IReadOnlyList<string> second)
    {
        var product = new List<string>(first.Count * second.Count);
        foreach (var left in first)
        {
            foreach (var right in second)
            {
                product.Add(left.Length == 0 ? right : right.Length == 0 ? left : left + " && " + right);
            }
        }

        return product;
    }

    private static bool TryDisjunction(string expression, StageBindings bindings, List<string> ipAddressPaths, out List<string> alternatives, out string construct)
    {
        alternatives = new List<string>();
        foreach (var disjunct in Jinja.SplitOutsideQuotes(expression, " or "))
        {
            IReadOnlyList<string> conjunction = Always;
            foreach (var rawClause in Jinja.SplitOutsideQuotes(disjunct.Trim(), " and "))
            {
                if (!TryClause(rawClause.Trim(), bindings, ipAddressPaths, out var clause, out construct))
                {
                    return false;
                }

                conjunction = And(conjunction, clause);
            }

            alternatives.AddRange(conjunction);
            if (alternatives.Count > MaximumAlternatives)
            {
                construct = "condition: too many alternatives";
                return false;
            }
        }

        construct = string.Empty;
        return true;
    }

    private static bool TryClause(string clause, StageBindings bindings, List<string> ipAddressPaths, out IReadOnlyList<string> alternatives, out string construct)
    {
        alternatives = Always;
        construct = string.Empty;
        clause = StageBindings.WithoutGetCalls(clause);
        if (IsParenthesized(clause))
        {
            var translated = TryDisjunction(clause[1..^1].Trim(), bindings, ipAddressPaths, out var nested, out construct);
            alternatives = nested;
            return translated;
        }

        var ipTest = IpAddressTest().Match(clause);
        if (ipTest.Success && TryPath(ipTest.Groups["name"].Value, bindings, out var tested))
        {
            ipAddressPaths.Add(tested);
            return true;
        }

        var membership = Membership().Match(clause);
        if (membership.Success && TryPath(membership.Groups["name"].Value, bindings, out var member)
            && TryLiterals(membership.Groups["list"].Value, out var literals))
        {
            var negated = membership.Groups["not"].Success;
            var clauses = literals.ConvertAll(literal => $"{member} {(negated ? "!=" : "==")} {literal}");
            alternatives = negated ? new[] { string.Join(" && ", clauses) } : clauses;
            return true;
        }

        if (TryComparison(clause, bindings, out var comparison))
        {
            alternatives = new[] { comparison };
            return true;
        }

        // A clause of a translatable shape failed on its name: the gap is the stage it reads, not the clause.
        construct = ipTest.Success || (membership.Success && !TryPath(membership.Groups["name"].Value, bindings, out _))
            ? "condition: reference to a non-input stage"
            : membership.Success ? "condition: in of non-literal items" : Describe(clause);
        return false;
    }

    /// <summary>Whether the clause is one parenthesized expression (<c>(a or b)</c>, not <c>(a) or (b)</c>).</summary>
    private static bool IsParenthesized(string clause)
    {
        if (clause.Length < 2 || clause[0] != '(' || clause[^1] != ')')
        {
            return false;
        }

        var depth = 0;
        for (var i = 0; i < clause.Length - 1; i++)
        {
            depth += clause[i] == '(' ? 1 : clause[i] == ')' ? -1 : 0;
            if (depth == 0)
            {
                return false;
            }
        }

        return true;
    }

    private static bool TryComparison(string clause, StageBindings bindings, out string translated)
    {
        translated = string.Empty;
        var comparison = Comparison().Match(clause);
        if (comparison.Success)
        {
            if (!TryPath(comparison.Groups["name"].Value, bindings, out var path))
            {
                return false;
            }

            var op = comparison.Groups["op"].Value;
            var literal = comparison.Groups["literal"].Value;
            if (literal is "null" or "None" or "none")
            {
                translated = (op == "==" ? "!" : string.Empty) + path;
                return true;
            }

            if (!TryLiteral(literal, out var text))
            {
                return false;
            }

            translated = $"{path} {op} {text}";
            return true;
        }

        var test = NoneTest().Match(clause);
        if (test.Success && TryPath(test.Groups["name"].Value, bindings, out var tested))
        {
            translated = (test.Groups["not"].Success ? string.Empty : "!") + tested;
            return true;
        }

        return false;
    }

    private static bool TryPath(string name, StageBindings bindings, out string path)
    {
        var resolved = bindings.TryResolve(name, out var reference) && reference.Convert == Conversion.None;
        path = reference.Path;
        return resolved;
    }

    private static bool TryLiterals(string list, out List<string> literals)
    {
        literals = new List<string>();
        foreach (var item in Jinja.SplitOutsideQuotes(list, ","))
        {
            var trimmed = item.Trim();
            if (trimmed.Length == 0)
            {
                continue;
            }

            if (!TryLiteral(trimmed, out var literal))
            {
                return false;
            }

            literals.Add(literal);
        }

        return literals.Count > 0;
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

        if (literal.Length >= 2 && literal[0] is '\'' or '"' && literal[^1] == literal[0])
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

    private static string Describe(string clause)
    {
        if (Jinja.SplitOutsideQuotes(clause, " in ").Count > 1)
        {
            return "condition: in (a text or a field)";
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

    [GeneratedRegex(@"^(?<name>[A-Za-z0-9_@$.\-]+)\s+is\s+(?<not>not\s+)?(none|None)$")]
    private static partial Regex NoneTest();

    [GeneratedRegex(@"^(?<name>[A-Za-z0-9_@$.\-]+)\s*\|\s*is_ipaddress$")]
    private static partial Regex IpAddressTest();

    [GeneratedRegex(@"^(?<name>[A-Za-z0-9_@$.\-]+)\s+(?<not>not\s+)?in\s*[\[(](?<list>.*)[\])]$")]
    private static partial Regex Membership();
}
