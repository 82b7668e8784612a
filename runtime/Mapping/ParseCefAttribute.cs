using System;

namespace EcsForge.Mapping;

/// <summary>
/// A stage that parses ArcSight CEF (the platform's <c>cef.parse-cef</c>) into a dict of text: the header as
/// <c>CEFVersion</c>, <c>DeviceVendor</c>, <c>DeviceProduct</c>, <c>DeviceVersion</c>, <c>DeviceEventClassID</c>,
/// <c>Name</c>, <c>Severity</c>, and each extension key. Text that is not CEF leaves the output undefined.
/// </summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = true, Inherited = false)]
public sealed class ParseCefAttribute : Attribute
{
    public ParseCefAttribute(string stage)
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
