using System;

namespace EcsForge.Mapping;

/// <summary>
/// Sets a field of the event to a template's value: constant text, <c>{{ expression }}</c>, or text and statements
/// (<c>{% if %}</c>, <c>{% for %}</c>, <c>{% set %}</c>). A value that cannot be computed or is empty leaves the field as
/// it is. Actions run in declaration order; a later one overrides an earlier one.
/// </summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = true, Inherited = false)]
public sealed class SetAttribute : Attribute
{
    /// <param name="target">The ECS, taxonomy or custom field, e.g. <c>source.ip</c>.</param>
    /// <param name="value">The template, e.g. <c>{{ parsed.message.client.ip }}</c>.</param>
    public SetAttribute(string target, string value)
    {
        Target = target;
        Value = value;
    }

    /// <summary>An integer constant.</summary>
    public SetAttribute(string target, long value)
    {
        Target = target;
        Value = value;
    }

    /// <summary>A number constant.</summary>
    public SetAttribute(string target, double value)
    {
        Target = target;
        Value = value;
    }

    /// <summary>A boolean constant.</summary>
    public SetAttribute(string target, bool value)
    {
        Target = target;
        Value = value;
    }

    public string Target { get; }

    public object Value { get; }

    /// <summary>A template whose value decides whether the action runs.</summary>
    public string? When { get; set; }
}
