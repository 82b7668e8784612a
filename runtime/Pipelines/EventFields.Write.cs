using System;
using System.Globalization;
using System.Text.Json;

namespace EcsForge.Pipelines;

public sealed partial class EventFields
{
    private int[] _order = new int[64];
    private System.Buffers.ArrayBufferWriter<byte>? _textBuffer;
    private Utf8JsonWriter? _textWriter;

    /// <summary>Writes the fields as one nested JSON object, keys in order, each value with its field's shape.</summary>
    public void Write(Utf8JsonWriter writer)
    {
        if (_order.Length < _count)
        {
            _order = new int[_entries.Length];
        }

        for (var i = 0; i < _count; i++)
        {
            _order[i] = i;
        }

        SortBySegments();
        writer.WriteStartObject();
        // The open objects are the leading segments of the last written path.
        string? openPath = null;
        var openDepth = 0;
        for (var n = 0; n < _count; n++)
        {
            ref readonly var entry = ref _entries[_order[n]];
            if (entry.Value.Kind != ValueKind.List && !Fits(entry.Value, entry.Shape))
            {
                // Text in a long field and the like: the platform's index drops it, so the event does not carry it.
                continue;
            }

            var common = openPath is null ? 0 : CommonSegments(openPath, entry.Path, openDepth);
            for (var close = openDepth; close > common; close--)
            {
                writer.WriteEndObject();
            }

            var depth = common;
            var segments = SegmentCount(entry.Path);
            for (; depth < segments - 1; depth++)
            {
                writer.WritePropertyName(Segment(entry.Path, depth));
                writer.WriteStartObject();
            }

            writer.WritePropertyName(Segment(entry.Path, segments - 1));
            var nextIsBelow = n + 1 < _count && IsBelow(_entries[_order[n + 1]].Path, entry.Path);
            if (entry.Value.Kind == ValueKind.Dict && nextIsBelow)
            {
                // A dict set whole, then fields set inside it: one object holding both, the fields winning.
                writer.WriteStartObject();
                WriteMembersNotSetBelow(writer, entry.Value, entry.Path, n + 1);
                depth = segments;
            }
            else
            {
                WriteValue(writer, entry.Value, entry.Shape);
            }

            openPath = entry.Path;
            openDepth = depth;
        }

        for (var close = openDepth; close > 0; close--)
        {
            writer.WriteEndObject();
        }

        writer.WriteEndObject();
    }

    /// <summary>A value with the field's shape (the caller checked that it fits); list items that do not fit are left out.</summary>
    private void WriteValue(Utf8JsonWriter writer, in Value value, FieldShape shape)
    {
        if (value.Kind == ValueKind.List)
        {
            writer.WriteStartArray();
            for (var i = 0; i < Arena.Count(value); i++)
            {
                var item = Arena.Item(value, i);
                if (Fits(item, shape))
                {
                    WriteValue(writer, item, shape);
                }
            }

            writer.WriteEndArray();
            return;
        }

        switch (shape)
        {
            case FieldShape.Keyword when value.Kind is ValueKind.Integer or ValueKind.Float or ValueKind.True or ValueKind.False:
                var text = Arena.BeginString();
                if (value.Kind is ValueKind.True or ValueKind.False)
                {
                    Arena.Append(value.Kind == ValueKind.True ? "true".AsSpan() : "false".AsSpan());
                }
                else
                {
                    Ops.AppendText(Arena, value);
                }

                writer.WriteStringValue(Arena.Text(Arena.EndString(text)));
                return;
            case FieldShape.Integer when value.Kind == ValueKind.String:
                writer.WriteNumberValue(ParseInteger(Arena.Text(value)));
                return;
            case FieldShape.Number when value.Kind == ValueKind.String:
                var number = Arena.Text(value);
                if (long.TryParse(number, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var integer))
                {
                    writer.WriteNumberValue(integer);
                }
                else
                {
                    writer.WriteNumberValue(double.Parse(number, NumberStyles.Float, CultureInfo.InvariantCulture));
                }

                return;
            case FieldShape.Boolean when value.Kind == ValueKind.String:
                writer.WriteBooleanValue(Arena.Text(value).Equals("true".AsSpan(), StringComparison.OrdinalIgnoreCase));
                return;
            case FieldShape.Keyword when value.Kind == ValueKind.Dict:
                WriteCompactJsonText(writer, value);
                return;
            case FieldShape.CustomDate when value.Kind == ValueKind.String && IsUtcWithMicroseconds(Arena.Text(value)):
                WriteJson(writer, value);
                return;
            case FieldShape.Date or FieldShape.CustomDate when value.Kind is ValueKind.String or ValueKind.Integer or ValueKind.Float:
                var date = Filters.ToIso8601(Arena, value, Value.Absent);
                WriteJson(writer, date.Kind == ValueKind.String ? date : value);
                return;
        }

        WriteJson(writer, value);
    }

