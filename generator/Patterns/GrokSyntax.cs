using System.Collections.Generic;

namespace EcsForge.Generator.Patterns;

/// <summary>
/// Whether a grok pattern compiles, for tools outside the generator (the importer checks a pipeline's patterns before
/// writing a <c>[ParseGrok]</c> that would not build).
/// </summary>
public static class GrokSyntax
{
    /// <summary>Why <paramref name="pattern"/> does not compile with the library and <paramref name="custom"/> patterns; null when it does.</summary>
    public static string? Error(string pattern, IReadOnlyDictionary<string, string> custom)
        => RegexParser.TryParse(pattern, custom, captureReferences: true, out _, out var error, out _) ? null : error;
}
