using System.Collections.Generic;
using EcsForge.Importer.Translation;

namespace EcsForge.Importer;

/// <summary>A catalogue format translated into a dataset class.</summary>
/// <param name="Name"><c>Vendor/format</c>, as the catalogue lays it out.</param>
/// <param name="Slug">The format slug from its manifest, by which the router finds it.</param>
/// <param name="ClassName">The dataset class, unique across the catalogue, in namespace <see cref="DatasetImporter.Namespace"/>.</param>
/// <param name="Source">The C# source of the class.</param>
/// <param name="Untranslated">What the class leaves out, in pipeline order (also marked in <paramref name="Source"/>).</param>
public sealed record ImportedDataset(string Name, string Slug, string ClassName, string Source, IReadOnlyList<Untranslated> Untranslated, InputKind Kind)
{
    public string FileName => ClassName + ".cs";
}