    /// <summary>A dict as the text of its compact JSON (<c>{"a":1}</c>), as the platform writes an object into a keyword field.</summary>
    private void WriteCompactJsonText(Utf8JsonWriter writer, in Value dict)
    {
        _textBuffer ??= new System.Buffers.ArrayBufferWriter<byte>(256);
        _textBuffer.ResetWrittenCount();
        _textWriter ??= new Utf8JsonWriter(_textBuffer, new JsonWriterOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        _textWriter.Reset(_textBuffer);
        WriteSortedJson(_textWriter, dict);
        _textWriter.Flush();
        writer.WriteStringValue(_textBuffer.WrittenSpan);
    }

    /// <summary>JSON with every object's keys in order, as Python's <c>json.dumps(sort_keys=True)</c> (Microsoft 365 Defender LoggedOnUsers).</summary>
    private void WriteSortedJson(Utf8JsonWriter writer, in Value value)
    {
        switch (value.Kind)
        {
            case ValueKind.Dict:
                writer.WriteStartObject();
                var count = Arena.Count(value);
                Span<int> order = count <= 64 ? stackalloc int[count] : new int[count];
                for (var i = 0; i < count; i++)
                {
                    order[i] = i;
                }

                for (var i = 1; i < count; i++)
                {
                    var current = order[i];
                    var j = i - 1;
                    while (j >= 0 && Arena.Text(Arena.Key(value, order[j])).SequenceCompareTo(Arena.Text(Arena.Key(value, current))) > 0)
                    {
                        order[j + 1] = order[j];
                        j--;
                    }

                    order[j + 1] = current;
                }

                foreach (var index in order)
                {
                    writer.WritePropertyName(Arena.Text(Arena.Key(value, index)));
                    WriteSortedJson(writer, Arena.Item(value, index));
                }

                writer.WriteEndObject();
                break;
            case ValueKind.List:
                writer.WriteStartArray();
                for (var i = 0; i < Arena.Count(value); i++)
                {
                    WriteSortedJson(writer, Arena.Item(value, i));
                }

                writer.WriteEndArray();
                break;
            default:
                WriteJson(writer, value);
                break;
        }
    }

    /// <summary>Whether a value can be written into a field of this shape.</summary>
    internal bool Fits(in Value value, FieldShape shape) => shape switch
    {
        FieldShape.Integer => value.Kind is ValueKind.Integer or ValueKind.Float
            || (value.Kind == ValueKind.String && TryParseInteger(Arena.Text(value), out _)),
        FieldShape.Number => value.IsNumber
            || (value.Kind == ValueKind.String && double.TryParse(Arena.Text(value), NumberStyles.Float, CultureInfo.InvariantCulture, out _)),
        FieldShape.Boolean => value.Kind is ValueKind.True or ValueKind.False
            || (value.Kind == ValueKind.String && (Arena.Text(value).Equals("true".AsSpan(), StringComparison.OrdinalIgnoreCase)
                || Arena.Text(value).Equals("false".AsSpan(), StringComparison.OrdinalIgnoreCase))),
        _ => true,
    };

    /// <summary><c>yyyy-MM-ddTHH:mm:ss.ffffffZ</c>.</summary>
    private static bool IsUtcWithMicroseconds(ReadOnlySpan<char> text)
        => text.Length == 27 && text[10] == 'T' && text[19] == '.' && text[26] == 'Z'
            && DateTime.TryParseExact(text, "yyyy-MM-dd'T'HH:mm:ss.ffffff'Z'", CultureInfo.InvariantCulture, DateTimeStyles.None, out _);

    private static bool TryParseInteger(ReadOnlySpan<char> text, out long value)
        => long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out value);

    private static long ParseInteger(ReadOnlySpan<char> text)
    {
        TryParseInteger(text, out var value);
        return value;
    }

