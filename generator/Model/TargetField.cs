namespace EcsForge.Generator.Model;

/// <summary>How a value is written for a target, decided by the target's type.</summary>
public enum ValueShape
{
    /// <summary>Keep the JSON type of the raw value (strings, dates, IPs, objects).</summary>
    Keep,

    /// <summary>A list: scalars are wrapped (ECS fields normalized to arrays).</summary>
    List,

    /// <summary>An integer: numeric strings are converted, other values dropped.</summary>
    Integer,

    /// <summary>A number: numeric strings are converted, other values dropped.</summary>
    Number,

    /// <summary>A boolean: <c>"true"</c>/<c>"false"</c> strings are converted, other values dropped.</summary>
    Boolean,

    /// <summary>Text: a number is written as its text, as the platform renders every value of a keyword field.</summary>
    Keyword,
}

/// <summary>A field the dataset writes, with its type from ECS or from the dataset's custom field declaration.</summary>
public sealed record TargetField
{
    public required string Name { get; init; }

    /// <summary>The ECS or taxonomy type name: <c>keyword</c>, <c>ip</c>, <c>date</c>, ...</summary>
    public required string Type { get; init; }

    public required ValueShape Shape { get; init; }

    public bool IsIp { get; init; }

    /// <summary>Declared by the dataset's <c>[CustomField]</c> rather than taken from ECS.</summary>
    public bool IsCustom { get; init; }

    public string Description { get; init; } = string.Empty;

    /// <summary>The <see cref="Type"/> of a pipeline target that is an object of other fields, set whole from a dict.</summary>
    public const string GroupType = "group";

    public bool IsGroup => Type == GroupType;

    /// <summary>For a group: the ECS and custom fields below it.</summary>
    public EquatableArray<TargetField> Below { get; init; } = EquatableArray<TargetField>.Empty;
}
