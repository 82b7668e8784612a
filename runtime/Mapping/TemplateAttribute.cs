using System;

namespace EcsForge.Mapping;

/// <summary>
/// Builds a text value from literal parts and raw fields in braces, e.g. <c>cloudflare.{Source}</c>. The field is set
/// only when every referenced raw field is present and non-empty.
/// </summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = true, Inherited = false)]
public sealed class TemplateAttribute : Attribute
{
    public TemplateAttribute(string target, string template)
    {
        Target = target;
        Template = template;
    }

    public string Target { get; }

    public string Template { get; }

    public string? When { get; set; }
}
