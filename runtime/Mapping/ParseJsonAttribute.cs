using System;

namespace EcsForge.Mapping;

/// <summary>
/// A stage that parses JSON text (the platform's <c>json.parse-json</c>): later expressions read the result as
/// <c>{stage}.{Output}.path</c>. On the raw message, text that is not JSON fails the event; on another value, the stage
/// leaves its output undefined.
/// </summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = true, Inherited = false)]
public sealed class ParseJsonAttribute : Attribute
{
    public ParseJsonAttribute(string stage)
    {
        Stage = stage;
    }

    public string Stage { get; }

    /// <summary>The template of the text to parse; the raw message by default.</summary>
    public string Input { get; set; } = "{{ original.message }}";

    /// <summary>The name under the stage holding the result.</summary>
    public string Output { get; set; } = "message";

    public string? When { get; set; }
}
