using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace EcsForge.Generator.Expressions;

/// <summary>
/// Tokenizes one Jinja tag's expression, from an offset of the template text to its closing <c>}}</c> or <c>%}</c>.
/// Brackets are balanced as Jinja's lexer does, so <c>{{ {'a': 1} }}</c> ends at the last <c>}}</c>.
/// </summary>
internal static class Lexer
{
    private static readonly string[] s_operators =
    {
        "**", "//", "==", "!=", "<=", ">=", "+", "-", "*", "/", "%", "~", "<", ">", "=", ".", ",", ":", "|", "(", ")", "[", "]", "{", "}",
    };

    /// <summary>Tokens from <paramref name="start"/> to the tag's end; <paramref name="end"/> is the offset after the closing delimiter.</summary>
    public static List<Token> Tokenize(string text, int start, char closer, out int end, out bool trimAfter)
    {
        var tokens = new List<Token>();
        var depth = 0;
        var i = start;
        while (true)
        {
            while (i < text.Length && char.IsWhiteSpace(text[i]))
            {
                i++;
            }

            if (i >= text.Length)
            {
                throw new ExpressionError("the tag is not closed: expected '" + closer + "}'", start, 1);
            }

            var c = text[i];
            if (depth == 0 && (Closes(text, i, closer) || (c == '-' && Closes(text, i + 1, closer))))
            {
                trimAfter = c == '-';
                var closeAt = trimAfter ? i + 1 : i;
                tokens.Add(new Token(TokenKind.End, closer + "}", closeAt, 2));
                end = closeAt + 2;
                return tokens;
            }

            if (char.IsLetter(c) || c == '_')
            {
                var from = i;
                while (i < text.Length && (char.IsLetterOrDigit(text[i]) || text[i] == '_'))
                {
                    i++;
                }

                tokens.Add(new Token(TokenKind.Name, text.Substring(from, i - from), from, i - from));
                continue;
            }

            if (char.IsDigit(c) || (c == '.' && i + 1 < text.Length && char.IsDigit(text[i + 1]) && !PreviousIsValue(tokens)))
            {
                tokens.Add(Number(text, ref i));
                continue;
            }

            if (c is '\'' or '"')
            {
                tokens.Add(QuotedString(text, ref i));
                continue;
            }

            var matched = false;
            foreach (var op in s_operators)
            {
                if (string.CompareOrdinal(text, i, op, 0, op.Length) == 0)
                {
                    depth += op is "(" or "[" or "{" ? 1 : op is ")" or "]" or "}" ? -1 : 0;
                    if (depth < 0)
                    {
                        throw new ExpressionError("unexpected '" + op + "'", i, 1);
                    }

                    tokens.Add(new Token(TokenKind.Operator, op, i, op.Length));
                    i += op.Length;
                    matched = true;
                    break;
                }
            }

            if (!matched)
            {
                throw new ExpressionError("unexpected character '" + c + "'", i, 1);
            }
        }
    }

    private static bool Closes(string text, int i, char closer) => i + 1 < text.Length && text[i] == closer && text[i + 1] == '}';

    private static bool PreviousIsValue(List<Token> tokens)
        => tokens.Count > 0 && (tokens[tokens.Count - 1].Kind is TokenKind.Name or TokenKind.String or TokenKind.Integer or TokenKind.Float
            || tokens[tokens.Count - 1].Is(")") || tokens[tokens.Count - 1].Is("]"));

    private static Token Number(string text, ref int i)
    {
        var from = i;
        var isFloat = false;
        while (i < text.Length && (char.IsDigit(text[i]) || text[i] == '_'))
        {
            i++;
        }

        if (i + 1 < text.Length && text[i] == '.' && char.IsDigit(text[i + 1]))
        {
            isFloat = true;
            i++;
            while (i < text.Length && (char.IsDigit(text[i]) || text[i] == '_'))
            {
                i++;
            }
        }

        if (i < text.Length && text[i] is 'e' or 'E' && i + 1 < text.Length && (char.IsDigit(text[i + 1]) || (text[i + 1] is '+' or '-' && i + 2 < text.Length && char.IsDigit(text[i + 2]))))
        {
            isFloat = true;
            i += 2;
            while (i < text.Length && char.IsDigit(text[i]))
            {
                i++;
            }
        }

        var literal = text.Substring(from, i - from).Replace("_", string.Empty);
        if (isFloat)
        {
            return new Token(TokenKind.Float, literal, from, i - from, double.Parse(literal, NumberStyles.Float, CultureInfo.InvariantCulture));
        }

        if (!long.TryParse(literal, NumberStyles.None, CultureInfo.InvariantCulture, out var integer))
        {
            throw new ExpressionError("integer out of range", from, i - from);
        }

        return new Token(TokenKind.Integer, literal, from, i - from, integer);
    }

    /// <summary>A quoted string with Python's escapes; adjacent strings are joined by the parser.</summary>
    private static Token QuotedString(string text, ref int i)
    {
        var quote = text[i];
        var from = i++;
        var value = new StringBuilder();
        while (true)
        {
            if (i >= text.Length)
            {
                throw new ExpressionError("the string is not closed", from, 1);
            }

            var c = text[i++];
            if (c == quote)
            {
                return new Token(TokenKind.String, value.ToString(), from, i - from);
            }

            if (c != '\\' || i >= text.Length)
            {
                value.Append(c);
                continue;
            }

            var escaped = text[i++];
            switch (escaped)
            {
                case 'n': value.Append('\n'); break;
                case 't': value.Append('\t'); break;
                case 'r': value.Append('\r'); break;
                case '0': value.Append('\0'); break;
                case '\\': value.Append('\\'); break;
                case '\'': value.Append('\''); break;
                case '"': value.Append('"'); break;
                case 'u' when i + 4 <= text.Length && int.TryParse(text.Substring(i, 4), NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var code):
                    value.Append((char)code);
                    i += 4;
                    break;
                case 'x' when i + 2 <= text.Length && int.TryParse(text.Substring(i, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var hex):
                    value.Append((char)hex);
                    i += 2;
                    break;
                default:
                    // Python keeps an unknown escape as written: '\d' is backslash, d (regexes rely on it).
                    value.Append('\\').Append(escaped);
                    break;
            }
        }
    }
}
