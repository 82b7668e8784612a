using System;
using System.Collections.Generic;

namespace EcsForge.Routing;

/// <summary>An intake format known to the runtime: its identity, its compiled parser and the fields it produces.</summary>
public sealed class IntakeFormat
{
    public IntakeFormat(Guid uuid, string slug, string name, IEventParser parser, IReadOnlyList<FieldDescription> fields)
    {
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

    public override string ToString() => $"{Slug} ({Uuid})";
}
