using System;

namespace EcsForge.Mapping;

/// <summary>
/// A stage that parses a date (the platform's <c>date.parse</c>) into RFC 3339 text, read as <c>{stage}.{Output}</c>:
/// with a Python <c>strptime</c> <see cref="Format"/>, or detecting the format when there is none.
/// </summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = true, Inherited = false)]
public sealed class ParseDateAttribute : Attribute
{
    public ParseDateAttribute(string stage, string input)
    {
        Stage = stage;
        Input = input;
    }

    public string Stage { get; }

    /// <summary>The template of the date to parse.</summary>
    public string Input { get; }

    public string Output { get; set; } = "message";

    /// <summary>A <c>strptime</c> format such as <c>%Y-%m-%d %H:%M:%S</c>; detected when absent.</summary>
    public string? Format { get; set; }

    /// <summary>
    /// The time zone of dates without an offset: an IANA name, an offset such as <c>+0100</c>, or a template computing
    /// either (<c>{{ parsed.message.tz }}</c>); UTC when absent.
    /// </summary>
    public string? Timezone { get; set; }

    public string? When { get; set; }
}
