using EcsForge.Generator.Shared;

namespace EcsForge.Generator.Model;

/// <summary>What a pipeline step is.</summary>
public enum PipelineStepKind
{
    /// <summary>Opens an action stage; its <see cref="PipelineStep.When"/> gates the actions up to the next stage.</summary>
    Stage,
    Set,
    Delete,
    ParseJson,
    ParseDate,

    // Text formats (TextStepReader, TextStepEmitter).
    ParseKeyValue,
    ParseCef,
    ParseLeef,
    ParseDelimited,
    ParseXml,
    /// <summary>Matches a grok pattern, or the pattern of a key (<see cref="PipelineStep.Grok"/>).</summary>
    ParseGrok,
}

/// <summary>
/// One step of a pipeline dataset, in declaration order, as plain data: templates are kept as their text (the emitter
/// parses them again; the reader already reported their errors).
/// </summary>
public sealed record PipelineStep
{
    public required PipelineStepKind Kind { get; init; }

    /// <summary>The stage's name (stages and parse steps) or the target field (set).</summary>
    public required string Name { get; init; }

    /// <summary>The value template of a set, or the input template of a parse step.</summary>
    public string? Template { get; init; }

    /// <summary>A set's constant of another type than text: a long, a double or a bool.</summary>
    public ConstantValue? Constant { get; init; }

    /// <summary>The name under a parse step's stage holding its result.</summary>
    public string? Output { get; init; }

    public string? When { get; init; }

    public EquatableArray<string> Targets { get; init; } = EquatableArray<string>.Empty;

    /// <summary>How a set's target is written.</summary>
    public FieldShape Shape { get; init; }

    public string? Format { get; init; }

    public string? Timezone { get; init; }

    /// <summary>The separators or columns of a text parse step.</summary>
    public TextStepOptions? Text { get; init; }
    /// <summary>A grok stage's compiled patterns.</summary>
    public GrokStep? Grok { get; init; }

    /// <summary>A set of an object whole (<see cref="FieldShape.Spread"/>): the fields below it that its dict may fill.</summary>
    public EquatableArray<SpreadField> Spread { get; init; } = EquatableArray<SpreadField>.Empty;
}

/// <summary>A field below a spread target: its full path, how it is written, and whether it holds a whole object.</summary>
public sealed record SpreadField(string Path, FieldShape Shape, bool IsObject);

/// <summary>The steps of a dataset written as a pipeline (<c>[Stage]</c>, <c>[Set]</c>, <c>[ParseJson]</c>, ...).</summary>
public sealed record PipelineModel(EquatableArray<PipelineStep> Steps)
{
    /// <summary>Texts never written (<c>[IgnoredValues]</c>).</summary>
    public EquatableArray<string> IgnoredValues { get; init; } = EquatableArray<string>.Empty;
}
