using System;

namespace EcsForge.Pipelines;

/// <summary>
/// Python's <c>datetime.strptime(text, format)</c> on spans: the whole text must match; directives read what CPython's
/// <c>_strptime</c> regexes read (<c>%d</c> one or two digits, <c>%Y</c> four, <c>%f</c> one to six...), letters and
/// names case-insensitively, white space in the format as one or more spaces. Gives a UTC instant: a <c>%z</c> offset
/// is applied, a naive time is taken as UTC. <c>%s</c> (epoch seconds), which Python's strptime lacks, is accepted.
/// </summary>
internal static class PythonStrptime
{
    private static readonly string[] s_months = { "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december" };

    private static readonly string[] s_days = { "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday" };

    public static bool TryParse(ReadOnlySpan<char> text, ReadOnlySpan<char> format, out DateTime utc, int defaultYear = 1900)
    {
        utc = default;
        int year = defaultYear, month = 1, day = 1, hour = 0, minute = 0, second = 0, microsecond = 0, dayOfYear = -1;
        int? hour12 = null;
        bool? pm = null;
        long offsetSeconds = 0;
        long? epoch = null;
        var at = 0;
        for (var f = 0; f < format.Length; f++)
        {
            var c = format[f];
            if (PythonText.IsSpace(c))
            {
                // A run of white space in the format matches one or more white space characters.
                while (f + 1 < format.Length && PythonText.IsSpace(format[f + 1]))
                {
                    f++;
                }

                var spaces = at;
                while (at < text.Length && PythonText.IsSpace(text[at]))
                {
                    at++;
                }

                if (at == spaces)
                {
                    return false;
                }

                continue;
            }

            if (c != '%')
            {
                if (at >= text.Length || char.ToLowerInvariant(text[at]) != char.ToLowerInvariant(c))
                {
                    return false;
                }

                at++;
                continue;
            }

            if (++f == format.Length)
            {
                return false;
            }

            var ok = format[f] switch
            {
                'Y' => Number(text, ref at, 4, 4, out year),
                'y' => TwoDigitYear(text, ref at, out year),
                'm' => Number(text, ref at, 1, 2, out month),
                'd' => SpaceOrNumber(text, ref at, out day),
                'H' => Number(text, ref at, 1, 2, out hour),
                'I' => Number(text, ref at, 1, 2, out var h12) && (hour12 = h12) is not null,
                'M' => Number(text, ref at, 1, 2, out minute),
                'S' => Number(text, ref at, 1, 2, out second),
                'f' => Fraction(text, ref at, out microsecond),
                'j' => Number(text, ref at, 1, 3, out dayOfYear),
                'b' or 'B' or 'h' => Name(text, ref at, s_months, out month) && month++ >= 0,
                'a' or 'A' => Name(text, ref at, s_days, out _),
                'p' => Meridiem(text, ref at, out var isPm) && (pm = isPm) is not null,
                'z' => Offset(text, ref at, out offsetSeconds),
                'Z' => ZoneName(text, ref at),
                's' => Epoch(text, ref at, out epoch),
                '%' => at < text.Length && text[at++] == '%',
                _ => false,
            };
            if (!ok)
            {
                return false;
            }
        }

        if (at != text.Length)
        {
            return false; // Python: "unconverted data remains"
        }

        if (epoch is { } seconds)
        {
            var maximum = (DateTime.MaxValue.Ticks - DateTime.UnixEpoch.Ticks) / TimeSpan.TicksPerSecond;
            if (seconds > maximum || seconds < -(DateTime.UnixEpoch.Ticks / TimeSpan.TicksPerSecond))
            {
                return false;
            }

            utc = DateTime.UnixEpoch.AddSeconds(seconds);
            return true;
        }

        if (hour12 is { } twelve)
        {
            if (twelve is < 1 or > 12)
            {
                return false;
            }

            hour = pm == true ? (twelve % 12) + 12 : twelve % 12;
        }

        if (year < 1 || month is < 1 or > 12 || hour > 23 || minute > 59 || second > 59)
        {
            return false;
        }

        DateTime local;
        if (dayOfYear >= 0)
        {
            if (dayOfYear < 1 || dayOfYear > (DateTime.IsLeapYear(year) ? 366 : 365))
            {
                return false;
            }

            local = new DateTime(year, 1, 1).AddDays(dayOfYear - 1);
        }
        else
        {
            if (day < 1 || day > DateTime.DaysInMonth(year, month))
            {
                return false;
            }

            local = new DateTime(year, month, day);
        }

        var ticks = local.Ticks + (((hour * 3600L) + (minute * 60L) + second - offsetSeconds) * TimeSpan.TicksPerSecond) + (microsecond * 10L);
        if (ticks < DateTime.MinValue.Ticks || ticks > DateTime.MaxValue.Ticks)
        {
            return false;
        }

        utc = new DateTime(ticks, DateTimeKind.Utc);
        return true;
    }

