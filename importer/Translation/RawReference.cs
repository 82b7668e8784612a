using EcsForge.Mapping;

namespace EcsForge.Importer.Translation;

/// <summary>
/// A placeholder resolved to a raw input path, with the conversion the stage it came through applies and the condition
/// under which that stage ran (empty when it always runs).
/// </summary>
internal sealed record RawReference(string Path, Conversion Convert, string When = "");
