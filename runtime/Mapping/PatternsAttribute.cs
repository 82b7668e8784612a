using System;

namespace EcsForge.Mapping;

/// <summary>
/// Matches a raw field against compiled grok patterns chosen by a key: the text of the field before
/// <see cref="KeyDelimiter"/> (the event code in <c>AUT24804: Host Checker ...</c>). Captures become source paths
/// <c>&lt;Into&gt;.&lt;capture&gt;</c>. Fields without a pattern for their key keep the generic mapping.
/// </summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = false, Inherited = false)]
public sealed class PatternsAttribute : Attribute
{
    public PatternsAttribute(string input)
    {
        Input = input;
    }

    /// <summary>The raw field matched (e.g. <c>msg</c>).</summary>
    public string Input { get; }

    /// <summary>Prefix of the capture source paths; <c>details</c> by default.</summary>
    public string Into { get; set; } = "details";

    public string KeyDelimiter { get; set; } = ":";
}
