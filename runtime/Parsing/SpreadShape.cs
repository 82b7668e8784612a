namespace EcsForge.Parsing;

/// <summary>How a spread property is written, from the type the dataset declares for it (<see cref="EcsValueWriter.WriteValueAs"/>).</summary>
public enum SpreadShape
{
    /// <summary>Undeclared, or a type that keeps the raw JSON type.</summary>
    Keep,
    Keyword,
    Integer,
    Number,
    Boolean,
    List,
}
