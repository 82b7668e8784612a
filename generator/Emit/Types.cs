namespace EcsForge.Generator.Emit;

/// <summary>Fully qualified names used by generated code, so user types of the same name never shadow them.</summary>
internal static class Types
{
    public const string RawValue = "global::EcsForge.Parsing.RawValue";
    public const string RawKind = "global::EcsForge.Parsing.RawKind";
    public const string EventSession = "global::EcsForge.Parsing.EventSession";
    public const string EventScratch = "global::EcsForge.Parsing.EventScratch";
    public const string JsonCapture = "global::EcsForge.Parsing.JsonCapture";
    public const string EcsValueWriter = "global::EcsForge.Parsing.EcsValueWriter";
    public const string ConstantJson = "global::EcsForge.Parsing.ConstantJson";
    public const string RelatedValues = "global::EcsForge.Parsing.RelatedValues";
    public const string KeyValueReader = "global::EcsForge.Parsing.KeyValueReader";
    public const string KeyValueResults = "global::EcsForge.Parsing.KeyValueResults";
    public const string PatternState = "global::EcsForge.Patterns.PatternState";
    public const string PatternText = "global::EcsForge.Patterns.PatternText";
    public const string UapRule = "global::EcsForge.UserAgents.UapRule";
    public const string UapMatcher = "global::EcsForge.UserAgents.UapMatcherMethod";
    public const string UapClause = "global::EcsForge.UserAgents.UapClause";
    public const string UserAgentParser = "global::EcsForge.UserAgents.UserAgentParser";
    public const string GrokTokens = "global::EcsForge.Patterns.GrokTokens";
    public const string GrokToken = "global::EcsForge.Patterns.GrokToken";
    public const string SpreadShape = "global::EcsForge.Parsing.SpreadShape";
    public const string TextConversions = "global::EcsForge.Parsing.TextConversions";
    public const string IpAddressText = "global::EcsForge.Text.IpAddressText";
    public const string PublicSuffixList = "global::EcsForge.Inference.PublicSuffixList";
    public const string DomainParts = "global::EcsForge.Inference.DomainParts";
    public const string UrlParts = "global::EcsForge.Inference.UrlParts";
    public const string IEventParser = "global::EcsForge.Routing.IEventParser";
    public const string IntakeFormat = "global::EcsForge.Routing.IntakeFormat";
    public const string ParseResult = "global::EcsForge.Parsing.ParseResult";
    public const string FieldDescription = "global::EcsForge.Routing.FieldDescription";
    public const string Utf8JsonReader = "global::System.Text.Json.Utf8JsonReader";
    public const string EventJsonWriter = "global::EcsForge.Parsing.EventJsonWriter";
    public const string JsonName = "global::EcsForge.Parsing.JsonName";
    public const string JsonTokenType = "global::System.Text.Json.JsonTokenType";
    public const string Bytes = "global::System.ReadOnlySpan<byte>";
    public const string MemoryExtensions = "global::System.MemoryExtensions";
}
