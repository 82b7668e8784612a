using System;
using System.Buffers;
using System.Text.Json;

namespace EcsForge.Parsing;

/// <summary>
/// A dataset's constant lists as JSON text, encoded once when the generated class loads, by the writer options every
/// event is written with: an event then copies <c>["info"]</c> in one raw write instead of opening, escaping and closing.
/// </summary>
public static class ConstantJson
{
    /// <summary>A string constant as its JSON text, quotes included.</summary>
    public static byte[] String(string value)
    {
        var output = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(output, EventSession.WriterOptions))
        {
            writer.WriteStringValue(value);
        }

        return output.WrittenSpan.ToArray();
    }

    public static byte[] List(params string[] items) => Encode(items, static (writer, item) => writer.WriteStringValue(item));

    public static byte[] List(params long[] items) => Encode(items, static (writer, item) => writer.WriteNumberValue(item));

    public static byte[] List(params bool[] items) => Encode(items, static (writer, item) => writer.WriteBooleanValue(item));

    private static byte[] Encode<T>(T[] items, Action<Utf8JsonWriter, T> writeItem)
    {
        var output = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(output, EventSession.WriterOptions))
        {
            writer.WriteStartArray();
            foreach (var item in items)
            {
                writeItem(writer, item);
            }

            writer.WriteEndArray();
        }

        return output.WrittenSpan.ToArray();
    }
}
