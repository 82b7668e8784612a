using System;
using System.Buffers;
using System.Collections.Generic;
using System.IO;
using EcsForge.Host.IO;
using EcsForge.Host.Serve.Sinks;
using EcsForge.Host.Serve.Syslog;
using EcsForge.Routing;
using Microsoft.Extensions.Logging;

namespace EcsForge.Host.Serve.Pipeline;

/// <summary>
/// The buffers of one worker thread: a chunk's events are parsed into them, then each sink gets one append for the
/// whole chunk, which keeps sink locking and system calls per chunk rather than per event.
/// </summary>
internal sealed class ParseWorker : IDisposable
{
    /// <summary>A buffer grown past this by a huge event is dropped afterwards rather than kept for the worker's lifetime.</summary>
    private const int RetainedCapacity = 4 << 20;

    private const int InitialCapacity = 256 * 1024;

    private readonly IntakeRouter _router;
    private readonly ILogger _logger;
    private readonly Action _countSinkError;
    private readonly MemoryStream _deadLetterBuffer = new();
    private readonly Dictionary<IntakeFormat, DeadLetterWriter> _deadLetterWriters = [];
    private ArrayBufferWriter<byte> _events = new(InitialCapacity);

    public ParseWorker(IntakeRouter router, ILogger logger, Action countSinkError)
    {
        _router = router;
        _logger = logger;
        _countSinkError = countSinkError;
    }

    public void Process(in ParseWork work)
    {
        var (route, chunk, batch) = work;
        try
        {
            var deadLetters = DeadLettersFor(route.Format);
            var parsed = 0;
            for (var i = 0; i < chunk.Count; i++)
            {
                var raw = chunk[i];
                var result = chunk.KnownFailureOf(i);
                if (result.Success)
                {
                    result = _router.Parse(route.Format, route.SyslogFramed ? SyslogHeader.Strip(raw) : raw, _events);
                    if (result.Success)
                    {
                        _events.GetSpan(1)[0] = (byte)'\n';
                        _events.Advance(1);
                        parsed++;
                        continue;
                    }
                }

                // The dead letter keeps the event as received, header included: it is the evidence of what came in.
                deadLetters.Write(result, chunk.NumberOf(i), raw);
            }

            var failed = chunk.Count - parsed;
            Append(route.Output, _events.WrittenSpan);
            Append(route.DeadLetter, _deadLetterBuffer.GetBuffer().AsSpan(0, (int)_deadLetterBuffer.Length));
            route.Counters.AddResults(parsed, failed);
            batch?.ChunkDone(parsed, failed);
        }
        catch (SinkWriteException e)
        {
            _countSinkError();
            ServeLog.SinkWriteFailed(_logger, e.Sink, route.Name, e.InnerException!);
            batch?.ChunkFailed(e);
        }
        catch (Exception e)
        {
            // A parser bug must neither stop this worker nor leave the batch waiting forever.
            ServeLog.ChunkFailed(_logger, route.Name, e);
            batch?.ChunkFailed(e);
        }
        finally
        {
            chunk.Dispose();
            Reset();
        }
    }

    public void Dispose()
    {
        foreach (var writer in _deadLetterWriters.Values)
        {
            writer.Dispose();
        }

        _deadLetterBuffer.Dispose();
    }

    private static void Append(ILineSink sink, ReadOnlySpan<byte> lines)
    {
        if (lines.IsEmpty)
        {
            return;
        }

        try
        {
            sink.Append(lines);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ObjectDisposedException)
        {
            throw new SinkWriteException(sink.Name, e);
        }
    }

    private DeadLetterWriter DeadLettersFor(IntakeFormat format)
    {
        if (!_deadLetterWriters.TryGetValue(format, out var writer))
        {
            // Every format's writer fills the same buffer, drained into the route's dead-letter sink after each chunk.
            writer = new DeadLetterWriter(() => _deadLetterBuffer, format.Slug);
            _deadLetterWriters.Add(format, writer);
        }

        return writer;
    }

    private void Reset()
    {
        if (_events.Capacity > RetainedCapacity)
        {
            _events = new ArrayBufferWriter<byte>(InitialCapacity);
        }
        else
        {
            _events.ResetWrittenCount();
        }

        if (_deadLetterBuffer.Capacity > RetainedCapacity)
        {
            _deadLetterBuffer.Capacity = InitialCapacity;
        }

        _deadLetterBuffer.SetLength(0);
    }
}
