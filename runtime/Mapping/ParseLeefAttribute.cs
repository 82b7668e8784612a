using System;

namespace EcsForge.Mapping;

/// <summary>
/// A stage that parses IBM LEEF 1.0 or 2.0 (the platform's <c>leef.parse-leef</c>) into a dict of text: the header
/// as <c>LEEFVersion</c>, <c>DeviceVendor</c>, <c>DeviceProduct</c>, <c>DeviceVersion</c>, <c>DeviceEventClassID</c>,
/// and each attribute. Text that is not LEEF leaves the output undefined.
/// </summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = true, Inherited = false)]
public sealed class ParseLeefAttribute : Attribute
{
    public ParseLeefAttribute(string stage)
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
