using System.Collections.Generic;
using System.Text;
using Microsoft.CodeAnalysis.Text;

namespace EcsForge.Generator.UserAgents;

/// <summary>
/// Reads the YAML subset <c>regexes.yaml</c> is written in: top-level keys naming lists, list items of
/// <c>key: value</c> pairs with single-quoted, double-quoted or plain scalar values, and comments. Anything else is
/// reported with its line, rather than guessed at.
/// </summary>
internal static class RegexFileReader
{
    public static RegexFile Read(string text)
    {
        var sections = new List<RegexFileSection>();
        var errors = new List<RegexFileValue>();
        RegexFileSection? section = null;
        Dictionary<string, RegexFileValue>? entry = null;
        var offset = 0;
        var lineNumber = 0;
        while (offset < text.Length)
        {
            var end = text.IndexOf('\n', offset);
            var lineEnd = end < 0 ? text.Length : end;
            var line = text.Substring(offset, lineEnd - offset).TrimEnd('\r');
            ReadLine(line, offset, lineNumber, sections, errors, ref section, ref entry);
            offset = lineEnd + 1;
            lineNumber++;
        }

        return new RegexFile(sections, errors);
    }

    private static void ReadLine(string line, int offset, int lineNumber, List<RegexFileSection> sections, List<RegexFileValue> errors, ref RegexFileSection? section, ref Dictionary<string, RegexFileValue>? entry)
    {
        var content = line.TrimStart(' ');
        if (content.Length == 0 || content[0] == '#')
        {
            return;
        }

        var indent = line.Length - content.Length;
        if (indent == 0)
        {
            if (!content.EndsWith(":", System.StringComparison.Ordinal) || content.IndexOf(' ') >= 0)
            {
                errors.Add(Error("expected a top-level 'name:' opening a list", offset, lineNumber, line.Length));
                return;
            }

            section = new RegexFileSection(content.Substring(0, content.Length - 1), lineNumber);
            sections.Add(section);
            entry = null;
            return;
        }

        if (section is null)
        {
            errors.Add(Error("an item must follow a top-level 'name:'", offset, lineNumber, line.Length));
            return;
        }

        var keyStart = indent;
        if (content.StartsWith("- ", System.StringComparison.Ordinal))
        {
            entry = new Dictionary<string, RegexFileValue>(System.StringComparer.Ordinal);
            section.Entries.Add(entry);
            keyStart = indent + 2;
            while (keyStart < line.Length && line[keyStart] == ' ')
            {
                keyStart++;
            }
        }

        if (entry is null)
        {
            errors.Add(Error("expected a list item ('- key: value')", offset, lineNumber, line.Length));
            return;
        }

        var colon = line.IndexOf(':', keyStart);
        if (colon < 0)
        {
            errors.Add(Error("expected 'key: value'", offset, lineNumber, line.Length));
            return;
        }

        var key = line.Substring(keyStart, colon - keyStart);
        var valueStart = colon + 1;
        while (valueStart < line.Length && line[valueStart] == ' ')
        {
            valueStart++;
        }

        if (!TryReadScalar(line, valueStart, out var value, out var valueEnd, out var problem))
        {
            errors.Add(Error(problem, offset + valueStart, lineNumber, line.Length - valueStart, valueStart));
            return;
        }

        if (entry.ContainsKey(key))
        {
            errors.Add(Error($"'{key}' appears twice in one item", offset + keyStart, lineNumber, colon - keyStart, keyStart));
            return;
        }

        var span = new TextSpan(offset + valueStart, valueEnd - valueStart);
        entry[key] = new RegexFileValue(key, value, span, new LinePositionSpan(new LinePosition(lineNumber, valueStart), new LinePosition(lineNumber, valueEnd)));
    }

    /// <summary>Reads a scalar from <paramref name="start"/> to the end of the line or a trailing comment.</summary>
    private static bool TryReadScalar(string line, int start, out string value, out int end, out string problem)
    {
        value = string.Empty;
        end = start;
        problem = string.Empty;
        if (start >= line.Length)
        {
            // 'key:' alone is YAML's null, which the file uses for "no replacement".
            return true;
        }

        var quote = line[start];
        if (quote != '\'' && quote != '"')
        {
            var comment = line.IndexOf(" #", start, System.StringComparison.Ordinal);
            end = comment < 0 ? line.Length : comment;
            value = line.Substring(start, end - start).TrimEnd(' ');
            if (value.Length > 0 && "[{|>&*!%@`".IndexOf(value[0]) >= 0)
            {
                problem = $"'{value[0]}' starts a YAML construct this reader does not support: quote the value";
                return false;
            }

            return true;
        }

        var builder = new StringBuilder();
        var position = start + 1;
        while (true)
        {
            if (position >= line.Length)
            {
                problem = "the quoted value is not closed on its line";
                return false;
            }

            var character = line[position];
            if (character == quote)
            {
                if (quote == '\'' && position + 1 < line.Length && line[position + 1] == '\'')
                {
                    builder.Append('\'');
                    position += 2;
                    continue;
                }

                position++;
                break;
            }

            if (quote == '"' && character == '\\')
            {
                if (position + 1 >= line.Length || (line[position + 1] != '\\' && line[position + 1] != '"'))
                {
                    problem = "only \\\\ and \\\" escapes are supported in double quotes: use single quotes for regexes";
                    return false;
                }

                builder.Append(line[position + 1]);
                position += 2;
                continue;
            }

            builder.Append(character);
            position++;
        }

        end = position;
        var rest = line.Substring(position).TrimStart(' ');
        if (rest.Length > 0 && rest[0] != '#')
        {
            problem = "unexpected text after the quoted value";
            return false;
        }

        value = builder.ToString();
        return true;
    }

    private static RegexFileValue Error(string message, int offset, int lineNumber, int length, int column = 0)
        => new(string.Empty, message, new TextSpan(offset, length), new LinePositionSpan(new LinePosition(lineNumber, column), new LinePosition(lineNumber, column + length)));
}

/// <summary>The lists of a regexes file, and its syntax errors (as values holding the message and where it applies).</summary>
internal sealed record RegexFile(List<RegexFileSection> Sections, List<RegexFileValue> Errors);

/// <summary>A top-level list: its name, line, and items as key/value maps.</summary>
internal sealed record RegexFileSection(string Name, int Line)
{
    public List<Dictionary<string, RegexFileValue>> Entries { get; } = new();
}

/// <summary>One scalar of the file with where it is written.</summary>
internal sealed record RegexFileValue(string Key, string Value, TextSpan Span, LinePositionSpan LineSpan);
