using EcsForge.Generator.Shared;

namespace EcsForge.Generator.Reading;

/// <summary>The text steps' separator grammar as a service to tools (the importer): why a separator is not supported.</summary>
public static class TextStepSyntax
{
    /// <summary>Null when <paramref name="separator"/> is supported; otherwise what in it is not.</summary>
    public static string? SeparatorError(string separator)
        => SeparatorSyntax.Parse(separator, out var error) is null ? error : null;
}
