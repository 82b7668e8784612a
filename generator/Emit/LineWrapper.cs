using System.Collections.Generic;
using System.Linq;

namespace EcsForge.Generator.Emit;

/// <summary>
/// Breaks a generated line that is longer than the house style allows (<c>max_line_length</c> in .editorconfig) where
/// a break changes nothing but white space: before a <c>||</c>, <c>&amp;&amp;</c>, <c>??</c>, <c>+</c> or a
/// conditional's <c>?</c> and <c>:</c>, after a comma, an assignment's <c>=</c> or a <c>=&gt;</c>; never inside a
/// literal or a trailing comment. Of the places that fit, the least nested and then the last is taken, so a long
/// condition breaks at its top-level operators before its inner ones. Continuation lines are indented one level; a
/// comment line breaks between words and keeps its slashes. A line with no such place stays as it is.
/// </summary>
internal static class LineWrapper
{
    /// <summary>The house style's line length (.editorconfig <c>max_line_length</c>).</summary>
    public const int MaxLength = 150;

    private const string Continuation = "    ";

    /// <summary>Operators a line may break before (the space ahead of them becomes the break).</summary>
    private static readonly string[] s_breakBefore = { "|| ", "&& ", "?? ", "? ", ": ", "+ " };

    /// <summary>The lines <paramref name="text"/> (with its own leading spaces) becomes within <paramref name="width"/> characters.</summary>
    public static IReadOnlyList<string> Wrap(string text, int width)
    {
        if (text.Length <= width || text.IndexOf('\n') >= 0)
        {
            return new[] { text };
        }

        var lead = 0;
        while (lead < text.Length && text[lead] == ' ')
        {
            lead++;
        }

        var indent = text.Substring(0, lead);
        var body = text.Substring(lead);
        if (body.StartsWith("//", System.StringComparison.Ordinal))
        {
            return WrapComment(indent, body, width);
        }

        var breaks = body.StartsWith("#", System.StringComparison.Ordinal) ? null : Breaks(body);
        if (breaks is null)
        {
            return new[] { text };
        }

        var lines = new List<string>();
        var prefix = indent;
        var start = 0;
        while (prefix.Length + body.Length - start > width)
        {
            (int Start, int Depth)? chosen = null;
            foreach (var candidate in breaks)
            {
                if (candidate.Start <= start + 1)
                {
                    continue;
                }

                if (prefix.Length + candidate.Start - 1 - start > width)
                {
                    // Nothing fits: the first place after the limit makes the shortest overlong line.
                    chosen ??= candidate;
                    break;
                }

                if (chosen is null || candidate.Depth <= chosen.Value.Depth)
                {
                    chosen = candidate;
                }
            }

            if (chosen is not { } place)
            {
                break;
            }

            lines.Add(prefix + body.Substring(start, place.Start - 1 - start));
            start = place.Start;
            prefix = indent + Continuation;
        }

        lines.Add(prefix + body.Substring(start));
        return lines;
    }

    /// <summary>
    /// Where a continuation line may start (the character after a space) and how deeply nested in brackets that place
    /// is; null when the line holds a literal the scan does not read (verbatim, raw or interpolated strings).
    /// </summary>
    private static List<(int Start, int Depth)>? Breaks(string body)
    {
        var breaks = new List<(int Start, int Depth)>();
        var depth = 0;
        for (var i = 0; i < body.Length; i++)
        {
            switch (body[i])
            {
                case '"' when i > 0 && body[i - 1] is '@' or '$':
                case '"' when i + 2 < body.Length && body[i + 1] == '"' && body[i + 2] == '"':
                    return null;
                case '"' or '\'':
                    i = EndOfLiteral(body, i);
                    if (i < 0)
                    {
                        return null;
                    }

                    break;
                case '/' when i + 1 < body.Length && body[i + 1] is '/' or '*':
                    // A trailing comment stays with the code before it.
                    return breaks;
                case '(' or '[' or '{':
                    depth++;
                    break;
                case ')' or ']' or '}':
                    depth--;
                    break;
                case ' ' when i > 0 && i + 1 < body.Length && IsBreak(body, i):
                    breaks.Add((i + 1, depth));
                    break;
            }
        }

        return breaks;
    }

    /// <summary>Whether the space at <paramref name="i"/> may become a line break.</summary>
    private static bool IsBreak(string body, int i)
    {
        var before = body[i - 1];
        if (before == ',' || (before == '=' && i >= 2 && body[i - 2] == ' ') || (before == '>' && i >= 2 && body[i - 2] == '='))
        {
            return true;
        }

        foreach (var operatorText in s_breakBefore)
        {
            if (string.CompareOrdinal(body, i + 1, operatorText, 0, operatorText.Length) == 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The index of the quote closing the string or character literal opened at <paramref name="open"/>; -1 if none.</summary>
    private static int EndOfLiteral(string body, int open)
    {
        for (var i = open + 1; i < body.Length; i++)
        {
            if (body[i] == '\\')
            {
                i++;
            }
            else if (body[i] == body[open])
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>A comment broken between words, each line with the same slashes.</summary>
    private static IReadOnlyList<string> WrapComment(string indent, string body, int width)
    {
        var slashes = 0;
        while (slashes < body.Length && body[slashes] == '/')
        {
            slashes++;
        }

        var marker = body.Substring(0, slashes) + " ";
        var room = width - indent.Length - marker.Length;
        var words = body.Substring(slashes).TrimStart(' ').Split(' ').SelectMany(word => Pieces(word, room)).ToList();
        var lines = new List<string>();
        var line = new System.Text.StringBuilder(indent).Append(marker).Append(words[0]);
        for (var i = 1; i < words.Count; i++)
        {
            if (line.Length + 1 + words[i].Length > width)
            {
                lines.Add(line.ToString());
                line.Clear().Append(indent).Append(marker).Append(words[i]);
            }
            else
            {
                line.Append(' ').Append(words[i]);
            }
        }

        lines.Add(line.ToString());
        return lines;
    }

    /// <summary>
    /// A word of a comment longer than a line (a regex in a doc comment) in pieces that fit, cut after a <c>|</c>,
    /// <c>)</c>, <c>]</c> or <c>,</c> outside XML tags and entities, so the comment stays well-formed XML.
    /// </summary>
    private static IEnumerable<string> Pieces(string word, int room)
    {
        var start = 0;
        while (word.Length - start > room)
        {
            var cut = -1;
            var inMarkup = false;
            for (var i = start; i < word.Length - 1; i++)
            {
                var c = word[i];
                inMarkup = c is '<' or '&' || (inMarkup && c is not '>' and not ';');
                if (!inMarkup && c is '|' or ')' or ']' or ',')
                {
                    if (i + 1 - start > room && cut > start)
                    {
                        break;
                    }

                    cut = i + 1;
                }
            }

            if (cut <= start)
            {
                break;
            }

            yield return word.Substring(start, cut - start);
            start = cut;
        }

        yield return word.Substring(start);
    }
}
