using System;
using System.Collections.Generic;
using EcsForge.Mapping;

namespace EcsForge.Routing;

/// <summary>An intake format known to the runtime: its identity, its compiled parser and the fields it produces.</summary>
public sealed class IntakeFormat
{
    public IntakeFormat(Guid uuid, string slug, string name, IEventParser parser, IReadOnlyList<FieldDescription> fields, InputFormat input = InputFormat.Json)
    {
        Input = input;
        Uuid = uuid;
        Slug = slug;
        Name = name;
        Parser = parser;
        Fields = fields;
    }

    public Guid Uuid { get; }

    public string Slug { get; }

    public string Name { get; }

    public IEventParser Parser { get; }

    public IReadOnlyList<FieldDescription> Fields { get; }

    /// <summary>The shape of the raw messages: JSON objects or key=value lines.</summary>
    public InputFormat Input { get; }

    public override string ToString() => $"{Slug} ({Uuid})";
}
