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
/// applies wins, as later pipeline stages override earlier ones.
/// </summary>
public sealed record MappingRule(
    RuleKind Kind,
    string Target,
    EquatableArray<string> Sources,
    Require Require,
    Conversion Conversion,
    EquatableArray<ConditionClause> When,
    ConstantValue? Constant,
    EquatableArray<TranslationEntry> Translations,
    string? Fallback,
    EquatableArray<TemplatePart> Template,
    string? Delimiter = null);

public sealed record TranslationEntry(string From, string To);

public sealed record TemplatePart(bool IsField, string Text);
