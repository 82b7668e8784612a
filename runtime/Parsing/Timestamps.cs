using System;
using System.Buffers.Text;
using System.Globalization;

namespace EcsForge.Parsing;

/// <summary>Timestamp conversions compiled into parsers, written into scratch space without allocating.</summary>
public static class Timestamps
{
    private const long NanosecondsPerTick = 100;
    private const int MicrosecondTimestampLength = 27; // 2022-07-12T12:57:06.219000Z

    /// <summary>
    /// Converts Unix epoch nanoseconds (a JSON number or numeric string) to RFC 3339 UTC with microseconds, as the
    /// platform prints it. A value that already is an RFC 3339 text timestamp passes unchanged; anything else fails.
    /// </summary>
    public static bool TryConvertEpochNanoseconds(ReadOnlySpan<byte> bytes, RawKind kind, EventScratch scratch, out RawValue converted)
    {
        converted = default;
        if (kind is not (RawKind.Number or RawKind.String))
        {
            return false;
        }

        if (!Utf8Parser.TryParse(bytes, out long nanoseconds, out var consumed) || consumed != bytes.Length)
        {
            if (kind == RawKind.String && LooksLikeRfc3339(bytes))
            {
                converted = scratch.Store(bytes);
                return true;
            }

            return false;
        }

        var ticks = DateTime.UnixEpoch.Ticks + nanoseconds / NanosecondsPerTick;
        if (ticks < DateTime.MinValue.Ticks || ticks > DateTime.MaxValue.Ticks)
        {
            return false;
        }

        var instant = new DateTime(ticks, DateTimeKind.Utc);
        var destination = scratch.Reserve(MicrosecondTimestampLength);
        instant.TryFormat(destination, out var written, "yyyy-MM-dd'T'HH:mm:ss.ffffff'Z'", CultureInfo.InvariantCulture);
        converted = scratch.Commit(written, RawKind.String);
        return true;
    }

    private static bool LooksLikeRfc3339(ReadOnlySpan<byte> bytes)
        => bytes.Length >= 20 && bytes[4] == (byte)'-' && bytes[7] == (byte)'-' && (bytes[10] | 0x20) == (byte)'t'
            && Utf8Parser.TryParse(bytes[..4], out int _, out var yearDigits) && yearDigits == 4;
}
