using System;
using System.Buffers.Text;

namespace EcsForge.Parsing;

/// <summary>Timestamp conversions compiled into parsers, written into scratch space without allocating.</summary>
public static class Timestamps
{
    /// <summary>The longest text <see cref="WriteRfc3339"/> writes: with microseconds, <c>2022-07-12T12:57:06.219000Z</c>.</summary>
    public const int MaxRfc3339Length = 27;

    /// <summary>
    /// Converts Unix epoch nanoseconds (a JSON number or numeric string) to RFC 3339 UTC with microseconds, as the
    /// pipeline does: <c>float(value) / 1e9</c>, then rounded half-even to the microsecond, so the last digit agrees
    /// with the platform even where a double cannot hold every nanosecond. Anything else, an RFC 3339 text included,
    /// gives no value, as <c>float()</c> fails on it in the pipeline.
    /// </summary>
    public static RawValue EpochNanoseconds(ReadOnlySpan<byte> bytes, in RawValue value, EventScratch scratch)
    {
        if (value.Kind is not (RawKind.Number or RawKind.String))
        {
            return default;
        }

        if (!TryParseNumber(bytes, out var nanoseconds))
        {
            return default;
        }

        if (!TryEpochNanosecondsToUtc(nanoseconds, out var utc))
        {
            return default;
        }

        return Store(utc, withMicroseconds: true, scratch);
    }

    /// <summary>
    /// Converts a text date (<c>2021-01-28 13:46:08</c>, or ISO 8601 with <c>T</c>, fraction and zone) to RFC 3339 UTC:
    /// <c>2021-01-28T13:46:08Z</c>, with microseconds only when the source has a non-zero fraction. A date without zone
    /// is taken as UTC. Anything else gives no value.
    /// </summary>
    public static RawValue Rfc3339(ReadOnlySpan<byte> bytes, in RawValue value, EventScratch scratch)
    {
        if (value.Kind != RawKind.String || !TextDate.TryParse(bytes, out var instant))
        {
            return default;
        }

        return Store(instant, withMicroseconds: instant.Ticks % TimeSpan.TicksPerSecond != 0, scratch);
    }

    private static RawValue Store(DateTime utc, bool withMicroseconds, EventScratch scratch)
    {
        var destination = scratch.Reserve(MaxRfc3339Length);
        return scratch.Commit(WriteRfc3339(utc, withMicroseconds, destination), RawKind.String);
    }

    /// <summary>
    /// Writes <c>yyyy-MM-ddTHH:mm:ss[.ffffff]Z</c> (truncated to the microsecond) digit by digit and returns its length: a
    /// custom DateTime format string costs more than the whole rest of a field.
    /// </summary>
    public static int WriteRfc3339(DateTime utc, bool withMicroseconds, Span<byte> destination)
    {
        Digits(destination, 0, utc.Year, 4);
        destination[4] = (byte)'-';
        Digits(destination, 5, utc.Month, 2);
        destination[7] = (byte)'-';
        Digits(destination, 8, utc.Day, 2);
        destination[10] = (byte)'T';
        Digits(destination, 11, utc.Hour, 2);
        destination[13] = (byte)':';
        Digits(destination, 14, utc.Minute, 2);
        destination[16] = (byte)':';
        Digits(destination, 17, utc.Second, 2);
        var length = 19;
        if (withMicroseconds)
        {
            destination[19] = (byte)'.';
            Digits(destination, 20, (int)(utc.Ticks % TimeSpan.TicksPerSecond / 10), 6);
            length = 26;
        }

        destination[length++] = (byte)'Z';
        return length;
    }

    private static void Digits(Span<byte> destination, int offset, int value, int count)
    {
        for (var i = offset + count - 1; i >= offset; i--)
        {
            destination[i] = (byte)('0' + (value % 10));
            value /= 10;
        }
    }

    private static bool TryParseNumber(ReadOnlySpan<byte> bytes, out double value)
    {
        if (Utf8Parser.TryParse(bytes, out long integer, out var consumed) && consumed == bytes.Length)
        {
            value = integer;
            return true;
        }

        return Utf8Parser.TryParse(bytes, out value, out consumed) && consumed == bytes.Length && double.IsFinite(value);
    }

    /// <summary>
    /// Unix epoch nanoseconds to a UTC instant as the pipeline computes it: <c>float(value) / 1e9</c> seconds, split like
    /// C's <c>modf</c>, the fraction rounded half-even to microseconds as CPython does. False out of DateTime's range.
    /// </summary>
    public static bool TryEpochNanosecondsToUtc(double nanoseconds, out DateTime utc)
    {
        utc = default;
        if (!double.IsFinite(nanoseconds))
        {
            return false;
        }

        var seconds = nanoseconds / 1e9;
        var whole = Math.Truncate(seconds);
        var microseconds = Math.Round((seconds - whole) * 1e6, MidpointRounding.ToEven);
        if (microseconds >= 1e6)
        {
            whole += 1;
            microseconds -= 1e6;
        }
        else if (microseconds < 0)
        {
            whole -= 1;
            microseconds += 1e6;
        }

        var maximumSeconds = (DateTime.MaxValue.Ticks - DateTime.UnixEpoch.Ticks) / TimeSpan.TicksPerSecond;
        var minimumSeconds = -(DateTime.UnixEpoch.Ticks / TimeSpan.TicksPerSecond);
        if (whole > maximumSeconds - 1 || whole < minimumSeconds)
        {
            return false;
        }

        utc = new DateTime(DateTime.UnixEpoch.Ticks + ((long)whole * TimeSpan.TicksPerSecond) + ((long)microseconds * 10), DateTimeKind.Utc);
        return true;
    }
}
