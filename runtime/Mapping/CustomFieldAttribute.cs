using System;

namespace EcsForge.Mapping;

/// <summary>Declares a field of the dataset's own taxonomy (e.g. <c>cloudflare.RayID</c>), outside ECS.</summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = true, Inherited = false)]
public sealed class CustomFieldAttribute : Attribute
{
    public CustomFieldAttribute(string name, FieldType type, string description)
    {
        Name = name;
        Type = type;
        Description = description;
    }

    public string Name { get; }

    public FieldType Type { get; }

    public string Description { get; }
}
