using System;
using System.Buffers;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using EcsForge.Host.IO;
using EcsForge.Host.Serve.Metrics;
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

    /// <summary>Of each event of a chunk the worker failed on, this much is kept in its dead letter.</summary>
    private const int FailedChunkBytesKept = 4096;

    private readonly IntakeRouter _router;
    private readonly ILogger _logger;
    private readonly Action _countSinkError;
    private readonly ServeHealth _health;
    private readonly MemoryStream _deadLetterBuffer = new();
    private readonly Dictionary<IntakeFormat, DeadLetterWriter> _deadLetterWriters = [];
    private ArrayBufferWriter<byte> _events = new(InitialCapacity);

    public ParseWorker(IntakeRouter router, ILogger logger, Action countSinkError, ServeHealth health)
    {
        _health = health;
        _router = router;
        _logger = logger;
        _countSinkError = countSinkError;
    }

    /// <summary>
    /// Parses a chunk and writes it to its sinks. Never throws: a failed sink fails the chunk's batch, and any other
    /// exception fails the chunk's events into the dead letters with its reason, so the worker always goes on.
    /// </summary>
    public void Process(in ParseWork work)
    {
        var (route, chunk, batch) = work;
        var outputWritten = false;
        try
        {
            var parsed = ParseChunk(route, chunk, batch);
            outputWritten = Append(route.Output, _events.WrittenSpan);
            Append(route.DeadLetter, DeadLetterSpan);
            Done(route, chunk, batch, parsed);
        }
        catch (SinkWriteException e)
        {
            SinkFailed(route, batch, e);
        }
        catch (Exception e) when (!outputWritten)
        {
            // A bug (or memory exhaustion) while parsing: the events of the chunk fail, with the exception as reason.
            ServeLog.ChunkFailed(_logger, route.Name, e);
            FailChunk(route, chunk, batch, e);
        }
        catch (Exception e)
        {
            // The output took its events but the dead letters did not: failing them all would duplicate the parsed ones.
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

    private ReadOnlySpan<byte> DeadLetterSpan => _deadLetterBuffer.GetBuffer().AsSpan(0, (int)_deadLetterBuffer.Length);

    /// <summary>Parses every event into the worker's buffers; returns how many parsed.</summary>
    private int ParseChunk(IntakeRoute route, EventChunk chunk, BatchCompletion? batch)
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
            var start = _deadLetterBuffer.Length;
            deadLetters.Write(result, chunk.NumberOf(i), raw);
            if (batch is not null && !batch.TryTakeDeadLetterBytes(_deadLetterBuffer.Length - start))
            {
                // Over the batch's budget (control characters escape to six bytes each): only the event's head is kept.
                _deadLetterBuffer.SetLength(start);
                var kept = raw[..Math.Min(raw.Length, EventChunk.HeadBytes)];
                var detail = string.Create(CultureInfo.InvariantCulture,
                    $"{(result.Detail is null ? "" : result.Detail + "; ")}the batch's dead-letter budget is spent: first {kept.Length} of {raw.Length} bytes kept");
                deadLetters.Write(ParseResult.Failed(result.Failure, detail), chunk.NumberOf(i), kept);
            }
        }

        return parsed;
    }

    /// <summary>Every event of the chunk goes to the dead letters, its first bytes kept, with the exception as reason.</summary>
    private void FailChunk(IntakeRoute route, EventChunk chunk, BatchCompletion? batch, Exception error)
    {
        try
        {
            Reset();
            var deadLetters = DeadLettersFor(route.Format);
            for (var i = 0; i < chunk.Count; i++)
            {
                var raw = chunk[i];
                var kept = raw[..Math.Min(raw.Length, FailedChunkBytesKept)];
                var reason = string.Create(CultureInfo.InvariantCulture,
                    $"the worker failed on this event's chunk ({error.GetType().Name}: {error.Message}); first {kept.Length} of {raw.Length} bytes kept");
                deadLetters.Write(ParseResult.Failed(ParseFailure.InternalError, reason), chunk.NumberOf(i), kept);
            }

            Append(route.DeadLetter, DeadLetterSpan);
            Done(route, chunk, batch, parsed: 0);
        }
        catch (SinkWriteException e)
        {
            SinkFailed(route, batch, e);
        }
        catch (Exception e)
        {
            ServeLog.ChunkFailed(_logger, route.Name, e);
            batch?.ChunkFailed(e);
        }
    }

    private static void Done(IntakeRoute route, EventChunk chunk, BatchCompletion? batch, int parsed)
    {
        var failed = chunk.Count - parsed;
        route.Counters.AddResults(parsed, failed);
        batch?.ChunkDone(parsed, failed);
    }

    private void SinkFailed(IntakeRoute route, BatchCompletion? batch, SinkWriteException e)
    {
        _countSinkError();
        _health.Report("sink " + e.Sink, e.InnerException!.Message);
        ServeLog.SinkWriteFailed(_logger, e.Sink, route.Name, e.InnerException!);
        batch?.ChunkFailed(e);
    }

    /// <returns>Whether anything was written.</returns>
    private bool Append(ILineSink sink, ReadOnlySpan<byte> lines)
    {
        if (lines.IsEmpty)
        {
            return false;
        }

        try
        {
            sink.Append(lines);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ObjectDisposedException)
        {
            throw new SinkWriteException(sink.Name, e);
        }

        _health.Clear("sink " + sink.Name);
        return true;
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

        // Emptied first: a MemoryStream refuses a capacity below its length (the bug that killed workers, issue 12).
        _deadLetterBuffer.SetLength(0);
        if (_deadLetterBuffer.Capacity > RetainedCapacity)
        {
            _deadLetterBuffer.Capacity = InitialCapacity;
        }
    }
}
