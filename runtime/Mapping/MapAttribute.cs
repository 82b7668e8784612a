using System;

namespace EcsForge.Mapping;

/// <summary>
/// Copies a raw field to one or more ECS fields. Null, missing and empty values (<c>""</c>, <c>[]</c>, <c>{}</c>) are
/// never written. When several attributes target the same field, the last one that applies wins, as later pipeline
/// stages override earlier ones.
/// </summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = true, Inherited = false)]
public sealed class MapAttribute : Attribute
{
    /// <param name="source">Dotted path of the raw field, e.g. <c>Metadata.Request.name</c>.</param>
    /// <param name="targets">The ECS (or declared custom) fields receiving the value.</param>
    public MapAttribute(string source, params string[] targets)
    {
        Source = source;
        Targets = targets;
    }

    public string Source { get; }

    public string[] Targets { get; }

    /// <summary>Raw field used when <see cref="Source"/> is missing or empty (the pipeline's <c>a or b</c>).</summary>
    public string? Or { get; set; }

    /// <summary>A check on the value itself; the mapping is skipped when it fails.</summary>
    public Require Require { get; set; }

    /// <summary>A condition on other raw fields, e.g. <c>Action == 'login' &amp;&amp; Allowed == true</c>.</summary>
    public string? When { get; set; }

    /// <summary>A conversion applied to the value before it is written.</summary>
    public Conversion Convert { get; set; }

    /// <summary>
    /// The delimiter of <see cref="Conversion.BeforeDelimiter"/>, <see cref="Conversion.AfterDelimiter"/> and
    /// <see cref="Conversion.Split"/>; the characters removed by <see cref="Conversion.Trim"/>.
    /// </summary>
    public string? Delimiter { get; set; }
}
