using System;

namespace EcsForge.Pipelines;

/// <summary>
/// One pipeline value, by value: scalars inline, strings as a slice of a constant or of the event's
/// <see cref="ValueArena"/>, lists and dicts as a container of that arena. Copying one never allocates.
/// </summary>
public readonly struct Value
{
    private readonly long _bits;
    private readonly string? _constant;

    private Value(ValueKind kind, long bits, int start, int length, string? constant)
    {
        Kind = kind;
        _bits = bits;
        Start = start;
        Length = length;
        _constant = constant;
    }

    public static Value Absent => default;

    public static Value None { get; } = new(ValueKind.None, 0, 0, 0, null);

    public static Value True { get; } = new(ValueKind.True, 0, 0, 0, null);

    public static Value False { get; } = new(ValueKind.False, 0, 0, 0, null);

    public static Value Error { get; } = new(ValueKind.Error, 0, 0, 0, null);

    public ValueKind Kind { get; }

    /// <summary>For a string in the arena, its first character; for a list or dict, its container.</summary>
    internal int Start { get; }

    /// <summary>For a string, its length in UTF-16 code units.</summary>
    internal int Length { get; }

    internal string? Constant => _constant;

    public bool IsAbsent => Kind == ValueKind.Absent;

    public bool IsError => Kind == ValueKind.Error;

    public bool IsString => Kind == ValueKind.String;

    public bool IsNumber => Kind is ValueKind.Integer or ValueKind.Float;

    public bool IsContainer => Kind is ValueKind.List or ValueKind.Dict;

    public long Integer => _bits;

    public double Float => BitConverter.Int64BitsToDouble(_bits);

    /// <summary>The number as a double, for arithmetic and comparisons mixing integers and floats.</summary>
    public double AsDouble => Kind == ValueKind.Integer ? _bits : Float;

    public static Value Bool(bool value) => value ? True : False;

    public static Value FromInteger(long value) => new(ValueKind.Integer, value, 0, 0, null);

    public static Value FromFloat(double value) => new(ValueKind.Float, BitConverter.DoubleToInt64Bits(value), 0, 0, null);

    /// <summary>A string that is (a slice of) a constant: literals of the generated code never enter the arena.</summary>
    public static Value FromConstant(string text) => new(ValueKind.String, 0, 0, text.Length, text);

    public static Value FromConstant(string text, int start, int length) => new(ValueKind.String, 0, start, length, text);

    internal static Value ArenaString(int start, int length) => new(ValueKind.String, 0, start, length, null);

    internal static Value Container(ValueKind kind, int container) => new(kind, 0, container, 0, null);

    public override string ToString() => Kind.ToString();
}
