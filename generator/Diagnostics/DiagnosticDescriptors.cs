using Microsoft.CodeAnalysis;

namespace EcsForge.Generator.Diagnostics;

/// <summary>Every diagnostic the generator reports. IDs are stable: never renumber, only add.</summary>
public static class DiagnosticDescriptors
{
    private const string Category = "EcsForge";

    public static readonly DiagnosticDescriptor ClassNotPartial = Error(
        "ECSG001", "Intake format class must be partial", "Class '{0}' must be declared partial so the parser can be generated into it");

    public static readonly DiagnosticDescriptor InvalidUuid = Error(
        "ECSG002", "Intake format uuid is not a GUID", "'{0}' is not a valid intake format uuid: use the manifest's uuid, e.g. 16676d72-463e-4b8a-b13a-f8dd48cddc8c");

    public static readonly DiagnosticDescriptor InvalidSlug = Error(
        "ECSG003", "Intake format slug is invalid", "'{0}' is not a valid slug: use the manifest's slug (lowercase letters, digits and '-')");

    public static readonly DiagnosticDescriptor UnknownTarget = Error(
        "ECSG004", "Unknown target field", "'{0}' is neither an ECS field nor a custom field declared by this dataset{1}");

    public static readonly DiagnosticDescriptor MalformedSourcePath = Error(
        "ECSG005", "Malformed source path", "'{0}' is not a valid source path: use property names separated by '.', e.g. Metadata.Request.name");

    public static readonly DiagnosticDescriptor InvalidCondition = Error(
        "ECSG006", "Invalid condition", "Condition '{0}' is invalid: {1}");

    public static readonly DiagnosticDescriptor InvalidTranslation = Error(
        "ECSG007", "Invalid translation table", "Translation table is invalid: {0}");

    public static readonly DiagnosticDescriptor InvalidTemplate = Error(
        "ECSG008", "Invalid template", "Template '{0}' is invalid: {1}");

    public static readonly DiagnosticDescriptor UnsupportedClass = Error(
        "ECSG009", "Unsupported intake format class", "Class '{0}' cannot be an intake format: {1}");

    public static readonly DiagnosticDescriptor FieldIsAlsoObject = Error(
        "ECSG010", "Field written both as a value and as an object", "'{0}' is written as a value, but '{1}' needs it to be an object");

    public static readonly DiagnosticDescriptor MissingTargets = Error(
        "ECSG011", "Mapping has no target", "Map of '{0}' names no target field");

    public static readonly DiagnosticDescriptor InvalidPattern = Error(
        "ECSG012", "Pattern does not compile", "Pattern '{0}' does not compile: {1}");

    public static readonly DiagnosticDescriptor UnknownGrokPattern = Error(
        "ECSG013", "Unknown grok pattern", "'%{{{0}}}' is not a known grok pattern: use one of {1}, or declare it with [CustomPattern]");

    public static readonly DiagnosticDescriptor UnusedCapture = Error(
        "ECSG014", "Pattern capture never used", "Capture '{0}' of pattern '{1}' is never mapped: map '{2}' to a field, or drop the capture name");

    public static readonly DiagnosticDescriptor UnknownCapture = Error(
        "ECSG015", "Source names no pattern capture", "'{0}' names no capture of the [Pattern]s: captures are {1}");

    public static readonly DiagnosticDescriptor MissingDelimiter = Error(
        "ECSG016", "Conversion needs a delimiter", "Conversion {0} needs Delimiter = \"...\"");

    public static readonly DiagnosticDescriptor PatternWithoutPatterns = Error(
        "ECSG017", "Pattern without [Patterns]", "[Pattern] needs a [Patterns(\"field\")] on the class naming the raw field it matches");

    public static readonly DiagnosticDescriptor IncompatibleValue = Error(
        "ECSG018", "Value incompatible with the target's type", "{0} cannot be written to '{1}' ({2}): {3}");

    public static readonly DiagnosticDescriptor ShadowedMapping = new(
        "ECSG019", "Mapping is always overridden", "This mapping to '{0}' never takes effect: a later mapping to the same field always applies; remove one of them",
        Category, DiagnosticSeverity.Warning, isEnabledByDefault: true);

    public static readonly DiagnosticDescriptor ConversionNotApplicable = Error(
        "ECSG020", "Conversion cannot apply", "Conversion {0} cannot produce '{1}' ({2}): {3}");

    public static readonly DiagnosticDescriptor EmptyName = Error(
        "ECSG021", "Empty field name", "A field name is empty: name the {0}");

    public static readonly DiagnosticDescriptor DuplicateIntakeFormat = Error(
        "ECSG022", "Intake format declared twice", "{0} '{1}' is also declared by {2}: each intake format must have its own uuid and slug");

    public static readonly DiagnosticDescriptor CustomFieldNeverProduced = new(
        "ECSG023", "Custom field never produced", "Custom field '{0}' is declared but no mapping writes it",
        Category, DiagnosticSeverity.Info, isEnabledByDefault: true);

    public static readonly DiagnosticDescriptor InvalidSpread = Error(
        "ECSG024", "Invalid spread", "[Spread(\"{0}\")] is invalid: {1}");

    public static readonly DiagnosticDescriptor UserAgentRegexesNotFound = Error(
        "ECSG025", "User agent regexes file not found", "'{0}' is not among the project's AdditionalFiles: add <AdditionalFiles Include=\"path/to/{0}\" /> to the project");

    public static readonly DiagnosticDescriptor InvalidUserAgentRegex = Error(
        "ECSG026", "User agent regex does not compile", "Regex '{0}' does not compile: {1}");

    public static readonly DiagnosticDescriptor MalformedUserAgentRegexes = Error(
        "ECSG027", "Malformed user agent regexes file", "{0}");

    public static readonly DiagnosticDescriptor UserAgentsNotReferenced = Warning(
        "ECSG028", "User agents not inferred", "user_agent.original is written, but the project does not reference EcsForge.UserAgents: user_agent.name, version, os and device will not be inferred");

    public static readonly DiagnosticDescriptor InvalidExpression = Error(
        "ECSG029", "Invalid expression", "{0}");

    public static readonly DiagnosticDescriptor UnknownName = Warning(
        "ECSG030", "Unknown name in an expression", "'{0}' is not a stage, a variable, 'original' or 'final': it is undefined");

    public static readonly DiagnosticDescriptor UnknownBuiltin = Error(
        "ECSG031", "Unknown filter, method or test", "{0}");

    public static readonly DiagnosticDescriptor ValueTypeMismatch = Error(
        "ECSG032", "Value does not fit the field", "{0} into '{1}', a {2} field");

    public static readonly DiagnosticDescriptor PipelineMixedWithMappings = Error(
        "ECSG033", "Pipeline steps mixed with mappings", "[{0}] cannot be combined with [Map], [Constant], [Translate], [Template] or [Pattern] in one dataset: write the whole dataset as a pipeline");

    public static readonly DiagnosticDescriptor UnknownMethod = Warning(
        "ECSG034", "Unknown method", "'{0}' is not a method EcsForge knows ({1}): calling it raises at run time, so its action sets nothing");

    public static readonly DiagnosticDescriptor UnsupportedTextOption = Error(
        "ECSG040", "Unsupported text parse option", "{0} '{1}': {2}");

    private static DiagnosticDescriptor Error(string id, string title, string message)
        => new(id, title, message, Category, DiagnosticSeverity.Error, isEnabledByDefault: true);

    private static DiagnosticDescriptor Warning(string id, string title, string message)
        => new(id, title, message, Category, DiagnosticSeverity.Warning, isEnabledByDefault: true);
}
