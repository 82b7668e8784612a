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
/// applies wins, as later pipeline stages override earlier ones.
/// </summary>
public sealed record MappingRule(
    RuleKind Kind,
    string Target,
    EquatableArray<string> Sources,
    RequireCheck Require,
    ValueConversion Conversion,
    EquatableArray<ConditionClause> When,
    ConstantValue? Constant,
    EquatableArray<TranslationEntry> Translations,
    string? Fallback,
    EquatableArray<TemplatePart> Template,
    string? Delimiter = null);

/// <summary>Mirrors the runtime's <c>Require</c> flags.</summary>
[System.Flags]
public enum RequireCheck
{
    None = 0,
    IpAddress = 1,
    Sha256Length = 2,
}

/// <summary>Mirrors the runtime's <c>Conversion</c> enum.</summary>
public enum ValueConversion
{
    None = 0,
    EpochNanoseconds = 1,
    UnmapIPv4 = 2,
    Rfc3339 = 3,
    BeforeDelimiter = 4,
    AfterDelimiter = 5,
    Split = 6,
    Trim = 7,
    IpAddresses = 8,
}

public sealed record TranslationEntry(string From, string To);

public sealed record TemplatePart(bool IsField, string Text);
