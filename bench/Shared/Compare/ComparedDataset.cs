using System;

namespace EcsForge.Bench.Compare;

/// <summary>A dataset compared: its intake format and how to build its two hand-written mappers.</summary>
internal sealed record ComparedDataset(
    string Title, string Slug, string BaselineKind, Func<IEventMapper> CreateBaseline, Func<IEventMapper> CreateFloor);
