using EcsForge.Generator.Patterns;

namespace EcsForge.Generator.Model;

/// <summary>
/// A grok stage (<c>[ParseGrok]</c>): its compiled patterns, which case selects which pattern, and the captures
/// converted to numbers. Plain data, compared structurally like the rest of the model.
/// </summary>
/// <param name="Key">The key template of a case match; null for a single pattern.</param>
/// <param name="Patterns">Each distinct pattern, compiled once (cases sharing a pattern share its matcher).</param>
/// <param name="Cases">A case match's keys, with the index of their pattern in <paramref name="Patterns"/>.</param>
/// <param name="Types">The captures typed <c>int</c> or <c>float</c> (<c>%{INT:x:int}</c>), as <c>name:type</c>.</param>
public sealed record GrokStep(string? Key, EquatableArray<PatternModel> Patterns, EquatableArray<GrokCase> Cases, EquatableArray<string> Types);

/// <summary>A case of a case match: the key and its pattern's index.</summary>
public sealed record GrokCase(string Key, int Pattern);
