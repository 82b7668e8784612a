using System;

namespace EcsForge.Parsing;

/// <summary>Parses the text dates logs carry, without allocating: <c>yyyy-MM-dd[T| ]HH:mm:ss[.|,fraction][Z|±hh:mm]</c>.</summary>
public static class TextDate
{
    /// <summary>Parses to a UTC instant; a date without zone is taken as UTC.</summary>
    public static bool TryParse(ReadOnlySpan<byte> text, out DateTime utc)
    {
        utc = default;
        if (text.Length < 19 || text[4] != (byte)'-' || text[7] != (byte)'-' || (text[10] != (byte)'T' && text[10] != (byte)'t' && text[10] != (byte)' ')
            || text[13] != (byte)':' || text[16] != (byte)':')
        {
            return false;
        }

        if (!TryDigits(text.Slice(0, 4), out var year) || !TryDigits(text.Slice(5, 2), out var month) || !TryDigits(text.Slice(8, 2), out var day)
            || !TryDigits(text.Slice(11, 2), out var hour) || !TryDigits(text.Slice(14, 2), out var minute) || !TryDigits(text.Slice(17, 2), out var second))
        {
            return false;
        }

        var cursor = 19;
        long fractionTicks = 0;
        // ISO 8601 allows a comma before the fraction: log4j's "2025-12-09 08:23:52,682" (PingFederate), which dateutil reads.
        if (cursor < text.Length && text[cursor] is (byte)'.' or (byte)',')
        {
            cursor++;
            var scale = TimeSpan.TicksPerSecond / 10;
            var start = cursor;
            while (cursor < text.Length && text[cursor] is >= (byte)'0' and <= (byte)'9')
            {
                fractionTicks += (text[cursor] - '0') * scale;
                scale /= 10;
                cursor++;
            }

            if (cursor == start)
            {
                return false;
            }
        }

        var offsetMinutes = 0;
        if (cursor < text.Length)
        {
            if (!TryZone(text[cursor..], out offsetMinutes))
            {
                return false;
            }
        }

        if (month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(Math.Max(year, 1), month) || hour > 23 || minute > 59 || second > 59 || year < 1)
        {
            return false;
        }

        var local = new DateTime(year, month, day, hour, minute, second, DateTimeKind.Unspecified).AddTicks(fractionTicks);
        var ticks = local.Ticks - (offsetMinutes * TimeSpan.TicksPerMinute);
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
        if (zone.Length == 1 && (zone[0] | 0x20) == (byte)'z')
        {
            return true;
        }

        if (zone.Length is not (5 or 6) || zone[0] is not ((byte)'+' or (byte)'-'))
        {
            return false;
        }

        var minutesAt = zone.Length == 6 ? 4 : 3;
        if (zone.Length == 6 && zone[3] != (byte)':')
        {
            return false;
        }

        if (!TryDigits(zone.Slice(1, 2), out var hours) || !TryDigits(zone.Slice(minutesAt, 2), out var minutes) || hours > 23 || minutes > 59)
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
            if (digit is < (byte)'0' or > (byte)'9')
            {
                return false;
            }

            value = (value * 10) + (digit - '0');
        }

        return true;
    }
}
