namespace EcsForge.Generator;

/// <summary>Metadata names of the runtime's mapping attributes, which the generator reads without referencing them.</summary>
internal static class KnownNames
{
    public const string IntakeFormatAttribute = "EcsForge.Mapping.IntakeFormatAttribute";
    public const string MapAttribute = "EcsForge.Mapping.MapAttribute";
    public const string ConstantAttribute = "EcsForge.Mapping.ConstantAttribute";
    public const string TranslateAttribute = "EcsForge.Mapping.TranslateAttribute";
    public const string TranslationTableAttribute = "EcsForge.Mapping.TranslationTableAttribute";
    public const string TemplateAttribute = "EcsForge.Mapping.TemplateAttribute";
    public const string CustomFieldAttribute = "EcsForge.Mapping.CustomFieldAttribute";
    public const string ComputedAttribute = "EcsForge.Mapping.ComputedAttribute";
    public const string SpreadAttribute = "EcsForge.Mapping.SpreadAttribute";
    public const string PatternsAttribute = "EcsForge.Mapping.PatternsAttribute";
    public const string PatternAttribute = "EcsForge.Mapping.PatternAttribute";
    public const string CustomPatternAttribute = "EcsForge.Mapping.CustomPatternAttribute";
    public const string StageAttribute = "EcsForge.Mapping.StageAttribute";
    public const string SetAttribute = "EcsForge.Mapping.SetAttribute";
    public const string DeleteAttribute = "EcsForge.Mapping.DeleteAttribute";
    public const string ParseJsonAttribute = "EcsForge.Mapping.ParseJsonAttribute";
    public const string ParseDateAttribute = "EcsForge.Mapping.ParseDateAttribute";
    public const string ParseKeyValueAttribute = "EcsForge.Mapping.ParseKeyValueAttribute";
    public const string ParseCefAttribute = "EcsForge.Mapping.ParseCefAttribute";
    public const string ParseLeefAttribute = "EcsForge.Mapping.ParseLeefAttribute";
    public const string ParseDelimitedAttribute = "EcsForge.Mapping.ParseDelimitedAttribute";
    public const string ParseXmlAttribute = "EcsForge.Mapping.ParseXmlAttribute";
    public const string ParseGrokAttribute = "EcsForge.Mapping.ParseGrokAttribute";
    public const string IgnoredValuesAttribute = "EcsForge.Mapping.IgnoredValuesAttribute";
    public const string UserAgentRegexesAttribute = "EcsForge.Mapping.UserAgentRegexesAttribute";

    /// <summary>The user-agent parser generated writers call; its assembly, EcsForge.UserAgents, is optional.</summary>
    public const string UserAgentParser = "EcsForge.UserAgents.UserAgentParser";
}
