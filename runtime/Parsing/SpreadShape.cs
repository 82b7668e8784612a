// Compiled into the generator too (a linked file, as System.Text.Json's generator does), so the two cannot drift.
#if ECSFORGE_GENERATOR
namespace EcsForge.Generator.Shared;
#else
namespace EcsForge.Parsing;
#endif

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
