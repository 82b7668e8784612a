using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.IO;
using EcsForge.Mapping;
using YamlDotNet.RepresentationModel;

namespace EcsForge.Importer.Translation;

/// <summary>
/// The platform's taxonomy outside ECS (<c>schema/sekoiaio_flat.yml</c>, beside the catalogue in the platform's
/// repositories): fields the platform keeps although ECS lacks them. Not bundled (it is no package); an import finds
/// it in a <c>schema</c> folder of the format's directory or of one of its ancestors, and does without it otherwise.
/// </summary>
internal static class TaxonomyFile
{
    public const string RelativePath = "schema/sekoiaio_flat.yml";

    private static readonly ConcurrentDictionary<string, IReadOnlyDictionary<string, FieldType>> s_loaded = new(StringComparer.Ordinal);

    /// <summary>The taxonomy's non-ECS fields with their types, or null when no taxonomy file is found above <paramref name="formatDirectory"/>.</summary>
    public static IReadOnlyDictionary<string, FieldType>? Find(string formatDirectory)
    {
        for (var directory = new DirectoryInfo(formatDirectory); directory is not null; directory = directory.Parent)
        {
            var path = Path.Combine(directory.FullName, RelativePath);
            if (File.Exists(path))
            {
                return s_loaded.GetOrAdd(path, Load);
            }
        }

        return null;
    }

    private static IReadOnlyDictionary<string, FieldType> Load(string path)
    {
        var stream = new YamlStream();
        using (var reader = new StreamReader(path))
        {
            stream.Load(reader);
        }

        var fields = new Dictionary<string, FieldType>(StringComparer.Ordinal);
        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode root)
        {
            return fields;
        }

        foreach (var (key, value) in root.Children)
        {
            var name = (key as YamlScalarNode)?.Value;
            var type = FieldCatalog.TypeOf((Yaml.Child(value, "type") as YamlScalarNode)?.Value);
            if (!string.IsNullOrEmpty(name) && type is { } known && !FieldCatalog.IsEcs(name))
            {
                fields[name] = known;
            }
        }

        return fields;
    }
}
