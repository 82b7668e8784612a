using System;

namespace EcsForge.Mapping;

/// <summary>
/// Texts a pipeline dataset never writes (the platform's <c>ignored_values</c>, e.g. <c>"-"</c>, <c>"N/A"</c>): a
/// <c>[Set]</c> whose value is one of them leaves the field as it is, as an empty value does.
/// </summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = false, Inherited = false)]
public sealed class IgnoredValuesAttribute : Attribute
{
    public IgnoredValuesAttribute(params string[] values)
    {
        Values = values;
    }

    public string[] Values { get; }
}
