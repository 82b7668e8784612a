using System.IO;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace EcsForge.Importer.Translation;

/// <summary>Small accessors over YamlDotNet's node model, which keeps key order and whether a scalar was quoted.</summary>
internal static class Yaml
{
    public static YamlNode? Load(string text)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(text));
        return stream.Documents.Count == 0 ? null : stream.Documents[0].RootNode;
    }

    public static YamlNode? Child(YamlNode? node, string key)
        => node is YamlMappingNode mapping && mapping.Children.TryGetValue(new YamlScalarNode(key), out var value) ? value : null;

    public static string? Text(YamlNode? node) => node is YamlScalarNode scalar ? scalar.Value : null;

    /// <summary>An unquoted scalar, whose text YAML reads as a number, boolean or null rather than a string.</summary>
    public static bool IsPlain(YamlScalarNode scalar) => scalar.Style is ScalarStyle.Plain or ScalarStyle.Any;

    /// <summary>A plain <c>null</c>, <c>~</c> or empty scalar: YAML's null.</summary>
    public static bool IsNull(YamlNode? node)
        => node is null || (node is YamlScalarNode scalar && IsPlain(scalar) && scalar.Value is null or "" or "~" or "null" or "Null" or "NULL");
}
