namespace EcsForge.Generator.Patterns;

/// <summary>
/// The dialect a pattern is written in. Grok (<c>[Pattern]</c>) expands <c>%{NAME}</c> references and captures only
/// what they name; ua-parser regexes (<c>regexes.yaml</c>) number their groups, may be anchored with <c>^</c> and
/// <c>\b</c>, may ignore case, and repeat single characters up to a few hundred times (<c>.{1,200}</c>).
/// </summary>
internal sealed class RegexSyntax
{
    public static readonly RegexSyntax Grok = new(grokReferences: true, numberedGroups: false, anchors: false, ignoreCase: false, maximumSingleCharacterCount: 64);

    private RegexSyntax(bool grokReferences, bool numberedGroups, bool anchors, bool ignoreCase, int maximumSingleCharacterCount)
    {
        GrokReferences = grokReferences;
        NumberedGroups = numberedGroups;
        Anchors = anchors;
        IgnoreCase = ignoreCase;
        MaximumSingleCharacterCount = maximumSingleCharacterCount;
    }

    /// <summary><c>%{NAME}</c> and <c>%{NAME:capture}</c> expand to grok patterns.</summary>
    public bool GrokReferences { get; }

    /// <summary><c>(...)</c> captures, numbered from 1 in the order the groups open.</summary>
    public bool NumberedGroups { get; }

    /// <summary><c>\b</c> and <c>\B</c> (word boundaries) are allowed (<c>^</c>, the start of the text, always is).</summary>
    public bool Anchors { get; }

    /// <summary>ASCII letters match either case.</summary>
    public bool IgnoreCase { get; }

    /// <summary>The largest repetition count of a single character (<c>.{0,300}</c>); bodies of several characters stay at 64.</summary>
    public int MaximumSingleCharacterCount { get; }

    public static RegexSyntax UserAgent(bool ignoreCase)
        => new(grokReferences: false, numberedGroups: true, anchors: true, ignoreCase, maximumSingleCharacterCount: 1000);
}
