using System;
using System.Buffers;
using System.Collections.Generic;
using System.Text;
using System.Text.Json;
using EcsForge.Parsing;
using EcsForge.Text;

namespace EcsForge.Routing;

/// <summary>
/// Routes raw messages to the compiled parser of their intake format and copies the ECS event to the caller's buffer.
/// Output is all-or-nothing: a failed event writes nothing. Thread-safe; each thread reuses its own session.
/// </summary>
public sealed class IntakeRouter
{
    [ThreadStatic]
    private static EventSession? t_session;

    private readonly Dictionary<string, IntakeFormat> _byIdentifier = new(StringComparer.OrdinalIgnoreCase);

    public IntakeRouter(IEnumerable<IntakeFormat> formats)
    {
        var all = new List<IntakeFormat>();
        foreach (var format in formats)
        {
            if (!_byIdentifier.TryAdd(format.Uuid.ToString("D"), format) || !_byIdentifier.TryAdd(format.Slug, format))
            {
                throw new ArgumentException($"Intake format {format} is registered twice.", nameof(formats));
            }

            all.Add(format);
        }

        Formats = all;
    }

    public IReadOnlyList<IntakeFormat> Formats { get; }

    /// <summary>Finds a format by its manifest uuid (any GUID spelling) or slug.</summary>
    public bool TryGetFormat(string uuidOrSlug, out IntakeFormat format)
    {
        if (_byIdentifier.TryGetValue(uuidOrSlug, out format!))
        {
            return true;
        }

        return Guid.TryParse(uuidOrSlug, out var uuid) && _byIdentifier.TryGetValue(uuid.ToString("D"), out format!);
    }

    public ParseResult Parse(string uuidOrSlug, ReadOnlySpan<byte> message, IBufferWriter<byte> output)
    {
        return TryGetFormat(uuidOrSlug, out var format)
            ? Parse(format, message, output)
            : ParseResult.Failed(ParseFailure.UnknownFormat, uuidOrSlug);
    }

    public ParseResult Parse(IntakeFormat format, ReadOnlySpan<byte> message, IBufferWriter<byte> output)
        => Parse(format, message, ReadOnlySpan<byte>.Empty, output);

    /// <summary>
    /// Parses a message that arrived with an envelope: the event's other fields as received (a UTF-8 JSON object such
    /// as <c>{"log":{"hostname":"fw1"}}</c>, or empty for none). Pipelines read it as <c>original</c>, and the event
    /// keeps every envelope field the parser does not set.
    /// </summary>
    public ParseResult Parse(IntakeFormat format, ReadOnlySpan<byte> message, ReadOnlySpan<byte> envelope, IBufferWriter<byte> output)
    {
        var trimmed = TrimLineEnd(message);
        if (trimmed.IsEmpty)
        {
            return ParseResult.Failed(ParseFailure.EmptyMessage);
        }

        if (!Utf8Text.IsValid(trimmed))
        {
            return ParseResult.Failed(ParseFailure.InvalidUtf8, $"first invalid byte at offset {Utf8Text.FirstInvalidOffset(trimmed)}");
        }

        if (!envelope.IsEmpty && !EventEnvelope.IsObject(envelope))
        {
            return ParseResult.Failed(ParseFailure.InvalidEnvelope);
        }

        var session = t_session ??= new EventSession();
        // An envelope to merge needs the event staged: the merge writes the output.
        var inPlace = envelope.IsEmpty || format.Parser.StartsFromEnvelope;
        session.Begin(envelope, inPlace ? output : null);
        ParseResult result;
        try
        {
            result = format.Parser.Parse(trimmed, session);
        }
        catch (JsonException e)
        {
            return ParseResult.Failed(Classify(e, trimmed), e.Message);
        }
        catch (Exception e) when (e is InvalidOperationException or ArgumentException or FormatException or OverflowException or IndexOutOfRangeException)
        {
            // A parser bug must not take the host down nor lose the event: it becomes a failed result.
            return ParseResult.Failed(ParseFailure.InternalError, e.GetType().Name + ": " + e.Message);
        }

        if (!result.Success)
        {
            return result;
        }

        var written = session.Complete();
        if (!envelope.IsEmpty && !format.Parser.StartsFromEnvelope)
        {
            return ParseResult.Parsed(EventEnvelope.Merge(envelope, written, output));
        }

        if (!session.Json.InPlace)
        {
            written.CopyTo(output.GetSpan(written.Length));
        }

        output.Advance(written.Length);
        return ParseResult.Parsed(written.Length);
    }

    /// <summary>Names a reader failure from the message itself, not from the exception's (localized) text.</summary>
    private static ParseFailure Classify(JsonException exception, ReadOnlySpan<byte> message)
    {
        if (JsonNesting.Exceeds(message, JsonCapture.ReaderOptions.MaxDepth))
        {
            return ParseFailure.TooDeep;
        }

        // The reader reports a cut message at (or one byte before) its very end.
        var atEnd = exception.LineNumber == 0 && exception.BytePositionInLine >= message.Length - 1;
        return atEnd ? ParseFailure.Truncated : ParseFailure.MalformedJson;
    }

    private static ReadOnlySpan<byte> TrimLineEnd(ReadOnlySpan<byte> message)
    {
        var end = message.Length;
        while (end > 0 && (message[end - 1] == (byte)'\n' || message[end - 1] == (byte)'\r'))
        {
            end--;
        }

        return message[..end];
    }
}
