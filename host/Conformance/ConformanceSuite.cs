using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace EcsForge.Host.Conformance;

/// <summary>Finds the formats of a suite laid out as <c>&lt;Module&gt;/&lt;format&gt;/{_meta/manifest.yml,tests/*.json}</c>.</summary>
public static class ConformanceSuite
{
    /// <summary>
    /// Every directory under <paramref name="directory"/> (itself included) holding both <c>_meta/manifest.yml</c> and
    /// <c>tests/</c>, so the suite root, a module or a single format can be given. Formats and cases are sorted.
    /// </summary>
    public static IReadOnlyList<ConformanceFormat> Discover(string directory)
    {
        var root = Path.GetFullPath(directory);
        if (!Directory.Exists(root))
        {
            throw new DirectoryNotFoundException($"conformance directory not found: {directory}");
        }

        var formats = new List<ConformanceFormat>();
        var candidates = Directory.EnumerateDirectories(root, "*", SearchOption.AllDirectories)
            .Prepend(root)
            .Where(IsFormatDirectory)
            .Order(StringComparer.Ordinal);
        foreach (var formatDirectory in candidates)
        {
            var format = new ConformanceFormat(
                NameOf(formatDirectory),
                formatDirectory,
                FormatManifest.Read(Path.Combine(formatDirectory, "_meta", "manifest.yml")));
            var files = Directory.EnumerateFiles(Path.Combine(formatDirectory, "tests"), "*.json")
                .Order(StringComparer.Ordinal);
            foreach (var file in files)
            {
                format.Add(new ConformanceCase(format, format.Name + "/" + Path.GetFileName(file), file));
            }

            formats.Add(format);
        }

        return formats;
    }

    private static bool IsFormatDirectory(string path)
        => File.Exists(Path.Combine(path, "_meta", "manifest.yml")) && Directory.Exists(Path.Combine(path, "tests"));

    /// <summary>Names are module-relative whatever directory the run started from, so they are stable.</summary>
    private static string NameOf(string formatDirectory)
    {
        var module = Path.GetFileName(Path.GetDirectoryName(formatDirectory));
        var format = Path.GetFileName(formatDirectory);
        return string.IsNullOrEmpty(module) ? format : module + "/" + format;
    }
}
