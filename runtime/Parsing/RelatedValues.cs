using System;
using System.Text.Json;

namespace EcsForge.Parsing;

/// <summary>
/// Collects distinct values for an inferred <c>related.*</c> list in caller-provided (stack) storage: the generator
/// knows at compile time how many fields can feed each list.
/// </summary>
public ref struct RelatedValues
{
    private readonly Span<RawValue> _values;
    private int _count;

    public RelatedValues(Span<RawValue> storage)
    {
        _values = storage;
        _count = 0;
    }

    public readonly int Count => _count;

    public void Add(ReadOnlySpan<byte> input, EventSession session, in RawValue value)
    {
        if (!value.HasValue || value.Kind != RawKind.String || _count == _values.Length)
        {
            return;
        }

        var bytes = session.Bytes(input, value);
        for (var i = 0; i < _count; i++)
        {
            if (session.Bytes(input, _values[i]).SequenceEqual(bytes))
            {
                return;
            }
        }

        _values[_count++] = value;
    }

    public readonly void Write(Utf8JsonWriter writer, ReadOnlySpan<byte> input, EventSession session)
    {
        writer.WriteStartArray();
        for (var i = 0; i < _count; i++)
        {
            writer.WriteStringValue(session.Bytes(input, _values[i]));
        }

        writer.WriteEndArray();
    }
}
