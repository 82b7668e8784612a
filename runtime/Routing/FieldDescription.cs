namespace EcsForge.Routing;

/// <summary>
/// One field a dataset can write, computed at build time: its name, its ECS type name (<c>keyword</c>, <c>long</c>,
/// <c>ip</c>, ...) and its description.
/// </summary>
public sealed record FieldDescription(string Name, string Type, string Description)
{
    /// <summary>
    /// Inferred by the platform's post-processing from other fields (<c>user_agent.name</c>, <c>related.ip</c>,
    /// <c>source.address</c>, ...) rather than mapped by the dataset itself.
    /// </summary>
    public bool Inferred { get; init; }
}
