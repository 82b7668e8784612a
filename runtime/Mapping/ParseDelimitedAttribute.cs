using System;

namespace EcsForge.Mapping;

/// <summary>
/// A stage that reads one row of delimiter-separated values (the platform's <c>dsv.parse-dsv</c>), as Python's
/// <c>csv</c> reads it, into a dict of text keyed by <see cref="Columns"/>.
/// </summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = true, Inherited = false)]
public sealed class ParseDelimitedAttribute : Attribute
{
    public ParseDelimitedAttribute(string stage)
    {
        Stage = stage;
    }

    public string Stage { get; }

    /// <summary>The template of the text to parse; the raw message by default.</summary>
    public string Input { get; set; } = "{{ original.message }}";

    /// <summary>The name under the stage holding the result.</summary>
    public string Output { get; set; } = "message";

    /// <summary>The names of the fields, in order; extra fields are dropped, missing ones stay undefined.</summary>
    public string[] Columns { get; set; } = Array.Empty<string>();

    /// <summary>The delimiter: one character, a comma by default.</summary>
    public string Delimiter { get; set; } = ",";

    public string? When { get; set; }
}
