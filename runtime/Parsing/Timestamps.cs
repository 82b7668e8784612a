using System;
using System.Buffers.Text;
using System.Globalization;

namespace EcsForge.Parsing;

/// <summary>Timestamp conversions compiled into parsers, written into scratch space without allocating.</summary>
public static class Timestamps
{
    private const int MicrosecondTimestampLength = 27; // 2022-07-12T12:57:06.219000Z

    /// <summary>
    /// Converts Unix epoch nanoseconds (a JSON number or numeric string) to RFC 3339 UTC with microseconds, as the
    /// pipeline does: <c>float(value) / 1e9</c>, then rounded half-even to the microsecond, so the last digit agrees
    /// with the platform even where a double cannot hold every nanosecond. A value that already is an RFC 3339 text
    /// timestamp passes unchanged; anything else fails.
    /// </summary>
    public static RawValue EpochNanoseconds(ReadOnlySpan<byte> bytes, in RawValue value, EventScratch scratch)
    {
        if (value.Kind is not (RawKind.Number or RawKind.String))
        {
            return default;
        }

        if (!TryParseNumber(bytes, out var nanoseconds))
        {
            return value.Kind == RawKind.String && LooksLikeRfc3339(bytes) ? value : default;
        }

        if (!TryToTicks(nanoseconds / 1e9, out var ticks))
        {
            return default;
        }

        var destination = scratch.Reserve(MicrosecondTimestampLength);
        new DateTime(ticks, DateTimeKind.Utc).TryFormat(destination, out var written, "yyyy-MM-dd'T'HH:mm:ss.ffffff'Z'", CultureInfo.InvariantCulture);
        return scratch.Commit(written, RawKind.String);
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

        var format = instant.Ticks % TimeSpan.TicksPerSecond == 0 ? "yyyy-MM-dd'T'HH:mm:ss'Z'" : "yyyy-MM-dd'T'HH:mm:ss.ffffff'Z'";
        var destination = scratch.Reserve(MicrosecondTimestampLength);
        instant.TryFormat(destination, out var written, format, CultureInfo.InvariantCulture);
        return scratch.Commit(written, RawKind.String);
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

    /// <summary>Splits seconds like C's <c>modf</c> and rounds the fraction half-even to microseconds, as CPython does.</summary>
    private static bool TryToTicks(double seconds, out long ticks)
    {
        ticks = 0;
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

        ticks = DateTime.UnixEpoch.Ticks + ((long)whole * TimeSpan.TicksPerSecond) + ((long)microseconds * 10);
        return true;
    }

    private static bool LooksLikeRfc3339(ReadOnlySpan<byte> bytes)
        => bytes.Length >= 20 && bytes[4] == (byte)'-' && bytes[7] == (byte)'-' && (bytes[10] | 0x20) == (byte)'t'
            && Utf8Parser.TryParse(bytes[..4], out int _, out var yearDigits) && yearDigits == 4;
}
