using System;
using System.Buffers;
using System.Collections.Generic;
using EcsForge.Host.Serve.Pipeline;

namespace EcsForge.Host.Serve.Http;

/// <summary>
/// The events of one HTTP batch, one per line, copied into chunks as the body is read. Blank lines (the trailing
/// newline of a batch, say) are not events; line numbers still count them, so dead letters point at the right line.
/// </summary>
internal sealed class BatchChunks : IDisposable
{
    private readonly List<EventChunk> _chunks = [];
    private EventChunk? _current;
    private long _lineNumber;

    public int EventCount { get; private set; }

    public IReadOnlyList<EventChunk> Chunks => _chunks;

    public void AddLine(ReadOnlySequence<byte> line)
    {
        _lineNumber++;
        if (!line.IsEmpty && line.Slice(line.Length - 1).FirstSpan[0] == (byte)'\r')
        {
            line = line.Slice(0, line.Length - 1);
        }

        if (line.IsEmpty)
        {
            return;
        }

        _current ??= new EventChunk();
        _current.Add(line, _lineNumber);
        EventCount++;
        if (_current.IsFull)
        {
            _chunks.Add(_current);
            _current = null;
        }
    }

    /// <summary>Called once the body is read: the last, partly filled chunk joins the others.</summary>
    public void Complete()
    {
        if (_current is not null)
        {
            _chunks.Add(_current);
            _current = null;
        }
    }

    /// <summary>Disposes chunks that were never handed to the pipeline (a rejected batch); submitted ones are the workers'.</summary>
    public void Dispose()
    {
        _current?.Dispose();
        foreach (var chunk in _chunks)
        {
            chunk.Dispose();
        }
    }
}
