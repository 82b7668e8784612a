namespace EcsForge.Generator.Schema;

/// <summary>One ECS field as listed in the flat schema.</summary>
/// <param name="Name">Dotted field name, e.g. <c>source.ip</c>.</param>
/// <param name="Type">Elasticsearch field type, e.g. <c>keyword</c>, <c>ip</c>, <c>long</c>, <c>object</c>.</param>
/// <param name="IsArray">True when ECS normalizes the field to an array.</param>
/// <param name="Description">The ECS short description.</param>
public sealed record EcsField(string Name, string Type, bool IsArray, string Description);
