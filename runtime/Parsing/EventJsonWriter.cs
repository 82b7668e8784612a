using System;
using System.Buffers;
using System.Buffers.Text;
using System.Runtime.CompilerServices;
using System.Text.Json;

namespace EcsForge.Parsing;

/// <summary>
/// The JSON writer of generated mapping datasets, writing an event in the caller's output when it has room
/// (<see cref="ResetInto"/>), else in a buffer of its own to be copied out. Generated code nests objects
/// correctly by construction and names come pre-encoded with their colon (<see cref="JsonName"/>), so a property is
/// one bounds check and a few copies: no token state to track or validate. A separator is needed exactly when the
/// last byte written does not open a container or end a property name.
/// <para>
/// The output is byte for byte what <see cref="Utf8JsonWriter"/> writes with <see cref="EventSession.WriterOptions"/>:
/// strings of printable ASCII without <c>"</c> or <c>\</c> (which that encoder never escapes) are copied, strings whose
/// only escapes are <c>\"</c> and <c>\\</c> are escaped here; any other string, a double, and a raw value to validate go
/// through a <see cref="Utf8JsonWriter"/> with those options.
/// </para>
/// <para>
/// It is also an <see cref="IBufferWriter{T}"/>, so that pipeline datasets stage their events here through
/// <see cref="EventSession.Writer"/>. An event is written by one of the two, never both.
/// </para>
/// </summary>
public sealed class EventJsonWriter : IBufferWriter<byte>
{
    private const int InitialCapacity = 4096;

    /// <summary>One huge event must not pin a huge buffer for the life of the session.</summary>
    private const int RetainedMaximum = 1 << 20;

    /// <summary>The bytes a string is copied with as they are: printable ASCII but the quote and the backslash.</summary>
    private static readonly SearchValues<byte> s_verbatim = SearchValues.Create(VerbatimBytes());

    /// <summary>The session's encoder, which decides what is escaped (see <see cref="CountShortEscapes"/>).</summary>
    private static readonly System.Text.Encodings.Web.JavaScriptEncoder s_encoder = EventSession.WriterOptions.Encoder!;

    /// <summary>The writer's own buffer, where an event is staged unless it is written in the caller's output.</summary>
    private byte[] _own = new byte[InitialCapacity];

    /// <summary>Where the event is written: <see cref="_own"/>, or the free room of the caller's output array.</summary>
    private byte[] _buffer;

    /// <summary>The event's bytes are <see cref="_buffer"/>[<see cref="_start"/>..<see cref="_length"/>], with room up to <see cref="_end"/>.</summary>
    private int _start;
    private int _length;
    private int _end;
    private ArrayBufferWriter<byte>? _slowOutput;
    private Utf8JsonWriter? _slowWriter;

    public EventJsonWriter()
    {
        _buffer = _own;
        _end = _own.Length;
    }

    /// <summary>The event written since the last <see cref="Reset"/>.</summary>
    public ReadOnlySpan<byte> WrittenSpan => _buffer.AsSpan(_start, _length - _start);

    /// <summary>Whether the event is being written in the room given by <see cref="ResetInto"/> (and so needs no copy).</summary>
    public bool InPlace => !ReferenceEquals(_buffer, _own);

    /// <summary>Starts a new event in the writer's own buffer, kept (unless one huge event grew it).</summary>
    public void Reset()
    {
        if (_own.Length > RetainedMaximum)
        {
            _own = new byte[InitialCapacity];
        }

        _buffer = _own;
        _start = 0;
        _length = 0;
        _end = _own.Length;
    }

    /// <summary>
    /// Starts a new event in <paramref name="room"/>, the free memory of the caller's output, so that a complete event
    /// is only advanced over there, not copied; an event that outgrows the room moves to the writer's own buffer.
    /// </summary>
    public void ResetInto(ArraySegment<byte> room)
    {
        Reset();
        if (room.Array is { } array && room.Count > 0)
        {
            _buffer = array;
            _start = room.Offset;
            _length = room.Offset;
            _end = room.Offset + room.Count;
        }
    }

    public void WriteStartObject() => WriteSeparatedByte((byte)'{');

    public void WriteStartObject(JsonName name)
    {
        WriteName(name, 1);
        _buffer[_length++] = (byte)'{';
    }

    public void WriteEndObject() => WriteByte((byte)'}');

    public void WriteStartArray() => WriteSeparatedByte((byte)'[');

    public void WriteStartArray(JsonName name)
    {
        WriteName(name, 1);
        _buffer[_length++] = (byte)'[';
    }

    public void WriteEndArray() => WriteByte((byte)']');

    public void WritePropertyName(JsonName name) => WriteName(name, 0);

    /// <summary>A name read from the message (a spread property), escaped as <see cref="Utf8JsonWriter"/> escapes it.</summary>
    public void WritePropertyName(ReadOnlySpan<byte> utf8Name)
    {
        WriteStringValue(utf8Name);
        WriteByte((byte)':');
    }

