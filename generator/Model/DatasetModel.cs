using EcsForge.Generator.Patterns;
using EcsForge.Generator.Shared;

namespace EcsForge.Generator.Model;

/// <summary>
/// Everything the emitter needs to generate one dataset's parser, as plain equatable data: no symbols or syntax, so an
/// unrelated edit leaves it equal and the generated source cached.
/// </summary>
public sealed record DatasetModel
{
    public required string Namespace { get; init; }

    public required string ClassName { get; init; }

    public required string Uuid { get; init; }

    public required string Slug { get; init; }

    public required string Name { get; init; }

    public required InputFormat Input { get; init; }

    public EquatableArray<MappingRule> Rules { get; init; } = EquatableArray<MappingRule>.Empty;

    public EquatableArray<TargetField> Targets { get; init; } = EquatableArray<TargetField>.Empty;

    /// <summary>Targets the dataset's <c>Compute</c> hook sets.</summary>
    public EquatableArray<string> ComputedTargets { get; init; } = EquatableArray<string>.Empty;

    public PatternSetModel? Patterns { get; init; }

    public SpreadModel? Spread { get; init; }

    /// <summary>Whether <c>user_agent.*</c> is inferred: the dataset writes <c>user_agent.original</c> and EcsForge.UserAgents is referenced.</summary>
    public bool InfersUserAgents { get; init; }

    /// <summary>The steps of a dataset written as a pipeline; null for a dataset of mappings.</summary>
    public PipelineModel? Pipeline { get; init; }
}

/// <summary>A <c>[Spread]</c>: every top-level raw property copied under <c>Into</c>, typed by the declared custom fields there.</summary>
public sealed record SpreadModel(string Into, EquatableArray<TargetField> Fields);

/// <summary>Mirrors the runtime's <c>InputFormat</c>.</summary>
/// <summary>The result of reading one attributed class: a model when it is usable, its diagnostics, and its identity.</summary>
public sealed record DatasetResult(DatasetModel? Model, EquatableArray<DiagnosticInfo> Diagnostics, DatasetIdentity Identity);

/// <summary>A dataset's uuid and slug with where they are written, to find two datasets claiming the same intake format.</summary>
public sealed record DatasetIdentity(string ClassName, string Uuid, LocationInfo? UuidLocation, string Slug, LocationInfo? SlugLocation);
