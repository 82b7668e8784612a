using EcsForge.Mapping;

namespace EcsForge.Importer.Translation;

/// <summary>A placeholder resolved to a raw input path, with the conversion the stage it came through applies.</summary>
internal sealed record RawReference(string Path, Conversion Convert);
