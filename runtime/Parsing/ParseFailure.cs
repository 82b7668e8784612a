namespace EcsForge.Parsing;

/// <summary>Why an event could not be parsed. Every failed event carries one.</summary>
public enum ParseFailure
{
    None = 0,
    UnknownFormat,
    EmptyMessage,
    InvalidUtf8,
    MalformedJson,

    /// <summary>The message ends inside a JSON value: a cut line.</summary>
    Truncated,
    NotAnObject,

    /// <summary>A key=value message holds no <c>key=value</c> item.</summary>
    NotKeyValue,
    TooDeep,
    InternalError,

    /// <summary>The event is longer than its intake allows; only its first bytes are kept.</summary>
    TooLarge,

    /// <summary>The envelope the event arrived with (its fields besides the message) is not a JSON object.</summary>
    InvalidEnvelope,
}
