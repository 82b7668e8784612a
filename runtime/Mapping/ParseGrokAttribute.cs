using System;

namespace EcsForge.Mapping;

/// <summary>
/// A stage that matches text against a grok pattern (the platform's <c>grok.match</c>), or against the pattern chosen by
/// a key (<c>grok.case_match</c>: <see cref="Key"/> and <see cref="Cases"/>). The pattern must match the whole text;
/// later expressions read the captures as <c>{stage}.{Output}.capture</c> (text, or a number for <c>%{INT:x:int}</c>;
/// <c>none</c> for a capture the match did not reach). Text that does not match makes the output <c>none</c> (as
/// pygrok's <c>match()</c>, which the catalogue tests with <c>stage.output != None</c>), and so does an input that is
/// not text; a key without a case leaves it undefined.
/// </summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = true, Inherited = false)]
public sealed class ParseGrokAttribute : Attribute
{
    /// <summary>A case match: the pattern is the one of <see cref="Cases"/> whose key <see cref="Key"/> renders to.</summary>
    public ParseGrokAttribute(string stage)
    {
        Stage = stage;
    }

    public ParseGrokAttribute(string stage, string pattern)
    {
        Stage = stage;
        Pattern = pattern;
    }

    public string Stage { get; }

    /// <summary>The grok pattern, e.g. <c>%{IP:client} took %{NUMBER:duration} ms</c>.</summary>
    public string? Pattern { get; }

    /// <summary>The template of the text to match; the raw message by default.</summary>
    public string Input { get; set; } = "{{ original.message }}";

    /// <summary>The name under the stage holding the captures.</summary>
    public string Output { get; set; } = "message";

    /// <summary>Patterns usable as <c>%{NAME}</c> in this stage, as pairs: <c>new[] { "NAME", "regex", ... }</c>.</summary>
    public string[]? CustomPatterns { get; set; }

    /// <summary>The template of a case match's key (<c>pattern_key</c>).</summary>
    public string? Key { get; set; }

    /// <summary>A case match's patterns by key, as pairs: <c>new[] { "key", "pattern", ... }</c>; no case matches another key.</summary>
    public string[]? Cases { get; set; }

    public string? When { get; set; }
}
