using System;

namespace EcsForge.Mapping;

/// <summary>Sets an ECS field to a constant string, number, boolean or list of strings.</summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = true, Inherited = false)]
public sealed class ConstantAttribute : Attribute
{
    public ConstantAttribute(string target, string value)
    {
        Target = target;
        Value = value;
    }

    public ConstantAttribute(string target, string[] values)
    {
        Target = target;
        Value = values;
    }

    public ConstantAttribute(string target, long value)
    {
        Target = target;
        Value = value;
    }

    public ConstantAttribute(string target, bool value)
    {
        Target = target;
        Value = value;
    }

    public string Target { get; }

    public object Value { get; }

    /// <summary>A condition on raw fields, e.g. <c>Action == 'logout'</c>; the constant is set only when it holds.</summary>
    public string? When { get; set; }
}
