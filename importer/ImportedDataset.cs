using System.Collections.Generic;
using EcsForge.Importer.Translation;

namespace EcsForge.Importer;

/// <summary>A catalogue format translated into a dataset class.</summary>
/// <param name="Name"><c>Vendor/format</c>, as the catalogue lays it out.</param>
/// <param name="ClassName">The dataset class, unique across the catalogue, in namespace <see cref="DatasetImporter.Namespace"/>.</param>
/// <param name="Source">The C# source of the class.</param>
/// <param name="Untranslated">What the class leaves out, in pipeline order (also marked in <paramref name="Source"/>).</param>
public sealed record ImportedDataset(string Name, string ClassName, string Source, IReadOnlyList<Untranslated> Untranslated, InputKind Kind)
{
    public string FileName => ClassName + ".cs";
}
