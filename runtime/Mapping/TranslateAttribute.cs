using System;

namespace EcsForge.Mapping;

/// <summary>
/// Maps a raw value through a dictionary, given as pairs: <c>"block", "denied", "allow", "allowed"</c>. Booleans are
/// matched as <c>true</c>/<c>false</c>. Values missing from the dictionary get <see cref="Fallback"/>, or nothing.
/// </summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = true, Inherited = false)]
public sealed class TranslateAttribute : Attribute
{
    public TranslateAttribute(string source, string target, params string[] pairs)
    {
        Source = source;
        Target = target;
        Pairs = pairs;
    }

    public string Source { get; }

    public string Target { get; }

    public string[] Pairs { get; }

    public string? Fallback { get; set; }

    /// <summary>A class carrying a shared <see cref="TranslationTableAttribute"/>, used instead of inline pairs.</summary>
    public Type? Table { get; set; }

    /// <summary>A conversion applied to the raw value before it is looked up, e.g. the event code before ':'.</summary>
    public Conversion Convert { get; set; }

    /// <summary>The delimiter of <see cref="Conversion.BeforeDelimiter"/>, <see cref="Conversion.AfterDelimiter"/> and <see cref="Conversion.Split"/>.</summary>
    public string? Delimiter { get; set; }

    /// <summary>A condition on raw fields; the translation applies only when it holds.</summary>
    public string? When { get; set; }
}
