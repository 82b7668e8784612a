namespace EcsForge.UserAgents;

/// <summary>
/// One ua-parser regex's group count and replacements, in its list's order: family, major, minor, patch, patch minor
/// for user agents and operating systems; family, brand, model for devices. Null where the file gives none.
/// </summary>
public sealed record UapRule(int Groups, string? First, string? Second, string? Third, string? Fourth, string? Fifth);

/// <summary>One compiled ua-parser regex: true when it matches <paramref name="text"/>, with its groups in <paramref name="slots"/>.</summary>
public delegate bool UapMatcherMethod(System.ReadOnlySpan<byte> text, System.Span<int> slots, EcsForge.Patterns.PatternState state);
