using Microsoft.CodeAnalysis.Text;

namespace EcsForge.Generator.Reading;

/// <summary>Maps offsets in a C# string literal's value to offsets in its source text (regular, verbatim and raw literals).</summary>
internal static class StringLiteralSpans
{
    public static TextSpan Map(string tokenText, int start, int length)
    {
        var from = Offset(tokenText, start);
        var to = Offset(tokenText, start + length);
        return new TextSpan(from, System.Math.Max(to - from, 1));
    }

    /// <summary>The source offset of the value character at <paramref name="index"/>.</summary>
    private static int Offset(string text, int index)
    {
        if (text.StartsWith("\"\"\"", System.StringComparison.Ordinal))
        {
            // A raw literal: its value is its text after the opening quotes (single-line form).
            return System.Math.Min(3 + index, text.Length);
        }

        var verbatim = text.StartsWith("@", System.StringComparison.Ordinal);
        var i = verbatim ? 2 : 1;
        var value = 0;
        while (i < text.Length - 1 && value < index)
        {
            if (verbatim)
            {
                i += text[i] == '"' ? 2 : 1;
            }
            else if (text[i] == '\\' && i + 1 < text.Length)
            {
                i += text[i + 1] switch
                {
                    'u' => 6,
                    'U' => 10,
                    'x' => EscapeLength(text, i),
                    _ => 2,
                };
            }
            else
            {
                i++;
            }

            value++;
        }

        return i;
    }

    private static int EscapeLength(string text, int i)
    {
        var length = 2;
        while (length < 6 && i + length < text.Length && System.Uri.IsHexDigit(text[i + length]))
        {
            length++;
        }

        return length;
    }
}
