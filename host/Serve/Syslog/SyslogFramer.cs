using System;
using System.Buffers;
using System.Globalization;
using EcsForge.Parsing;

namespace EcsForge.Host.Serve.Syslog;

/// <summary>
/// Cuts a syslog TCP stream into frames (RFC 6587), deciding per frame: one that starts with a digit is
/// octet-counted (<c>LEN SP MSG</c>), any other ends at '\n'. Frames larger than the limit come out once, cut to the
/// limit and marked failed, and the rest of them is skipped, so a connection never buffers more than about one limit.
/// One framer per connection: it remembers what it is skipping between reads.
/// </summary>
public sealed class SyslogFramer
{
    /// <summary>Ten digits hold any length a sender could mean; more is not a length.</summary>
    private const int MaxLengthDigits = 10;

    private readonly int _maxFrameBytes;

    /// <summary>Bytes still to skip of an oversized octet-counted frame.</summary>
    private long _skipping;

    /// <summary>Skipping the rest of an oversized line, up to its '\n'.</summary>
    private bool _skippingLine;

    public SyslogFramer(int maxFrameBytes)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxFrameBytes, 1);
        _maxFrameBytes = maxFrameBytes;
    }

    private enum LengthPrefix
    {
        Valid,
        Incomplete,
        Absent,
    }

    /// <summary>
    /// Takes the next frame off the front of <paramref name="buffer"/>. <paramref name="failure"/> is set for an
    /// oversized frame, whose first bytes are returned. Returns false when no complete frame is buffered; the buffer then
    /// starts where reading must resume (separators and skipped bytes are consumed).
    /// </summary>
    public bool TryRead(ref ReadOnlySequence<byte> buffer, out ReadOnlySequence<byte> frame, out ParseResult failure)
    {
        frame = default;
        failure = default;
        if (!TrySkipDiscarded(ref buffer))
        {
            return false;
        }

        buffer = SkipSeparators(buffer);
        if (buffer.IsEmpty)
        {
            return false;
        }

        if (IsDigit(buffer.FirstSpan[0]))
        {
            switch (ReadLength(buffer, out var length, out var prefix))
            {
                case LengthPrefix.Incomplete:
                    return false;
                case LengthPrefix.Valid:
                    return TryTakeCounted(ref buffer, length, prefix, out frame, out failure);
            }
        }

        return TryTakeLine(ref buffer, out frame, out failure);
    }

    /// <summary>
    /// When the connection ends, returns the incomplete frame left in <paramref name="buffer"/> (without its length
    /// prefix, cut to the limit), with a failure saying <paramref name="why"/>; false when nothing is left.
    /// </summary>
    public bool TryTakeIncomplete(ReadOnlySequence<byte> buffer, string why, out ReadOnlySequence<byte> frame, out ParseResult failure)
    {
        frame = default;
        failure = default;
        buffer = SkipSeparators(buffer);
        // The rest of an oversized frame was already reported with its first bytes.
        if (_skipping > 0 || _skippingLine || buffer.IsEmpty)
        {
            return false;
        }

        var expected = "";
        if (ReadLength(buffer, out var length, out var prefix) == LengthPrefix.Valid)
        {
            buffer = buffer.Slice(prefix);
            expected = string.Create(CultureInfo.InvariantCulture, $" of {length}");
        }

        frame = buffer.Slice(0, Math.Min(buffer.Length, _maxFrameBytes));
        failure = ParseResult.Failed(
            ParseFailure.Truncated, string.Create(CultureInfo.InvariantCulture, $"{why}: {buffer.Length}{expected} bytes of a frame received"));
        return true;
    }

    private bool TrySkipDiscarded(ref ReadOnlySequence<byte> buffer)
    {
        if (_skipping > 0)
        {
            var skipped = Math.Min(_skipping, buffer.Length);
            buffer = buffer.Slice(skipped);
            _skipping -= skipped;
            if (_skipping > 0)
            {
                return false;
            }
        }

        if (_skippingLine)
        {
            if (buffer.PositionOf((byte)'\n') is not { } newline)
            {
                buffer = buffer.Slice(buffer.End);
                return false;
            }

            buffer = buffer.Slice(buffer.GetPosition(1, newline));
            _skippingLine = false;
        }

        return true;
    }

    private bool TryTakeCounted(ref ReadOnlySequence<byte> buffer, long length, int prefix, out ReadOnlySequence<byte> frame, out ParseResult failure)
    {
        frame = default;
        failure = default;
        var kept = Math.Min(length, _maxFrameBytes);
        if (buffer.Length - prefix < kept)
        {
            return false;
        }

        frame = buffer.Slice(prefix, kept);
        buffer = buffer.Slice(prefix + kept);
        if (length > kept)
        {
            _skipping = length - kept;
            failure = Oversized(string.Create(CultureInfo.InvariantCulture, $"syslog frame of {length} bytes"));
        }

        return true;
    }

    private bool TryTakeLine(ref ReadOnlySequence<byte> buffer, out ReadOnlySequence<byte> frame, out ParseResult failure)
    {
        failure = default;
        // One byte past the limit, so that a line of exactly the limit still finds its '\n'.
        var window = buffer.Length > _maxFrameBytes ? buffer.Slice(0, _maxFrameBytes + 1L) : buffer;
        if (window.PositionOf((byte)'\n') is { } newline)
        {
            frame = WithoutCarriageReturn(buffer.Slice(0, newline));
            buffer = buffer.Slice(buffer.GetPosition(1, newline));
            return true;
        }

        if (buffer.Length > _maxFrameBytes)
        {
            frame = buffer.Slice(0, _maxFrameBytes);
            buffer = buffer.Slice(_maxFrameBytes);
            _skippingLine = true;
            failure = Oversized("syslog line");
            return true;
        }

        frame = default;
        return false;
    }

    private ParseResult Oversized(string what)
        => ParseResult.Failed(
            ParseFailure.Truncated,
            string.Create(CultureInfo.InvariantCulture, $"{what} exceeds the {_maxFrameBytes}-byte limit; its first {_maxFrameBytes} bytes are kept"));

    /// <summary>Reads <c>LEN SP</c>: up to ten digits then a space.</summary>
    private static LengthPrefix ReadLength(ReadOnlySequence<byte> buffer, out long length, out int prefix)
    {
        length = 0;
        prefix = 0;
        var reader = new SequenceReader<byte>(buffer);
        var digits = 0;
        while (reader.TryRead(out var b))
        {
            if (IsDigit(b) && digits < MaxLengthDigits)
            {
                length = (length * 10) + (b - '0');
                digits++;
            }
            else if (b == (byte)' ' && digits > 0)
            {
                prefix = digits + 1;
                return LengthPrefix.Valid;
            }
            else
            {
                return LengthPrefix.Absent;
            }
        }

        return LengthPrefix.Incomplete;
    }

    /// <summary>Line feeds (and the CR of CRLF) between frames: the trailer some senders add after octet-counted frames too.</summary>
    private static ReadOnlySequence<byte> SkipSeparators(ReadOnlySequence<byte> buffer)
    {
        var reader = new SequenceReader<byte>(buffer);
        reader.AdvancePastAny((byte)'\n', (byte)'\r');
        return buffer.Slice(reader.Position);
    }

    private static ReadOnlySequence<byte> WithoutCarriageReturn(ReadOnlySequence<byte> line)
    {
        if (line.IsEmpty)
        {
            return line;
        }

        var last = line.Slice(line.Length - 1);
        return last.FirstSpan[0] == (byte)'\r' ? line.Slice(0, line.Length - 1) : line;
    }

    private static bool IsDigit(byte b) => (uint)(b - '0') <= 9;
}
