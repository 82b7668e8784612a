// Compiled into the generator too (a linked file, as System.Text.Json's generator does), so the two cannot drift.
#if ECSFORGE_GENERATOR
namespace EcsForge.Generator.Shared;
#else
namespace EcsForge.Mapping;
#endif

/// <summary>Types of custom fields, as the taxonomy files name them.</summary>
public enum FieldType
{
    Keyword = 0,
    Text,
    Number,
    Long,
    Boolean,
    Date,
    Ip,
    Array,
    Object,

    /// <summary>
    /// An integer field the platform does not convert: values are written with their own type (Windows, Pradeo: 55
    /// cases keep <c>"4756"</c> text where <c>long</c> fields always hold numbers).
    /// </summary>
    Integer,
}
