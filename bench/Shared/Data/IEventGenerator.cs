using System.Text.Json;

namespace EcsForge.Bench.Data;

/// <summary>Writes raw events of one intake format, each as one JSON object; successive calls make a stream.</summary>
internal interface IEventGenerator
{
    void WriteEvent(Utf8JsonWriter json);
}
