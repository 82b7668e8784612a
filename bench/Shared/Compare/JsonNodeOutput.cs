using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace EcsForge.Bench.Compare;

/// <summary>Writes a JsonNode mapper's event to the output with one reused writer, escaping as the generated parsers do.</summary>
internal sealed class JsonNodeOutput
{
    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private readonly Utf8JsonWriter _writer = new(new ArrayBufferWriter<byte>(), WriterOptions);

    public void Write(JsonObject ecs, IBufferWriter<byte> output)
    {
        _writer.Reset(output);
        ecs.WriteTo(_writer);
        _writer.Flush();
    }
}
