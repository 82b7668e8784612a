using EcsForge.Generator.Patterns;
using EcsForge.Generator.Shared;

namespace EcsForge.Generator.Model;

/// <summary>
/// Everything the emitter needs to generate one dataset's parser, as plain equatable data: no symbols or syntax, so an
/// unrelated edit leaves it equal and the generated source cached.
/// </summary>
public sealed record DatasetModel(
    string Namespace,
    string ClassName,
    string Uuid,
    string Slug,
    string Name,
    EquatableArray<MappingRule> Rules,
    EquatableArray<TargetField> Targets,
    EquatableArray<string> ComputedTargets,
    InputFormat Input,
    PatternSetModel? Patterns,
    SpreadModel? Spread = null,
    bool InfersUserAgents = false);

/// <summary>A <c>[Spread]</c>: every top-level raw property copied under <c>Into</c>, typed by the declared custom fields there.</summary>
public sealed record SpreadModel(string Into, EquatableArray<TargetField> Fields);

/// <summary>Mirrors the runtime's <c>InputFormat</c>.</summary>
/// <summary>The result of reading one attributed class: a model when it is usable, its diagnostics, and its identity.</summary>
public sealed record DatasetResult(DatasetModel? Model, EquatableArray<DiagnosticInfo> Diagnostics, DatasetIdentity Identity);

/// <summary>A dataset's uuid and slug with where they are written, to find two datasets claiming the same intake format.</summary>
public sealed record DatasetIdentity(string ClassName, string Uuid, LocationInfo? UuidLocation, string Slug, LocationInfo? SlugLocation);
