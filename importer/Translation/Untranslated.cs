namespace EcsForge.Importer.Translation;

/// <summary>
/// A part of a pipeline the importer could not express as an attribute. <see cref="Construct"/> is the general kind
/// (<c>filter | lower</c>, <c>grok.match stage</c>), used to rank what the language lacks; <see cref="Detail"/> is the
/// text as found.
/// </summary>
public sealed record Untranslated(string Construct, string Detail)
{
    public override string ToString() => $"{Construct}: {Detail}";
}
