namespace EcsForge.Routing;

/// <summary>One row of a dataset's "extracted fields" table, computed at build time.</summary>
public sealed record FieldDescription(string Name, string Type, string Description);