    private static bool Number(ReadOnlySpan<char> text, ref int at, int min, int max, out int value)
    {
        value = 0;
        var start = at;
        while (at < text.Length && at - start < max && char.IsAsciiDigit(text[at]))
        {
            value = (value * 10) + (text[at++] - '0');
        }

        return at - start >= min;
    }

    /// <summary><c>%d</c> also reads a space-padded single digit (<c>" 5"</c>), as CPython's regex does.</summary>
    private static bool SpaceOrNumber(ReadOnlySpan<char> text, ref int at, out int value)
    {
        if (at + 1 < text.Length && text[at] == ' ' && char.IsAsciiDigit(text[at + 1]) && (at + 2 >= text.Length || !char.IsAsciiDigit(text[at + 2])))
        {
            value = text[at + 1] - '0';
            at += 2;
            return true;
        }

        return Number(text, ref at, 1, 2, out value);
    }

    /// <summary><c>%y</c>: two digits, 69-99 in the 1900s and 00-68 in the 2000s (POSIX).</summary>
    private static bool TwoDigitYear(ReadOnlySpan<char> text, ref int at, out int year)
    {
        if (!Number(text, ref at, 2, 2, out year))
        {
            return false;
        }

        year += year >= 69 ? 1900 : 2000;
        return true;
    }

    /// <summary><c>%f</c>: one to six digits, right-padded with zeros to microseconds.</summary>
    private static bool Fraction(ReadOnlySpan<char> text, ref int at, out int microsecond)
    {
        var start = at;
        if (!Number(text, ref at, 1, 6, out microsecond))
        {
            return false;
        }

        for (var i = at - start; i < 6; i++)
        {
            microsecond *= 10;
        }

        return true;
    }

    /// <summary>A month or day name, full or abbreviated to three letters, in any case (the longest match first).</summary>
    private static bool Name(ReadOnlySpan<char> text, ref int at, string[] names, out int index)
    {
        var rest = text[at..];
        for (index = 0; index < names.Length; index++)
        {
            if (rest.StartsWith(names[index].AsSpan(), StringComparison.OrdinalIgnoreCase))
            {
                at += names[index].Length;
                return true;
            }
        }

        for (index = 0; index < names.Length; index++)
        {
            if (rest.StartsWith(names[index].AsSpan(0, 3), StringComparison.OrdinalIgnoreCase))
            {
                at += 3;
                return true;
            }
        }

        return false;
    }

    private static bool Meridiem(ReadOnlySpan<char> text, ref int at, out bool pm)
    {
        var rest = text[at..];
        pm = rest.StartsWith("pm", StringComparison.OrdinalIgnoreCase);
        if (pm || rest.StartsWith("am", StringComparison.OrdinalIgnoreCase))
        {
            at += 2;
            return true;
        }

        return false;
    }

    /// <summary><c>%z</c>: <c>Z</c>, or <c>±HH[:]MM[[:]SS[.ffffff]]</c>.</summary>
    private static bool Offset(ReadOnlySpan<char> text, ref int at, out long seconds)
    {
        seconds = 0;
        if (at < text.Length && text[at] == 'Z')
        {
            at++;
            return true;
        }

        if (at >= text.Length || text[at] is not ('+' or '-'))
        {
            return false;
        }

        var sign = text[at++] == '-' ? -1 : 1;
        if (!Number(text, ref at, 2, 2, out var hours))
        {
            return false;
        }

        var colon = at < text.Length && text[at] == ':';
        if (colon)
        {
            at++;
        }

        if (!Number(text, ref at, 2, 2, out var minutes) || minutes > 59)
        {
            return false;
        }

        var extra = 0;
        if (at < text.Length && (colon ? text[at] == ':' : char.IsAsciiDigit(text[at])))
        {
            if (colon)
            {
                at++;
            }

            if (!Number(text, ref at, 2, 2, out extra) || extra > 59)
            {
                return false;
            }

            if (at < text.Length && text[at] == '.')
            {
                at++;
                if (!Fraction(text, ref at, out _))
                {
                    return false;
                }
            }
        }

        seconds = sign * ((hours * 3600L) + (minutes * 60L) + extra);
        return hours < 24;
    }

    /// <summary><c>%Z</c>: the names CPython accepts on a UTC host (<c>UTC</c>, <c>GMT</c>); the time stays naive, read as UTC.</summary>
    private static bool ZoneName(ReadOnlySpan<char> text, ref int at)
    {
        var rest = text[at..];
        if (rest.StartsWith("utc", StringComparison.OrdinalIgnoreCase) || rest.StartsWith("gmt", StringComparison.OrdinalIgnoreCase))
        {
            at += 3;
            return true;
        }

        return false;
    }

    private static bool Epoch(ReadOnlySpan<char> text, ref int at, out long? seconds)
    {
        seconds = null;
        var negative = at < text.Length && text[at] == '-';
        var start = negative ? at + 1 : at;
        var end = start;
        long value = 0;
        while (end < text.Length && char.IsAsciiDigit(text[end]) && end - start < 15)
        {
            value = (value * 10) + (text[end++] - '0');
        }

        if (end == start)
        {
            return false;
        }

        at = end;
        seconds = negative ? -value : value;
        return true;
    }
}
