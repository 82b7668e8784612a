using System.Globalization;
using System.Text;
using Microsoft.CodeAnalysis.CSharp;

namespace EcsForge.Generator.Emit;

/// <summary>Literal and identifier spelling for generated C#.</summary>
internal static class CSharp
{
    /// <summary>A C# string literal.</summary>
    public static string String(string value)
    {
        var builder = new StringBuilder(value.Length + 2).Append('"');
        foreach (var c in value)
        {
            switch (c)
            {
                case '"': builder.Append("\\\""); break;
                case '\\': builder.Append("\\\\"); break;
                case '\n': builder.Append("\\n"); break;
                case '\r': builder.Append("\\r"); break;
                case '\t': builder.Append("\\t"); break;
                default:
                    if (char.IsControl(c) || char.IsSurrogate(c))
                    {
                        builder.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        builder.Append(c);
                    }

                    break;
            }
        }

        return builder.Append('"').ToString();
    }

    /// <summary>
    /// A string constant for long text (a field description): literals of at most about <paramref name="chunk"/>
    /// characters, cut after a space and joined with <c>+</c>, which the compiler folds back into one string, so
    /// the line holding it can be wrapped.
    /// </summary>
    public static string Text(string value, int chunk = 100)
    {
        var parts = new System.Collections.Generic.List<string>();
        var start = 0;
        while (value.Length - start > chunk)
        {
            var cut = value.LastIndexOf(' ', start + chunk - 1, chunk - 1);
            if (cut < start)
            {
                break;
            }

            parts.Add(String(value.Substring(start, cut + 1 - start)));
            start = cut + 1;
        }

        parts.Add(String(value.Substring(start)));
        return string.Join(" + ", parts);
    }

    /// <summary>A UTF-8 literal (<c>"..."u8</c>).</summary>
    public static string Utf8(string value) => String(value) + "u8";

    /// <summary>A readable identifier from a dotted name: <c>source.ip</c> becomes <c>source_ip</c>.</summary>
    public static string Identifier(string name)
    {
        var builder = new StringBuilder(name.Length + 1);
        foreach (var c in name)
        {
            builder.Append(char.IsLetterOrDigit(c) && c < 128 ? c : '_');
        }

        if (builder.Length == 0 || char.IsDigit(builder[0]))
        {
            builder.Insert(0, '_');
        }

        return builder.ToString();
    }

    /// <summary>An identifier usable on its own: keywords get a verbatim <c>@</c>.</summary>
    public static string EscapedIdentifier(string name)
    {
        var identifier = Identifier(name);
        return SyntaxFacts.GetKeywordKind(identifier) == SyntaxKind.None ? identifier : "@" + identifier;
    }

    /// <summary>Byte length of a name in UTF-8, which is what the generated reader switches on.</summary>
    public static int Utf8Length(string value) => Encoding.UTF8.GetByteCount(value);
}
