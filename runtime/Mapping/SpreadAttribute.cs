using System;

namespace EcsForge.Mapping;

/// <summary>
/// Copies every top-level property of the raw message under <see cref="Into"/> (the pipeline's
/// <c>cloudflare: {{json_event.message}}</c>), each written with the type its <c>[CustomField]</c> declares
/// (<c>cloudflare.EdgeStartTimestamp</c> as keyword turns <c>1658281671671000000</c> into text) and empty values left out.
/// </summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = false, Inherited = false)]
public sealed class SpreadAttribute : Attribute
{
    public SpreadAttribute(string into)
    {
        Into = into;
    }

    public string Into { get; }
}
