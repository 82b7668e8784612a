using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json.Nodes;
using EcsForge.Importer;

namespace EcsForge.Bench.Data;

/// <summary>Catalogue formats imported for measuring: their datasets and the input messages of their test cases.</summary>
internal static class ImportedFormats
{
    /// <summary>Imports <c>DIR/Vendor/format</c> for each name; the messages are each case's <c>input.message</c>.</summary>
    public static List<(ImportedDataset Dataset, IReadOnlyList<byte[]> Messages)> Load(string catalogue, IEnumerable<string> names)
    {
        var formats = new List<(ImportedDataset, IReadOnlyList<byte[]>)>();
        foreach (var name in names)
        {
            var directory = Path.Combine(catalogue, name);
            var dataset = DatasetImporter.Import(directory, name);
            var messages = Directory.EnumerateFiles(Path.Combine(directory, "tests"), "*.json")
                .Order(StringComparer.Ordinal)
                .Select(file => JsonNode.Parse(File.ReadAllBytes(file))?["input"]?["message"]?.GetValue<string>())
                .OfType<string>()
                .Select(Encoding.UTF8.GetBytes)
                .ToList();
            formats.Add((dataset, messages));
        }

        return formats;
    }
}
