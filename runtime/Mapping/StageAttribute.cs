using System;

namespace EcsForge.Mapping;

/// <summary>
/// Opens a pipeline stage: the <see cref="SetAttribute"/> and <see cref="DeleteAttribute"/> actions declared after it,
/// up to the next stage, run in order when <see cref="When"/> holds at the stage's start.
/// </summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = true, Inherited = false)]
public sealed class StageAttribute : Attribute
{
    public StageAttribute(string name)
    {
        Name = name;
    }

    public string Name { get; }

    /// <summary>A template whose value decides whether the stage runs, e.g. <c>{{ parsed.message.type == 'auth' }}</c>.</summary>
    public string? When { get; set; }
}
