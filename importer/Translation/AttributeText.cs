using EcsForge.Mapping;
using SymbolDisplay = Microsoft.CodeAnalysis.CSharp.SymbolDisplay;

namespace EcsForge.Importer.Translation;

/// <summary>Writes the attribute lines of an imported dataset as C# source text.</summary>
internal static class AttributeText
{
    public static string String(string value) => SymbolDisplay.FormatLiteral(value, quote: true);

    public static string CustomField(string name, FieldType type, string description)
        => $"[CustomField({String(name)}, FieldType.{type}, {String(description)})]";

    /// <summary>A marker comment: the construct is left out of the dataset, which therefore differs from the pipeline there.</summary>
    public static string NotTranslated(Untranslated untranslated)
        => "// not translated: " + OneLine(untranslated.ToString());

    public static string Comment(string text) => "// " + OneLine(text);

    private static string OneLine(string text) => text.Replace("\r", " ", System.StringComparison.Ordinal).Replace("\n", " ", System.StringComparison.Ordinal);
}
