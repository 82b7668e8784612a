namespace EcsForge.Mapping;

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
}
