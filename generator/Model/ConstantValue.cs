namespace EcsForge.Generator.Model;

public enum ConstantKind
{
    String,
    StringList,
    Long,
    Boolean,
    Double,
}

/// <summary>A constant written as is; numbers and booleans are kept as their invariant text.</summary>
public sealed record ConstantValue(ConstantKind Kind, EquatableArray<string> Values);
