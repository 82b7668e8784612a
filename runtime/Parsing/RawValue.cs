namespace EcsForge.Parsing;

/// <summary>
/// A value located, not copied: a slice of the input message (or of the event's scratch buffer when it had to be
/// unescaped or converted). Strings exclude their quotes; objects and arrays span their raw JSON text.
/// </summary>
public readonly struct RawValue
{
    public RawValue(RawKind kind, int start, int length, bool inScratch = false)
    {
        Kind = kind;
        Start = start;
        Length = length;
        InScratch = inScratch;
    }

    public RawKind Kind { get; }

    public int Start { get; }

    public int Length { get; }

    public bool InScratch { get; }

    /// <summary>True for values that are written: not missing, null or empty.</summary>
    public bool HasValue => Kind >= RawKind.String;

    /// <summary>True for what the writer writes: a value, or an empty list.</summary>
    public bool IsWritten => Kind >= RawKind.EmptyList;

    public static RawValue Missing => default;

    /// <summary>True when both locate the same bytes, so work done on one (a suffix lookup) serves the other.</summary>
    public bool SameAs(in RawValue other)
        => Kind == other.Kind && Start == other.Start && Length == other.Length && InScratch == other.InScratch;

    public static RawValue Constant(int id) => new(RawKind.Constant, id, 0);

    /// <summary>A pattern capture as a located value: a slice of the matched field (unset and empty captures are empty values).</summary>
    public static RawValue Capture(in RawValue field, int start, int end)
        => start < 0 || end <= start
            ? new RawValue(RawKind.Empty, 0, 0)
            : new RawValue(RawKind.String, field.Start + start, end - start, field.InScratch);
}
