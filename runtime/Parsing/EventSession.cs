using System;
using System.Buffers;
using System.Runtime.InteropServices;
using System.Text.Encodings.Web;
using System.Text.Json;
using EcsForge.Patterns;

namespace EcsForge.Parsing;

/// <summary>
/// The reusable state of one parsing thread: the ECS writers, their staging buffer and the scratch arena. An event is
/// written past the end of the caller's output (or staged) and only then advanced over, so that a failure half-way
/// leaves the caller's output untouched.
/// </summary>
public sealed class EventSession
{
    private const int RetainedEnvelopeMaximum = 1 << 20;

    /// <summary>How every event is written; <see cref="ConstantJson"/> pre-encodes constants with the same options.</summary>
    internal static readonly JsonWriterOptions WriterOptions = new()
    {
        // Generated code nests objects correctly by construction; re-validating every token costs time.
        SkipValidation = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    private readonly Utf8JsonWriter _writer;
    private bool _writerStarted;
    private byte[] _envelope = [];
    private int _envelopeLength;

    public EventSession()
    {
        _writer = new Utf8JsonWriter(Json, WriterOptions);
    }

    /// <summary>The writer of generated mapping datasets, and the buffer every event is staged in.</summary>
    public EventJsonWriter Json { get; } = new();

    /// <summary>
    /// A general JSON writer into the same staging buffer (pipelines, hand-written parsers); an event uses one of the
    /// two. It is reset when an event first asks for it, so events written with <see cref="Json"/> never pay for it.
    /// </summary>
    public Utf8JsonWriter Writer
    {
        get
        {
            if (!_writerStarted)
            {
                _writer.Reset(Json);
                _writerStarted = true;
            }

            return _writer;
        }
    }

    public EventScratch Scratch { get; } = new();

    /// <summary>State reused by the compiled pattern matchers.</summary>
    public PatternState Patterns { get; } = new();

    /// <summary>
    /// The fields the event arrived with besides its message (the platform's <c>original</c> envelope, e.g.
    /// <c>{"log":{"syslog":{"appname":"postfix/anvil"}}}</c>), as a UTF-8 JSON object; empty when there are none.
    /// </summary>
    public ReadOnlySpan<byte> Envelope => _envelope.AsSpan(0, _envelopeLength);

    /// <summary>Resolves a captured value to its bytes.</summary>
    public ReadOnlySpan<byte> Bytes(ReadOnlySpan<byte> input, in RawValue value)
        => value.InScratch ? Scratch.Slice(value.Start, value.Length) : input.Slice(value.Start, value.Length);

    /// <summary>
    /// Starts an event: written in the free room of <paramref name="output"/> when it is array memory (so a complete
    /// event is only advanced over there), else staged; null stages it (an envelope is merged from the staged event).
    /// </summary>
    internal void Begin(ReadOnlySpan<byte> envelope, IBufferWriter<byte>? output)
    {
        if (_envelope.Length < envelope.Length || (_envelope.Length > RetainedEnvelopeMaximum && envelope.Length <= RetainedEnvelopeMaximum))
        {
            _envelope = new byte[Math.Max(envelope.Length, 256)];
        }

        envelope.CopyTo(_envelope);
        _envelopeLength = envelope.Length;

        if (output is not null && MemoryMarshal.TryGetArray<byte>(output.GetMemory(), out var room))
        {
            Json.ResetInto(room);
        }
        else
        {
            Json.Reset();
        }

        _writerStarted = false;
        Scratch.Reset();
    }

    internal ReadOnlySpan<byte> Complete()
    {
        if (_writerStarted)
        {
            _writer.Flush();
        }

        return Json.WrittenSpan;
    }
}
