using System;
using System.Buffers;
using System.IO;

namespace EcsForge.Host.IO;

/// <summary>
/// Collects NDJSON events in one reusable buffer and writes them to the stream in large chunks, which makes this the
/// output buffer: the stream itself can be unbuffered (stdout) without paying a system call per event.
/// </summary>
public sealed class EventOutput
{
    private const int FlushThreshold = 256 * 1024;

    private readonly Stream _stream;
    private readonly ArrayBufferWriter<byte> _buffer = new(FlushThreshold * 2);

    public EventOutput(Stream stream)
    {
        _stream = stream;
    }

    /// <summary>Where the current event is written; <see cref="EndEvent"/> terminates it.</summary>
    public IBufferWriter<byte> Buffer => _buffer;

    public void EndEvent()
    {
        _buffer.GetSpan(1)[0] = (byte)'\n';
        _buffer.Advance(1);
        if (_buffer.WrittenCount >= FlushThreshold)
        {
            WriteBuffered();
        }
    }

    public void Flush()
    {
        WriteBuffered();
        _stream.Flush();
    }

    private void WriteBuffered()
    {
        _stream.Write(_buffer.WrittenSpan);
        // Keeps the memory (unlike Clear) since it is about to be overwritten anyway.
        _buffer.ResetWrittenCount();
    }
}
