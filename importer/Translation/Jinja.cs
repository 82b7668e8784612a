using System;
using System.Collections.Generic;
using System.Text.RegularExpressions;

namespace EcsForge.Importer.Translation;

/// <summary>Reads the small part of Jinja the importer translates: <c>{{ ... }}</c> placeholders, dotted names and pipes.</summary>
internal static partial class Jinja
{
    /// <summary>A text with no placeholder or statement: a constant.</summary>
    public static bool IsLiteral(string text) => !text.Contains("{{", StringComparison.Ordinal) && !text.Contains("{%", StringComparison.Ordinal);

    public static bool HasStatement(string text) => text.Contains("{%", StringComparison.Ordinal);

    /// <summary>The expression of a text that is exactly one placeholder, <c>{{ expression }}</c>.</summary>
    public static bool TryUnwrap(string text, out string expression)
    {
        expression = string.Empty;
        var trimmed = text.Trim();
        if (!trimmed.StartsWith("{{", StringComparison.Ordinal) || !trimmed.EndsWith("}}", StringComparison.Ordinal) || trimmed.Length < 4)
        {
            return false;
        }

        var inner = trimmed[2..^2];
        if (inner.Contains("{{", StringComparison.Ordinal) || inner.Contains("}}", StringComparison.Ordinal))
        {
            return false;
        }

        expression = inner.Trim();
        return true;
    }

    /// <summary>
    /// Splits a text into literal parts and placeholder expressions (<c>IsExpression</c>); false when it holds a
    /// statement or an unclosed placeholder.
    /// </summary>
    public static bool TrySplitTemplate(string text, out List<(bool IsExpression, string Text)> parts)
    {
        parts = new List<(bool, string)>();
        if (HasStatement(text))
        {
            return false;
        }

        var position = 0;
        while (position < text.Length)
        {
            var open = text.IndexOf("{{", position, StringComparison.Ordinal);
            if (open < 0)
            {
                parts.Add((false, text[position..]));
                break;
            }

            if (open > position)
            {
                parts.Add((false, text[position..open]));
            }

            var close = text.IndexOf("}}", open + 2, StringComparison.Ordinal);
            if (close < 0)
            {
                return false;
            }

            parts.Add((true, text[(open + 2)..close].Trim()));
            position = close + 2;
        }

        return true;
    }

    /// <summary>Splits on <paramref name="separator"/> where it is neither inside a quoted string nor inside brackets.</summary>
    public static List<string> SplitOutsideQuotes(string text, string separator)
    {
        var pieces = new List<string>();
        var start = 0;
        var depth = 0;
        char quote = '\0';
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quote != '\0')
            {
                quote = c == quote ? '\0' : quote;
                continue;
            }

            if (c is '\'' or '"')
            {
                quote = c;
            }
            else if (c is '(' or '[' or '{')
            {
                depth++;
            }
            else if (c is ')' or ']' or '}')
            {
                depth--;
            }
            else if (depth == 0 && string.CompareOrdinal(text, i, separator, 0, separator.Length) == 0)
            {
                pieces.Add(text[start..i]);
                i += separator.Length - 1;
                start = i + 1;
            }
        }

        pieces.Add(text[start..]);
        return pieces;
    }

    /// <summary>A dotted name of plain segments (<c>stage.message.a.b</c>): no index, call, operator or space.</summary>
    public static bool IsDottedName(string text) => DottedName().IsMatch(text);

    /// <summary>A coarse name for an expression the importer cannot translate, to rank what is missing.</summary>
    public static string DescribeExpression(string expression)
    {
        var pipes = SplitOutsideQuotes(expression, "|");
        if (pipes.Count > 1)
        {
            var filter = pipes[1].Trim();
            var end = filter.IndexOfAny(new[] { '(', ' ' });
            return "filter | " + (end < 0 ? filter : filter[..end]);
        }

        if (expression.Contains(" if ", StringComparison.Ordinal))
        {
            return "inline if expression";
        }

        if (expression.Contains('('))
        {
            return "method or function call";
        }

        if (expression.Contains('['))
        {
            return "index or slice";
        }

        if (expression.Contains('+') || expression.Contains('~'))
        {
            return "concatenation or arithmetic";
        }

        return IsDottedName(expression) ? "reference to a non-input stage or field" : "other expression";
    }

    [GeneratedRegex(@"^[A-Za-z0-9_@$\-]+(\.[A-Za-z0-9_@$\-]+)*$")]
    private static partial Regex DottedName();
}