    public void WriteString(JsonName name, ReadOnlySpan<byte> utf8Value)
    {
        if (!utf8Value.ContainsAnyExcept(s_verbatim))
        {
            WriteName(name, utf8Value.Length + 2);
            WriteQuoted(utf8Value);
        }
        else if (CountShortEscapes(utf8Value) is var escapes and >= 0)
        {
            WriteName(name, utf8Value.Length + escapes + 2);
            WriteQuotedWithShortEscapes(utf8Value);
        }
        else
        {
            WriteName(name, 0);
            WriteEscapedString(utf8Value);
        }
    }

    /// <summary>A value encoded beforehand with the same options (user-agent parts).</summary>
    public void WriteString(JsonName name, JsonEncodedText value)
    {
        var encoded = value.EncodedUtf8Bytes;
        WriteName(name, encoded.Length + 2);
        WriteQuoted(encoded);
    }

    public void WriteStringValue(ReadOnlySpan<byte> utf8Value)
    {
        if (!utf8Value.ContainsAnyExcept(s_verbatim))
        {
            Separate(utf8Value.Length + 2);
            WriteQuoted(utf8Value);
        }
        else if (CountShortEscapes(utf8Value) is var escapes and >= 0)
        {
            Separate(utf8Value.Length + escapes + 2);
            WriteQuotedWithShortEscapes(utf8Value);
        }
        else
        {
            Separate(0);
            WriteEscapedString(utf8Value);
        }
    }

    public void WriteNumber(JsonName name, long value)
    {
        WriteName(name, 20);
        Utf8Formatter.TryFormat(value, _buffer.AsSpan(_length), out var written);
        _length += written;
    }

    public void WriteNumberValue(long value)
    {
        Separate(20);
        Utf8Formatter.TryFormat(value, _buffer.AsSpan(_length), out var written);
        _length += written;
    }

    public void WriteNumberValue(double value)
    {
        var writer = SlowWriter();
        writer.WriteNumberValue(value);
        WriteSlowOutput();
    }

    public void WriteBoolean(JsonName name, bool value)
    {
        WriteName(name, 5);
        WriteLiteral(value ? "true"u8 : "false"u8);
    }

    public void WriteBooleanValue(bool value)
    {
        Separate(5);
        WriteLiteral(value ? "true"u8 : "false"u8);
    }

    /// <summary>A property whose value is JSON text already known to be valid: a constant list, a captured number or container.</summary>
    public void WriteRaw(JsonName name, ReadOnlySpan<byte> json)
    {
        RefuseEmpty(json);
        WriteName(name, json.Length);
        WriteLiteral(json);
    }

    /// <summary>A value known to be valid JSON text, copied as it is.</summary>
    public void WriteRawValue(ReadOnlySpan<byte> json)
    {
        RefuseEmpty(json);
        Separate(json.Length);
        WriteLiteral(json);
    }

    /// <summary>Text that must be checked to be one JSON value first: it throws as <see cref="Utf8JsonWriter.WriteRawValue(ReadOnlySpan{byte}, bool)"/> does when it is not.</summary>
    public void WriteCheckedRawValue(ReadOnlySpan<byte> json)
    {
        var writer = SlowWriter();
        writer.WriteRawValue(json, skipInputValidation: false);
        WriteSlowOutput();
    }

    /// <summary>No text is no JSON value: refused as <see cref="Utf8JsonWriter"/> refuses it, rather than written as a name without value.</summary>
    private static void RefuseEmpty(ReadOnlySpan<byte> json)
    {
        if (json.IsEmpty)
        {
            throw new ArgumentException("The raw JSON value is empty.", nameof(json));
        }
    }

    Memory<byte> IBufferWriter<byte>.GetMemory(int sizeHint)
    {
        Reserve(Math.Max(sizeHint, 1));
        return _buffer.AsMemory(_length, _end - _length);
    }

    Span<byte> IBufferWriter<byte>.GetSpan(int sizeHint)
    {
        Reserve(Math.Max(sizeHint, 1));
        return _buffer.AsSpan(_length, _end - _length);
    }

    void IBufferWriter<byte>.Advance(int count)
    {
        if ((uint)count > (uint)(_end - _length))
        {
            throw new ArgumentOutOfRangeException(nameof(count));
        }

        _length += count;
    }

    /// <summary>Writes the separator if needed and the name, leaving room for <paramref name="valueLength"/> more bytes.</summary>
    private void WriteName(JsonName name, int valueLength)
    {
        var encoded = name.Encoded;
        Separate(encoded.Length + valueLength);
        encoded.CopyTo(_buffer.AsSpan(_length));
        _length += encoded.Length;
    }

    /// <summary>Writes a comma unless at the start, after an opening bracket or after a name; reserves room for what follows.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void Separate(int following)
    {
        Reserve(following + 1);
        if (_length > _start && _buffer[_length - 1] is not ((byte)'{' or (byte)'[' or (byte)':'))
        {
            _buffer[_length++] = (byte)',';
        }
    }

