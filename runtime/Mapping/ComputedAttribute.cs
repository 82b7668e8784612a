using System;

namespace EcsForge.Mapping;

/// <summary>
/// Declares a field produced by the dataset's own code: the generator declares
/// <c>static partial void Compute(in Source source, ref Computed computed, EventScratch scratch)</c> on the class and calls
/// it after the raw message is read; the implementation sets the computed field from the typed raw values.
/// </summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = true, Inherited = false)]
public sealed class ComputedAttribute : Attribute
{
    public ComputedAttribute(string target)
    {
        Target = target;
    }

    public string Target { get; }
}
