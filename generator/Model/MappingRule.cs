using EcsForge.Generator.Shared;

namespace EcsForge.Generator.Model;

public enum RuleKind
{
    Map,
    Constant,
    Translate,
    Template,
}

/// <summary>
/// One way a target field can get its value. Rules keep their attribute order: for a target, the last rule that
/// applies wins, as later pipeline stages override earlier ones. Only the members a kind of rule uses are set.
/// </summary>
public sealed record MappingRule
{
    public required RuleKind Kind { get; init; }

    public required string Target { get; init; }

    /// <summary>Source paths, tried in order until one has a value (Map, Translate), or the fields of a Template.</summary>
    public EquatableArray<string> Sources { get; init; } = EquatableArray<string>.Empty;

    public Require Require { get; init; }

    public Conversion Conversion { get; init; }

    /// <summary>For Conversion's BeforeDelimiter, AfterDelimiter, Split and Trim.</summary>
    public string? Delimiter { get; init; }

    public EquatableArray<ConditionClause> When { get; init; } = EquatableArray<ConditionClause>.Empty;

    public ConstantValue? Constant { get; init; }

    public EquatableArray<TranslationEntry> Translations { get; init; } = EquatableArray<TranslationEntry>.Empty;

    /// <summary>The Translate value for a text no entry matches.</summary>
    public string? Fallback { get; init; }

    public EquatableArray<TemplatePart> Template { get; init; } = EquatableArray<TemplatePart>.Empty;
}

public sealed record TranslationEntry(string From, string To);

public sealed record TemplatePart(bool IsField, string Text);
