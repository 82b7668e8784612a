using System;

namespace EcsForge.Mapping;

/// <summary>
/// A stage that parses an XML document (the platform's <c>xml.parse-xml</c>) into a dict as Python's <c>xmltodict</c>
/// builds it: <c>{stage}.{Output}.Root.Child</c>, attributes as <c>@name</c>, mixed text as <c>#text</c>, repeated
/// children as lists. Text that is not well-formed XML leaves the output undefined.
/// </summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = true, Inherited = false)]
public sealed class ParseXmlAttribute : Attribute
{
    public ParseXmlAttribute(string stage)
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
