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
    InputKind Input,
    PatternSetModel? Patterns);

/// <summary>Mirrors the runtime's <c>InputFormat</c>.</summary>
public enum InputKind
{
    Json = 0,
    KeyValue = 1,
}

/// <summary>The result of reading one attributed class: a model when it is usable, and its diagnostics.</summary>
public sealed record DatasetResult(DatasetModel? Model, EquatableArray<DiagnosticInfo> Diagnostics);
