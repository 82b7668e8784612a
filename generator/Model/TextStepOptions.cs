namespace EcsForge.Generator.Model;

/// <summary>
/// The options of a text parse step (<c>[ParseKeyValue]</c>, <c>[ParseDelimited]</c>, ...), as plain data: separators
/// are kept as written (regular expression fragments, checked by the reader, compiled once by the runtime).
/// </summary>
public sealed record TextStepOptions
{
    /// <summary>Between key=value items (<c>[ParseKeyValue]</c>).</summary>
    public string? ItemSeparator { get; init; }

    /// <summary>Between a key and its value (<c>[ParseKeyValue]</c>).</summary>
    public string? ValueSeparator { get; init; }

    /// <summary>Whether brackets nest key=value items into dicts (<c>[ParseKeyValue(Groups = true)]</c>).</summary>
    public bool Groups { get; init; }

    /// <summary>The field names of a <c>[ParseDelimited]</c> row.</summary>
    public EquatableArray<string> Columns { get; init; } = EquatableArray<string>.Empty;

    /// <summary>The delimiter of a <c>[ParseDelimited]</c> row.</summary>
    public string? Delimiter { get; init; }
}

/// <summary>Which kinds of steps parse their input into a stage's output.</summary>
public static class PipelineStepKinds
{
    /// <summary>Whether <paramref name="kind"/> stores a value under its stage (<c>stage.output</c>).</summary>
    public static bool IsParse(this PipelineStepKind kind) => kind is PipelineStepKind.ParseJson or PipelineStepKind.ParseDate or PipelineStepKind.ParseGrok || IsTextParse(kind);

    /// <summary>Whether <paramref name="kind"/> is one of the text format steps (TextStepEmitter).</summary>
    public static bool IsTextParse(this PipelineStepKind kind)
        => kind is PipelineStepKind.ParseKeyValue or PipelineStepKind.ParseCef or PipelineStepKind.ParseLeef or PipelineStepKind.ParseDelimited
            or PipelineStepKind.ParseXml;
}
