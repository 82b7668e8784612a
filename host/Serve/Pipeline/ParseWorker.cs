using System;
using System.Buffers;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using EcsForge.Host.IO;
using EcsForge.Host.Serve.Syslog;
using EcsForge.Parsing;
using EcsForge.Routing;
using Microsoft.Extensions.Logging;

namespace EcsForge.Host.Serve.Pipeline;

/// <summary>
/// The buffers of one worker thread: a chunk's events are parsed into them, then handed to the chunk's batch (written
/// once the whole batch is parsed) or, for a syslog chunk, written at once as one unit.
/// </summary>
internal sealed class ParseWorker : IDisposable
{
    /// <summary>A buffer grown past this by a huge event is dropped afterwards rather than kept for the worker's lifetime.</summary>
    private const int RetainedCapacity = 4 << 20;

    private const int InitialCapacity = 256 * 1024;

    /// <summary>Of each failed event past its batch's dead-letter budget, this much is kept: enough to recognize it.</summary>
    private const int BudgetSpentBytesKept = 64;

    /// <summary>Of each event of a chunk the worker failed on, this much is kept in its dead letter.</summary>
    private const int FailedChunkBytesKept = 4096;

    private readonly IntakeRouter _router;
    private readonly ILogger _logger;
    private readonly RouteWriter _writer;
    private readonly MemoryStream _deadLetterBuffer = new();
    private readonly Dictionary<IntakeFormat, DeadLetterWriter> _deadLetterWriters = [];
    private ArrayBufferWriter<byte> _events = new(InitialCapacity);

    public ParseWorker(IntakeRouter router, ILogger logger, RouteWriter writer)
    {
        _router = router;
        _logger = logger;
        _writer = writer;
    }

    private ReadOnlyMemory<byte> DeadLetterMemory => _deadLetterBuffer.GetBuffer().AsMemory(0, (int)_deadLetterBuffer.Length);

    /// <summary>
    /// Parses a chunk and hands it on. Never throws: any exception fails the chunk's events into the dead letters with
    /// its reason, and should even that fail, the chunk's batch fails; either way the worker goes on.
    /// </summary>
    public void Process(in ParseWork work)
    {
        var (route, chunk, batch) = work;
        try
        {
            int parsed;
            try
            {
                parsed = ParseChunk(route, chunk, batch);
            }
            catch (Exception e)
            {
                // A bug (or memory exhaustion) while parsing: the events of the chunk fail, with the exception as reason.
                ServeLog.ChunkFailed(_logger, route.Name, e);
                FailChunk(route, chunk, e);
                parsed = 0;
            }

            HandOn(route, chunk, batch, parsed);
        }
        catch (Exception e)
        {
            ServeLog.ChunkFailed(_logger, route.Name, e);
            if (batch is null)
            {
                route.Counters.AddLost(chunk.Count);
            }
            else
            {
                batch.ChunkFailed(e, chunk.Count);
            }
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
                var kept = raw[..Math.Min(raw.Length, BudgetSpentBytesKept)];
                var detail = string.Create(CultureInfo.InvariantCulture,
                    $"{(result.Detail is null ? "" : result.Detail + "; ")}the batch's dead-letter budget is spent: first {kept.Length} of {raw.Length} bytes kept");
                deadLetters.Write(ParseResult.Failed(result.Failure, detail), chunk.NumberOf(i), kept);
            }
        }

        return parsed;
    }

    /// <summary>Every event of the chunk goes to the dead letters, its first bytes kept, with the exception as reason.</summary>
    private void FailChunk(IntakeRoute route, EventChunk chunk, Exception error)
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
    }

    private void HandOn(IntakeRoute route, EventChunk chunk, BatchCompletion? batch, int parsed)
    {
        var failed = chunk.Count - parsed;
        if (batch is not null)
        {
            batch.ChunkParsed(_events.WrittenSpan, DeadLetterMemory.Span, parsed, failed);
            return;
        }

        // A syslog chunk has no one waiting for it: it is written now, as one unit. Syslog has no way to refuse
        // frames already received, so if the sinks fail, the chunk's events are lost (and counted as such).
        if (_writer.TryWrite(route, [_events.WrittenMemory], [DeadLetterMemory]) is null)
        {
            route.Counters.AddResults(parsed, failed);
        }
        else
        {
            route.Counters.AddLost(chunk.Count);
        }
    }

    private DeadLetterWriter DeadLettersFor(IntakeFormat format)
    {
        if (!_deadLetterWriters.TryGetValue(format, out var writer))
        {
            // Every format's writer fills the same buffer, drained after each chunk.
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
