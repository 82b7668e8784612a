namespace EcsForge.Generator;

/// <summary>Names of the tracked incremental steps, asserted by the caching tests.</summary>
public static class TrackingNames
{
    public const string Datasets = nameof(Datasets);
    public const string Models = nameof(Models);
    public const string Diagnostics = nameof(Diagnostics);
    public const string RegistryEntries = nameof(RegistryEntries);
    public const string Identities = nameof(Identities);
    public const string UserAgentRegexes = nameof(UserAgentRegexes);
    public const string UserAgentModels = nameof(UserAgentModels);
}
