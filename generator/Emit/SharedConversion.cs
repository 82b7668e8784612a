using System.Linq;
using EcsForge.Generator.Model;
using EcsForge.Generator.Shared;

namespace EcsForge.Generator.Emit;

/// <summary>A conversion of the same sources that several rules apply, computed once per event into <see cref="Field"/>.</summary>
internal sealed record SharedConversion(EquatableArray<string> Sources, Conversion Conversion, string? Delimiter, string Field)
{
    /// <summary>The sources whose value a rule converts: a map rule's fallbacks in order, a translation's first source.</summary>
    public static System.Collections.Generic.IEnumerable<string> ConvertedSources(MappingRule rule)
        => rule.Kind == RuleKind.Translate ? rule.Sources.Take(1) : rule.Sources;

    public bool Matches(MappingRule rule)
        => rule.Kind is RuleKind.Map or RuleKind.Translate
            && rule.Conversion == Conversion && rule.Delimiter == Delimiter && ConvertedSources(rule).SequenceEqual(Sources);
}
