// Compiled into the generator too (a linked file), so the separators it accepts are the ones the runtime matches.
using System.Collections.Generic;
using System.Text;

#if ECSFORGE_GENERATOR
namespace EcsForge.Generator.Shared;
#else
namespace EcsForge.Pipelines.Scanners;
#endif

/// <summary>
/// The separators of the platform's text parsers (<c>item_sep</c>, <c>value_sep</c>), written as regular expression
/// fragments: the subset the catalogue uses, which always matches a fixed number of characters. A separator is a
/// sequence of positions, each a set of characters: a literal character, an escaped one (<c>\|</c>, <c>\$</c>,
/// <c>\\</c>), <c>\s</c>, <c>\t</c>, <c>\r</c>, <c>\n</c>, or a class such as <c>[,;]</c>. Anything else (a
/// quantifier, a group, an alternation, an anchor) is not supported and is reported, never guessed.
/// </summary>
internal static class SeparatorSyntax
{
    /// <summary>The characters of <c>\s</c> that occur in log text (ASCII whitespace).</summary>
    public const string Whitespace = " \t\n\r\f\v";

    /// <summary>
    /// Parses <paramref name="pattern"/> into its positions (each a string of the characters it accepts); null with
    /// <paramref name="error"/> set when the pattern uses something outside the subset.
    /// </summary>
    public static List<string>? Parse(string pattern, out string? error)
    {
        error = null;
        var positions = new List<string>();
        if (pattern.Length == 0)
        {
            error = "an empty separator";
            return null;
        }

        for (var i = 0; i < pattern.Length; i++)
        {
            var c = pattern[i];
            switch (c)
            {
                case '\\':
                    if (i + 1 >= pattern.Length || Escape(pattern[i + 1]) is not { } escaped)
                    {
                        error = i + 1 >= pattern.Length ? "a trailing backslash" : $"the escape '\\{pattern[i + 1]}'";
                        return null;
                    }

                    positions.Add(escaped);
                    i++;
                    break;
                case '[':
                    var set = new StringBuilder();
                    var j = i + 1;
                    if (j < pattern.Length && pattern[j] == '^')
                    {
                        error = "a negated class";
                        return null;
                    }

                    for (; j < pattern.Length && pattern[j] != ']'; j++)
                    {
                        if (pattern[j] == '\\' && j + 1 < pattern.Length && Escape(pattern[j + 1]) is { } inner)
                        {
                            set.Append(inner);
                            j++;
                        }
                        else if (pattern[j] is '\\' or '['
                            || (pattern[j] == '-' && set.Length > 0 && j + 1 < pattern.Length && pattern[j + 1] != ']'))
                        {
                            error = "a range or an escape in a class";
                            return null;
                        }
                        else
                        {
                            set.Append(pattern[j]);
                        }
                    }

                    if (j >= pattern.Length || set.Length == 0)
                    {
                        error = "an unclosed or empty class";
                        return null;
                    }

                    positions.Add(set.ToString());
                    i = j;
                    break;
                case '.' or '*' or '+' or '?' or '{' or '}' or '(' or ')' or '|' or '^' or '$' or ']':
                    error = $"the regular expression construct '{c}'";
                    return null;
                default:
                    positions.Add(c.ToString());
                    break;
            }
        }

        return positions;
    }

    private static string? Escape(char c) => c switch
    {
        's' => Whitespace,
        't' => "\t",
        'r' => "\r",
        'n' => "\n",
        _ when char.IsLetterOrDigit(c) => null,
        _ => c.ToString(),
    };
}
