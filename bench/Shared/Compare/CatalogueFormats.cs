using System.Collections.Generic;
using System.IO;
using System.Linq;
using EcsForge.Bench.Data;
using EcsForge.Importer.Compilation;

namespace EcsForge.Bench.Compare;

/// <summary>
/// The compared formats that come from the catalogue, imported and compiled in memory at run time with the importer
/// and the generator (as <c>ecsforge catalogue</c> does), so that nothing of <c>../shared</c> enters the repository.
/// </summary>
internal static class CatalogueFormats
{
    /// <summary>Where the catalogue is when commands run from the repository root.</summary>
    public const string DefaultDirectory = "../shared/catalogue";

    /// <summary>The compared datasets taken from the catalogue.</summary>
    public static IReadOnlyList<ComparedDataset> Datasets { get; } = ComparedDatasets.All.Where(d => d.Catalogue is not null).ToList();

    /// <summary>
    /// Imports and compiles <see cref="Datasets"/> from <paramref name="directory"/>, with each format's own test
    /// messages by slug; dispose the result to unload them.
    /// </summary>
    /// <exception cref="InvalidDataException">A format fails to import, or its class does not compile.</exception>
    public static (CompiledCatalogue Compiled, IReadOnlyDictionary<string, IReadOnlyList<byte[]>> Messages) Compile(string directory)
    {
        var formats = ImportedFormats.Load(directory, Datasets.Select(d => d.Catalogue!));
        var compiled = CatalogueCompiler.Compile(formats.Select(f => f.Dataset).ToList());
        if (compiled.Rejected.Count > 0)
        {
            compiled.Dispose();
            throw new InvalidDataException("does not compile: " + string.Join("; ", compiled.Rejected.Select(r => r.Key + ": " + r.Value)));
        }

        return (compiled, formats.ToDictionary(f => f.Dataset.Slug, f => f.Messages));
    }
}
