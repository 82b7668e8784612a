using System;
using System.Collections.Generic;
using System.IO;

namespace EcsForge.Host.Conformance;

/// <summary>The identity of a format from its <c>_meta/manifest.yml</c>.</summary>
public sealed record FormatManifest(string Uuid, string Slug)
{
    /// <summary>
    /// Reads the top-level <c>key: value</c> lines, which is all the identity needs; nested or multi-line YAML is
    /// ignored rather than interpreted.
    /// </summary>
    public static FormatManifest Read(string path)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var line in File.ReadLines(path))
        {
            if (line.Length == 0 || char.IsWhiteSpace(line[0]) || line[0] == '#')
            {
                continue;
            }

            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon > 0)
            {
                values.TryAdd(line[..colon].Trim(), Unquote(line[(colon + 1)..].Trim()));
            }
        }

        return new FormatManifest(Require(values, "uuid", path), Require(values, "slug", path));
    }

    private static string Require(Dictionary<string, string> values, string key, string path)
        => values.TryGetValue(key, out var value) && value.Length > 0
            ? value
            : throw new InvalidDataException($"{path} has no '{key}:' line");

    private static string Unquote(string value)
        => value.Length >= 2 && value[0] == value[^1] && value[0] is '"' or '\'' ? value[1..^1] : value;
}
