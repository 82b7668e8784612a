using EcsForge.Mapping;

namespace EcsForge.UserAgents;

/// <summary>The ua-parser regexes of uap-core 0.18.0 (Data/regexes.yaml), compiled by the generator at build time.</summary>
[UserAgentRegexes("regexes.yaml")]
internal static partial class UapRegexes
{
}
