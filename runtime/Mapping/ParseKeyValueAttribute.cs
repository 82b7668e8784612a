using System;

namespace EcsForge.Mapping;

/// <summary>
/// A stage that reads <c>key=value</c> items (the platform's <c>kv.parse-kv</c>) into a dict of text, read as
/// <c>{stage}.{Output}.key</c>. Separators are regular expression fragments of fixed length: characters, escapes
/// (<c>\|</c>), <c>\s</c>, classes (<c>[,;]</c>); anything else is a build error.
/// </summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = true, Inherited = false)]
public sealed class ParseKeyValueAttribute : Attribute
{
    public ParseKeyValueAttribute(string stage)
    {
        Stage = stage;
    }

    public string Stage { get; }

    /// <summary>The template of the text to parse; the raw message by default.</summary>
    public string Input { get; set; } = "{{ original.message }}";

    /// <summary>The name under the stage holding the result.</summary>
    public string Output { get; set; } = "message";

    /// <summary>Between items: any white space (<c>\s</c>) by default; e.g. <c>,\s</c> or <c>,</c>.</summary>
    public string ItemSeparator { get; set; } = @"\s";

    /// <summary>Between a key and its value: <c>=</c> by default; e.g. <c>:</c>.</summary>
    public string ValueSeparator { get; set; } = "=";

    /// <summary>
    /// The platform's <c>groups: true</c>: brackets nest items into dicts named by their first word
    /// (<c>[rules rule=X ]</c> is read as <c>{stage}.{Output}.rules.rule</c>: Clavister NGFW).
    /// </summary>
    public bool Groups { get; set; }

    public string? When { get; set; }
}
