namespace EcsForge.Routing;

/// <summary>Why an event could not be parsed. Every failed event carries one.</summary>
public enum ParseFailure
{
    None = 0,
    UnknownFormat,
    EmptyMessage,
    InvalidUtf8,
    MalformedJson,
    NotAnObject,
    TooDeep,
    InternalError,
}
