using System.Buffers;

namespace EcsForge.Bench.Data;

/// <summary>
/// Writes raw events of an intake format whose events are text lines (syslog) rather than JSON objects: one event
/// per call, without its newline; successive calls make a stream.
/// </summary>
internal interface ITextEventGenerator
{
    void WriteEvent(IBufferWriter<byte> output);
}
