using System;

namespace EcsForge.Bench.Compare;

/// <summary>
/// The <c>time="2021-01-28 13:46:08"</c> of Pulse lines (or ISO 8601 with 'T', fraction and zone) read from bytes
/// and written back as RFC 3339 UTC, for the floor mapper: no strings, no culture lookups per event.
/// </summary>
internal static class SyslogTime
{
    /// <summary><c>yyyy-MM-dd[T| ]HH:mm:ss[.fraction][Z|±hh:mm|±hhmm]</c>; without a zone the time is UTC.</summary>
    public static bool TryParse(ReadOnlySpan<byte> text, out DateTime utc)
    {
        utc = default;
        if (text.Length < 19 || text[4] != (byte)'-' || text[7] != (byte)'-' || text[10] is not ((byte)' ' or (byte)'T' or (byte)'t')
            || text[13] != (byte)':' || text[16] != (byte)':'
            || !TryDigits(text[..4], out var year) || !TryDigits(text[5..7], out var month) || !TryDigits(text[8..10], out var day)
            || !TryDigits(text[11..13], out var hour) || !TryDigits(text[14..16], out var minute) || !TryDigits(text[17..19], out var second))
        {
            return false;
        }

        var rest = text[19..];
        long fraction = 0;
        if (!rest.IsEmpty && rest[0] == (byte)'.')
        {
            var digits = rest[1..].IndexOfAnyExceptInRange((byte)'0', (byte)'9');
            digits = digits < 0 ? rest.Length - 1 : digits;
            if (digits == 0)
            {
                return false;
            }

            var scale = TimeSpan.TicksPerSecond;
            for (var i = 1; i <= digits; i++)
            {
                scale /= 10;
                fraction += (rest[i] - '0') * scale;
            }

            rest = rest[(digits + 1)..];
        }

        if (!TryZone(rest, out var offsetMinutes) || year < 1 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month)
            || hour > 23 || minute > 59 || second > 59)
        {
            return false;
        }

        var ticks = new DateTime(year, month, day, hour, minute, second).Ticks + fraction - (offsetMinutes * TimeSpan.TicksPerMinute);
        if (ticks < DateTime.MinValue.Ticks || ticks > DateTime.MaxValue.Ticks)
        {
            return false;
        }

        utc = new DateTime(ticks, DateTimeKind.Utc);
        return true;
    }

    private static bool TryZone(ReadOnlySpan<byte> zone, out int offsetMinutes)
    {
        offsetMinutes = 0;
        if (zone.IsEmpty || (zone.Length == 1 && (zone[0] | 0x20) == (byte)'z'))
        {
            return true;
        }

        if (zone.Length is not (5 or 6) || zone[0] is not ((byte)'+' or (byte)'-') || (zone.Length == 6 && zone[3] != (byte)':')
            || !TryDigits(zone[1..3], out var hours) || !TryDigits(zone[^2..], out var minutes) || hours > 23 || minutes > 59)
        {
            return false;
        }

        offsetMinutes = (zone[0] == (byte)'-' ? -1 : 1) * ((hours * 60) + minutes);
        return true;
    }

    private static bool TryDigits(ReadOnlySpan<byte> digits, out int value)
    {
        value = 0;
        foreach (var digit in digits)
        {
            if (!char.IsAsciiDigit((char)digit))
            {
                return false;
            }

            value = (value * 10) + (digit - '0');
        }

        return true;
    }
}
