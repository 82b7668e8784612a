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
        if (value.Kind == RawKind.Array)
        {
            AddItems(input, session, value);
            return;
        }

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

    /// <summary>Adds the string items of a JSON list (those written without escapes, as values are kept as slices).</summary>
    private void AddItems(ReadOnlySpan<byte> input, EventSession session, in RawValue list)
    {
        var reader = new Utf8JsonReader(session.Bytes(input, list));
        try
        {
            while (reader.Read())
            {
                if (reader.CurrentDepth != 1 || reader.TokenType is JsonTokenType.EndArray)
                {
                    continue;
                }

                if (reader.TokenType is JsonTokenType.StartArray or JsonTokenType.StartObject)
                {
                    reader.Skip();
                }
                else if (reader.TokenType == JsonTokenType.String && !reader.ValueIsEscaped && reader.ValueSpan.Length > 0)
                {
                    var start = list.Start + (int)reader.TokenStartIndex + 1;
                    Add(input, session, new RawValue(RawKind.String, start, reader.ValueSpan.Length, list.InScratch));
                }
            }
        }
        catch (JsonException)
        {
            // A located list is valid JSON; should it not be, its items are simply not related.
        }
    }

    /// <summary>Writes the list as the property <paramref name="name"/>: name and bracket in one writer call.</summary>
    public readonly void Write(EventJsonWriter writer, JsonName name, ReadOnlySpan<byte> input, EventSession session)
    {
        writer.WriteStartArray(name);
        for (var i = 0; i < _count; i++)
        {
            writer.WriteStringValue(session.Bytes(input, _values[i]));
        }

        writer.WriteEndArray();
    }
}
