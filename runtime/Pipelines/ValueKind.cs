namespace EcsForge.Pipelines;

/// <summary>The Python type of a pipeline value. <see cref="Absent"/> is a value that could not be computed.</summary>
public enum ValueKind : byte
{
    /// <summary>Jinja's undefined: a missing key or attribute, an index out of range. Falsy, empty as text, never written.</summary>
    Absent = 0,

    /// <summary>Python's <c>None</c> (JSON <c>null</c>).</summary>
    None,
    False,
    True,
    Integer,
    Float,
    String,
    List,
    Dict,

    /// <summary>
    /// An operation raised (a type error, a method called on an undefined value): like the platform's aborted
    /// render, it propagates through every operation and the action it belongs to sets nothing.
    /// </summary>
    Error,
}
