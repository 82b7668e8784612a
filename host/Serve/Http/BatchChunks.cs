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
    private readonly int _maxEvents;
    private EventChunk? _current;
    private long _lineNumber;

    public BatchChunks(int maxEvents)
    {
        _maxEvents = maxEvents;
    }

    public int EventCount { get; private set; }

    /// <summary>The batch's size as received (decompressed), line terminators included: the base of its dead-letter budget.</summary>
    public long Bytes { get; private set; }

    public IReadOnlyList<EventChunk> Chunks => _chunks;

    /// <exception cref="PayloadTooLargeException">The batch has more events than allowed.</exception>
    public void AddLine(ReadOnlySequence<byte> line)
    {
        _lineNumber++;
        Bytes += line.Length + 1;
        if (!line.IsEmpty && line.Slice(line.Length - 1).FirstSpan[0] == (byte)'\r')
        {
            line = line.Slice(0, line.Length - 1);
        }

        if (line.IsEmpty)
        {
            return;
        }

        NextChunk().Add(line, _lineNumber);
        HandOverIfFull();
    }

    /// <summary>Adds a line over the event size limit, of which only its first bytes were kept.</summary>
    /// <exception cref="PayloadTooLargeException">The batch has more events than allowed.</exception>
    public void AddTooLarge(ReadOnlySpan<byte> head, long length, string sha256, long limit)
    {
        _lineNumber++;
        Bytes += length + 1;
        NextChunk().AddTooLarge(head, length, sha256, limit, _lineNumber);
        HandOverIfFull();
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

    private EventChunk NextChunk()
    {
        if (++EventCount > _maxEvents)
        {
            throw new PayloadTooLargeException("batch", _maxEvents, "events");
        }

        return _current ??= new EventChunk();
    }

    private void HandOverIfFull()
    {
        if (_current!.IsFull)
        {
            _chunks.Add(_current);
            _current = null;
        }
    }
}
