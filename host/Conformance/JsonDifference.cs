namespace EcsForge.Host.Conformance;

public enum DifferenceKind
{
    /// <summary>Present on both sides with different values.</summary>
    Changed,

    /// <summary>Expected but not produced.</summary>
    Missing,

    /// <summary>Produced but not expected.</summary>
    Extra,
}

/// <summary>
/// One differing field. <see cref="Path"/> is dotted (<c>source.ip</c>; empty for the root); the values are canonical
/// JSON text, null when the field is absent on that side (a JSON null is the text <c>null</c>).
/// </summary>
public sealed record JsonDifference(string Path, string? Expected, string? Actual)
{
    public DifferenceKind Kind => Expected is null ? DifferenceKind.Extra : Actual is null ? DifferenceKind.Missing : DifferenceKind.Changed;
}
