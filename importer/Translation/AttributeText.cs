using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using EcsForge.Mapping;
using SymbolDisplay = Microsoft.CodeAnalysis.CSharp.SymbolDisplay;

namespace EcsForge.Importer.Translation;

/// <summary>Writes the attribute lines of an imported dataset as C# source text.</summary>
internal static class AttributeText
{
    public static string String(string value) => SymbolDisplay.FormatLiteral(value, quote: true);

    public static string Map(RawReference source, string target, string when, string? or = null, bool requireIpAddress = false)
    {
        var arguments = new List<string> { String(source.Path), String(target) };
        if (or is not null)
        {
            arguments.Add("Or = " + String(or));
        }

        if (requireIpAddress)
        {
            arguments.Add("Require = Require.IpAddress");
        }

        if (source.Convert != Conversion.None)
        {
            arguments.Add("Convert = Conversion." + source.Convert);
        }

        return Attribute("Map", arguments, when);
    }

    public static string Constant(string target, string value, string when)
        => Attribute("Constant", new List<string> { String(target), String(value) }, when);

    public static string Constant(string target, long value, string when)
        => Attribute("Constant", new List<string> { String(target), value.ToString(CultureInfo.InvariantCulture) + "L" }, when);

    public static string Constant(string target, bool value, string when)
        => Attribute("Constant", new List<string> { String(target), value ? "true" : "false" }, when);

    public static string Constant(string target, IReadOnlyList<string> values, string when)
        => Attribute("Constant", new List<string> { String(target), "new[] { " + string.Join(", ", values.Select(String)) + " }" }, when);

    public static string Template(string target, string template, string when)
        => Attribute("Template", new List<string> { String(target), String(template) }, when);

    public static string Translate(string source, string target, IReadOnlyList<string> pairs, string? fallback, string when)
    {
        var arguments = new List<string> { String(source), String(target) };
        arguments.AddRange(pairs.Select(String));
        if (fallback is not null)
        {
            arguments.Add("Fallback = " + String(fallback));
        }

        return Attribute("Translate", arguments, when);
    }

    public static string CustomField(string name, FieldType type, string description)
        => $"[CustomField({String(name)}, FieldType.{type}, {String(description)})]";

    /// <summary>A marker comment: the construct is left out of the dataset, which therefore differs from the pipeline there.</summary>
    public static string NotTranslated(Untranslated untranslated)
        => "// not translated: " + OneLine(untranslated.ToString());

    public static string Comment(string text) => "// " + OneLine(text);

    private static string Attribute(string name, List<string> arguments, string when)
    {
        if (when.Length > 0)
        {
            arguments.Add("When = " + String(when));
        }

        return $"[{name}({string.Join(", ", arguments)})]";
    }

    private static string OneLine(string text) => text.Replace("\r", " ", System.StringComparison.Ordinal).Replace("\n", " ", System.StringComparison.Ordinal);
}
