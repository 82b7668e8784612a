namespace EcsForge.CodeFixes;

/// <summary>The generator's diagnostic IDs this assembly fixes (stable: generator/AnalyzerReleases.Unshipped.md).</summary>
internal static class DiagnosticIds
{
    public const string ClassNotPartial = "ECSG001";
    public const string UnknownTarget = "ECSG004";
    public const string InvalidTranslation = "ECSG007";
}