    private void WriteSeparatedByte(byte value)
    {
        Separate(1);
        _buffer[_length++] = value;
    }

    private void WriteByte(byte value)
    {
        Reserve(1);
        _buffer[_length++] = value;
    }

    /// <summary>Copies bytes room was reserved for.</summary>
    private void WriteLiteral(ReadOnlySpan<byte> bytes)
    {
        bytes.CopyTo(_buffer.AsSpan(_length));
        _length += bytes.Length;
    }

    private void WriteQuoted(ReadOnlySpan<byte> verbatim)
    {
        var buffer = _buffer;
        buffer[_length] = (byte)'"';
        verbatim.CopyTo(buffer.AsSpan(_length + 1));
        _length += verbatim.Length + 2;
        buffer[_length - 1] = (byte)'"';
    }

    /// <summary>
    /// How many quotes and backslashes the session's encoder escapes in the string (as <c>\"</c> and <c>\\</c>), when they
    /// are all it escapes: non-ASCII text it allows (<c>Équipe</c>) and a domain user (<c>CORP\user</c>) are written here,
    /// without the reference writer. -1 when some other character needs it: a control character, a character outside
    /// the encoder's ranges, invalid UTF-8.
    /// </summary>
    private static int CountShortEscapes(ReadOnlySpan<byte> utf8Value)
    {
        var escapes = 0;
        var rest = utf8Value;
        while (true)
        {
            var index = s_encoder.FindFirstCharacterToEncodeUtf8(rest);
            if (index < 0)
            {
                return escapes;
            }

            if (rest[index] is not ((byte)'"' or (byte)'\\'))
            {
                return -1;
            }

            escapes++;
            rest = rest[(index + 1)..];
        }
    }

    /// <summary>Writes a string <see cref="CountShortEscapes"/> accepted, room reserved: each quote and backslash after a backslash.</summary>
    private void WriteQuotedWithShortEscapes(ReadOnlySpan<byte> utf8Value)
    {
        var buffer = _buffer;
        buffer[_length++] = (byte)'"';
        var rest = utf8Value;
        while (true)
        {
            var index = rest.IndexOfAny((byte)'"', (byte)'\\');
            if (index < 0)
            {
                break;
            }

            rest[..index].CopyTo(buffer.AsSpan(_length));
            _length += index;
            buffer[_length++] = (byte)'\\';
            buffer[_length++] = rest[index];
            rest = rest[(index + 1)..];
        }

        rest.CopyTo(buffer.AsSpan(_length));
        _length += rest.Length;
        buffer[_length++] = (byte)'"';
    }

    /// <summary>A string with bytes the encoder may escape, written by the reference writer (after any separator or name).</summary>
    private void WriteEscapedString(ReadOnlySpan<byte> utf8Value)
    {
        var writer = SlowWriter();
        writer.WriteStringValue(utf8Value);
        var escaped = SlowOutput(writer);
        Reserve(escaped.Length);
        WriteLiteral(escaped);
    }

    private void WriteSlowOutput()
    {
        var written = SlowOutput(_slowWriter!);
        Separate(written.Length);
        WriteLiteral(written);
    }

    private Utf8JsonWriter SlowWriter()
    {
        _slowOutput ??= new ArrayBufferWriter<byte>(256);
        _slowOutput.ResetWrittenCount();
        if (_slowWriter is null)
        {
            _slowWriter = new Utf8JsonWriter(_slowOutput, EventSession.WriterOptions);
        }
        else
        {
            _slowWriter.Reset(_slowOutput);
        }

        return _slowWriter;
    }

    private ReadOnlySpan<byte> SlowOutput(Utf8JsonWriter writer)
    {
        writer.Flush();
        return _slowOutput!.WrittenSpan;
    }

    private void Reserve(int size)
    {
        if (_end - _length < size)
        {
            Grow(size);
        }
    }

    /// <summary>Makes room for <paramref name="size"/> more bytes in the writer's own buffer, moving the event there from the caller's room.</summary>
    private void Grow(int size)
    {
        var written = _length - _start;
        if (_own.Length - written < size)
        {
            var grown = new byte[Math.Max(_own.Length * 2, written + size)];
            _buffer.AsSpan(_start, written).CopyTo(grown);
            _own = grown;
        }
        else
        {
            _buffer.AsSpan(_start, written).CopyTo(_own);
        }

        _buffer = _own;
        _start = 0;
        _length = written;
        _end = _own.Length;
    }

    private static byte[] VerbatimBytes()
    {
        var bytes = new System.Collections.Generic.List<byte>();
        for (var value = 0x20; value < 0x7F; value++)
        {
            if (value is not ('"' or '\\'))
            {
                bytes.Add((byte)value);
            }
        }

        return bytes.ToArray();
    }
}
