using System;

namespace EcsForge.Mapping;

/// <summary>Deletes fields of the event, and everything below them, when <see cref="When"/> holds.</summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = true, Inherited = false)]
public sealed class DeleteAttribute : Attribute
{
    public DeleteAttribute(params string[] targets)
    {
        Targets = targets;
    }

    public string[] Targets { get; }

    public string? When { get; set; }
}