    /// <summary>A value as JSON keeping its type; floats as Python writes them (<c>1.0</c>).</summary>
    internal void WriteJson(Utf8JsonWriter writer, in Value value)
    {
        switch (value.Kind)
        {
            case ValueKind.String:
                writer.WriteStringValue(Arena.Text(value));
                break;
            case ValueKind.Integer:
                writer.WriteNumberValue(value.Integer);
                break;
            case ValueKind.Float:
                var start = Arena.BeginString();
                PythonFloat.Append(Arena, value.Float);
                var text = Arena.Text(Arena.EndString(start));
                if (text.IndexOfAny('n', 'i') >= 0)
                {
                    writer.WriteNullValue();
                }
                else
                {
                    writer.WriteRawValue(text, skipInputValidation: true);
                }

                break;
            case ValueKind.True:
                writer.WriteBooleanValue(true);
                break;
            case ValueKind.False:
                writer.WriteBooleanValue(false);
                break;
            case ValueKind.List:
                writer.WriteStartArray();
                for (var i = 0; i < Arena.Count(value); i++)
                {
                    WriteJson(writer, Arena.Item(value, i));
                }

                writer.WriteEndArray();
                break;
            case ValueKind.Dict:
                writer.WriteStartObject();
                for (var i = 0; i < Arena.Count(value); i++)
                {
                    writer.WritePropertyName(Arena.Text(Arena.Key(value, i)));
                    WriteJson(writer, Arena.Item(value, i));
                }

                writer.WriteEndObject();
                break;
            default:
                writer.WriteNullValue();
                break;
        }
    }

    /// <summary>
    /// The members of a dict set at <paramref name="path"/>, but for those a field set below it replaces (Windows:
    /// action.properties set whole, then action.properties.Execution Name set again), so that no key is written twice.
    /// </summary>
    private void WriteMembersNotSetBelow(Utf8JsonWriter writer, in Value dict, string path, int firstBelow)
    {
        for (var i = 0; i < Arena.Count(dict); i++)
        {
            var key = Arena.Text(Arena.Key(dict, i));
            if (!IsSetBelow(path, key, firstBelow))
            {
                writer.WritePropertyName(key);
                WriteJson(writer, Arena.Item(dict, i));
            }
        }
    }

    private bool IsSetBelow(string path, ReadOnlySpan<char> key, int firstBelow)
    {
        for (var n = firstBelow; n < _count && IsBelow(_entries[_order[n]].Path, path); n++)
        {
            var rest = _entries[_order[n]].Path.AsSpan(path.Length + 1);
            var dot = rest.IndexOf('.');
            if ((dot < 0 ? rest : rest.Slice(0, dot)).SequenceEqual(key))
            {
                return true;
            }
        }

        return false;
    }

    private void SortBySegments()
    {
        // Insertion sort: a dataset sets tens of fields, and the order is mostly sorted already.
        for (var i = 1; i < _count; i++)
        {
            var current = _order[i];
            var j = i - 1;
            while (j >= 0 && CompareSegments(_entries[_order[j]].Path, _entries[current].Path) > 0)
            {
                _order[j + 1] = _order[j];
                j--;
            }

            _order[j + 1] = current;
        }
    }

    /// <summary>Orders paths segment by segment, so <c>a.b</c> and <c>a.c</c> stay next to each other before <c>a-b</c>.</summary>
    private static int CompareSegments(string left, string right)
    {
        var length = Math.Min(left.Length, right.Length);
        for (var i = 0; i < length; i++)
        {
            var a = left[i];
            var b = right[i];
            if (a == b)
            {
                continue;
            }

            // The separator sorts before every other character.
            return a == '.' ? -1 : b == '.' ? 1 : a.CompareTo(b);
        }

        return left.Length.CompareTo(right.Length);
    }

    private static bool IsBelow(string path, string parent)
        => path.Length > parent.Length && path[parent.Length] == '.' && path.StartsWith(parent, StringComparison.Ordinal);

    private static int CommonSegments(string left, string right, int maximum)
    {
        var common = 0;
        var i = 0;
        while (common < maximum && i < left.Length && i < right.Length)
        {
            var endLeft = left.IndexOf('.', i);
            var endRight = right.IndexOf('.', i);
            endLeft = endLeft < 0 ? left.Length : endLeft;
            endRight = endRight < 0 ? right.Length : endRight;
            if (endLeft != endRight || string.CompareOrdinal(left, i, right, i, endLeft - i) != 0)
            {
                break;
            }

            common++;
            i = endLeft + 1;
        }

        return common;
    }

    private static int SegmentCount(string path)
    {
        var count = 1;
        foreach (var c in path)
        {
            if (c == '.')
            {
                count++;
            }
        }

        return count;
    }

    private static ReadOnlySpan<char> Segment(string path, int index)
    {
        var start = 0;
        for (var i = 0; i < index; i++)
        {
            start = path.IndexOf('.', start) + 1;
        }

        var end = path.IndexOf('.', start);
        return path.AsSpan(start, (end < 0 ? path.Length : end) - start);
    }
}
