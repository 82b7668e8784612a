using System;
using System.Text.Json;

namespace EcsForge.Parsing;

/// <summary>
/// A property name as <see cref="EventJsonWriter"/> copies it: quoted, escaped by the writer options of every event,
/// and followed by its colon (<c>"name":</c>), encoded once when the generated class loads.
/// </summary>
public sealed class JsonName
{
    private JsonName(byte[] encoded)
    {
        Encoded = encoded;
    }

    /// <summary>The bytes written before the value: <c>"name":</c>.</summary>
    internal byte[] Encoded { get; }

    public static JsonName Of(string name)
    {
        var escaped = JsonEncodedText.Encode(name, EventSession.WriterOptions.Encoder).EncodedUtf8Bytes;
        var encoded = new byte[escaped.Length + 3];
        encoded[0] = (byte)'"';
        escaped.CopyTo(encoded.AsSpan(1));
        encoded[^2] = (byte)'"';
        encoded[^1] = (byte)':';
        return new JsonName(encoded);
    }
}
