using System;

namespace EcsForge.Importer.Translation;

/// <summary>The two questions the importer asks of a YAML text before handing it to the generator: is it a template, and which single placeholder is it.</summary>
internal static class Jinja
{
    /// <summary>A text with no placeholder or statement: a constant.</summary>
    public static bool IsLiteral(string text) => !text.Contains("{{", StringComparison.Ordinal) && !text.Contains("{%", StringComparison.Ordinal);

    /// <summary>The expression of a text that is exactly one placeholder, <c>{{ expression }}</c>.</summary>
    public static bool TryUnwrap(string text, out string expression)
    {
        expression = string.Empty;
        var trimmed = text.Trim();
        if (!trimmed.StartsWith("{{", StringComparison.Ordinal) || !trimmed.EndsWith("}}", StringComparison.Ordinal) || trimmed.Length < 4)
        {
            return false;
        }

        var inner = trimmed[2..^2];
        if (inner.Contains("{{", StringComparison.Ordinal) || inner.Contains("}}", StringComparison.Ordinal))
        {
            return false;
        }

        expression = inner.Trim();
        return true;
    }
}
