using System;
using System.Collections.Generic;

namespace EcsForge.Pipelines;

/// <summary>A field below an object set whole: its path, how it is written, and whether it holds a whole object.</summary>
public readonly record struct SpreadField(string Path, FieldShape Shape, bool IsObject);

/// <summary>
/// The fields a spread dict may fill below its target (ECS and the dataset's custom fields, listed by the generator),
/// looked up by the path of each dict member without allocating. A member no field names is left out, as the
/// platform's index drops what its schema lacks (SekoiaIO endpoint: <c>server: {{ host }}</c> drops <c>server.os</c>).
/// </summary>
public sealed class SpreadFields
{
    private readonly Dictionary<string, SpreadField>.AlternateLookup<ReadOnlySpan<char>> _fields;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _objects;

    public SpreadFields(SpreadField[] fields)
    {
        var byPath = new Dictionary<string, SpreadField>(StringComparer.Ordinal);
        var objects = new HashSet<string>(StringComparer.Ordinal);
        foreach (var field in fields)
        {
            byPath[field.Path] = field;
            for (var dot = field.Path.IndexOf('.'); dot > 0; dot = field.Path.IndexOf('.', dot + 1))
            {
                objects.Add(field.Path.Substring(0, dot));
            }
        }

        _fields = byPath.GetAlternateLookup<ReadOnlySpan<char>>();
        _objects = objects.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public bool TryGetField(ReadOnlySpan<char> path, out SpreadField field) => _fields.TryGetValue(path, out field);

    /// <summary>Whether some field lies below <paramref name="path"/>.</summary>
    public bool HasFieldsBelow(ReadOnlySpan<char> path) => _objects.Contains(path);
}
