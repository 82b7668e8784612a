using System;
using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;
using EcsForge.Patterns;

namespace EcsForge.Parsing;

/// <summary>
/// The reusable state of one parsing thread: the ECS writer, its staging buffer and the scratch arena. Events are
/// staged so that a failure half-way leaves the caller's output untouched.
/// </summary>
public sealed class EventSession
{
    private const int RetainedStagingMaximum = 1 << 20;

    /// <summary>How every event is written; <see cref="ConstantJson"/> pre-encodes constants with the same options.</summary>
    internal static readonly JsonWriterOptions WriterOptions = new()
    {
        // Generated code nests objects correctly by construction; re-validating every token costs time.
        SkipValidation = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    private ArrayBufferWriter<byte> _staging = new(4096);
    private byte[] _envelope = [];
    private int _envelopeLength;

    public EventSession()
    {
        Writer = new Utf8JsonWriter(_staging, WriterOptions);
    }

    public Utf8JsonWriter Writer { get; }

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

    internal void Begin(ReadOnlySpan<byte> envelope)
    {
        if (_envelope.Length < envelope.Length || (_envelope.Length > RetainedStagingMaximum && envelope.Length <= RetainedStagingMaximum))
        {
            _envelope = new byte[Math.Max(envelope.Length, 256)];
        }

        envelope.CopyTo(_envelope);
        _envelopeLength = envelope.Length;

        if (_staging.Capacity > RetainedStagingMaximum)
        {
            _staging = new ArrayBufferWriter<byte>(4096);
        }
        else
        {
            _staging.ResetWrittenCount();
        }

        Writer.Reset(_staging);
        Scratch.Reset();
    }

    internal ReadOnlySpan<byte> Complete()
    {
        Writer.Flush();
        return _staging.WrittenSpan;
    }
}
