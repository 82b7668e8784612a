using System;

namespace EcsForge.Bench.Compare;

/// <summary>A dataset compared: its intake format and how to build its two hand-written mappers.</summary>
/// <param name="Catalogue">
/// For a format of the catalogue (<c>Vendor/format</c>), imported and compiled at run time rather than shipped in
/// <c>parsers/</c>; null for a shipped dataset.
/// </param>
internal sealed record ComparedDataset(
    string Title, string Slug, string BaselineKind, Func<IEventMapper> CreateBaseline, Func<IEventMapper> CreateFloor, string? Catalogue = null);
