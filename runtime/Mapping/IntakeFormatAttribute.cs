using System;

namespace EcsForge.Mapping;

/// <summary>
/// Marks a <c>partial class</c> as the compiled parser of one intake format. The source generator turns the mapping
/// attributes on the class into a single-pass reader and an ECS writer.
/// </summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = false, Inherited = false)]
public sealed class IntakeFormatAttribute : Attribute
{
    /// <param name="uuid">The intake format uuid of the manifest.</param>
    /// <param name="slug">The intake format slug of the manifest.</param>
    public IntakeFormatAttribute(string uuid, string slug)
    {
        Uuid = uuid;
        Slug = slug;
    }

    public string Uuid { get; }

    public string Slug { get; }

    /// <summary>Human-readable name; defaults to the class name.</summary>
    public string? Name { get; set; }

    /// <summary>How raw messages are framed; JSON objects by default.</summary>
    public InputFormat Input { get; set; } = InputFormat.Json;
}
