using System;
using System.Buffers;
using System.Text.Json;

namespace EcsForge.Pipelines;

public sealed partial class ValueArena
{
    private static readonly JsonReaderOptions s_jsonOptions = new() { MaxDepth = 512 };

    private Value[] _jsonStack = new Value[16];

    /// <summary>Parses JSON text into values (Python's <c>json.loads</c>); absent when it is not one JSON value.</summary>
    public Value ParseJson(in Value text)
    {
        if (text.Kind != ValueKind.String)
        {
            return Value.Absent;
        }

        var chars = Text(text);
        var rented = ArrayPool<byte>.Shared.Rent(System.Text.Encoding.UTF8.GetMaxByteCount(chars.Length));
        try
        {
            var length = System.Text.Encoding.UTF8.GetBytes(chars, rented);
            return ParseJson(rented.AsSpan(0, length));
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(rented);
        }
    }

    /// <summary>Parses UTF-8 JSON into values; absent when the bytes are not exactly one JSON value.</summary>
    public Value ParseJson(ReadOnlySpan<byte> utf8)
    {
        var reader = new Utf8JsonReader(utf8, s_jsonOptions);
        var depth = 0;
        var key = Value.Absent;
        var result = Value.Absent;
        try
        {
            while (reader.Read())
            {
                Value value;
                switch (reader.TokenType)
                {
                    case JsonTokenType.PropertyName:
                        key = ReadString(ref reader);
                        continue;
                    case JsonTokenType.StartObject:
                    case JsonTokenType.StartArray:
                        var container = reader.TokenType == JsonTokenType.StartObject ? NewDict() : NewList();
                        if (depth > 0)
                        {
                            AddToParent(_jsonStack[depth - 1], key, container);
                        }

                        if (depth == _jsonStack.Length)
                        {
                            Array.Resize(ref _jsonStack, depth * 2);
                        }

                        _jsonStack[depth++] = container;
                        continue;
                    case JsonTokenType.EndObject:
                    case JsonTokenType.EndArray:
                        result = _jsonStack[--depth];
                        continue;
                    case JsonTokenType.String:
                        value = ReadString(ref reader);
                        break;
                    case JsonTokenType.Number:
                        value = reader.TryGetInt64(out var integer) ? Value.FromInteger(integer) : Number(ref reader);
                        break;
                    case JsonTokenType.True:
                        value = Value.True;
                        break;
                    case JsonTokenType.False:
                        value = Value.False;
                        break;
                    case JsonTokenType.Null:
                        value = Value.None;
                        break;
                    default:
                        continue;
                }

                if (depth == 0)
                {
                    result = value;
                }
                else
                {
                    AddToParent(_jsonStack[depth - 1], key, value);
                }
            }
        }
        catch (JsonException)
        {
            return Value.Absent;
        }

        return depth == 0 ? result : Value.Absent;
    }

    /// <summary>
    /// A number that is no long: a float, or an integer beyond 64 bits, which Python keeps exact and EcsForge keeps as
    /// its digits (Google Workspace's 21-digit user ids are written as that text).
    /// </summary>
    private Value Number(ref Utf8JsonReader reader)
    {
        var raw = reader.ValueSpan;
        return raw.IndexOfAny((byte)'.', (byte)'e', (byte)'E') < 0 ? Utf8String(raw) : Value.FromFloat(reader.GetDouble());
    }

    private void AddToParent(in Value parent, in Value key, in Value value)
    {
        if (parent.Kind == ValueKind.Dict)
        {
            AddMember(parent, key, value);
        }
        else
        {
            Append(parent, value);
        }
    }

    private Value ReadString(ref Utf8JsonReader reader)
    {
        var raw = reader.HasValueSequence ? reader.ValueSequence.ToArray() : reader.ValueSpan;
        if (!reader.ValueIsEscaped)
        {
            return Utf8String(raw);
        }

        var start = _charCount;
        var span = Reserve(raw.Length);
        var length = reader.CopyString(span);
        _charCount += length;
        return Value.ArenaString(start, length);
    }
}
