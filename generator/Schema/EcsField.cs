namespace EcsForge.Generator.Schema;

/// <summary>One ECS field as listed in the flat schema.</summary>
/// <param name="Name">Dotted field name, e.g. <c>source.ip</c>.</param>
/// <param name="Type">Elasticsearch field type, e.g. <c>keyword</c>, <c>ip</c>, <c>long</c>, <c>object</c>.</param>
/// <param name="IsArray">True when ECS normalizes the field to an array.</param>
/// <param name="Description">The ECS short description.</param>
public sealed record EcsField(string Name, string Type, bool IsArray, string Description)
{
    // Get-only properties: positional ones would be init-only, which on netstandard2.0 needs an
    // IsExternalInit polyfill that another file of this assembly could declare too.
    public string Name { get; } = Name;
    public string Type { get; } = Type;
    public bool IsArray { get; } = IsArray;
    public string Description { get; } = Description;
}
