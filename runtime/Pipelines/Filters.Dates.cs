using System;
using System.Text;
using EcsForge.Parsing;

namespace EcsForge.Pipelines;

public static partial class Filters
{
    /// <summary>
    /// The forms <see cref="ToRfc3339"/> tries, in order, when no format is given and the text is neither a number nor
    /// ISO 8601 / RFC 3339: web server logs, Python's <c>%Y/%m/%d</c>, RFC 2822/HTTP, ctime, Cisco NX-OS's
    /// <c>2023 Jan 13 02:11:53</c>, syslog.
    /// </summary>
    private static readonly string[] s_dateFormats =
    {
        "%d/%b/%Y:%H:%M:%S %z",
        "%Y-%m-%d %H:%M:%S %z",
        "%Y-%m-%d %H:%M:%S.%f %z",
        "%Y-%m-%d %H:%M:%S %Z",
        "%Y/%m/%d %H:%M:%S",
        "%Y/%m/%d %H:%M:%S.%f",
        "%a, %d %b %Y %H:%M:%S %z",
        "%a, %d %b %Y %H:%M:%S %Z",
        "%d %b %Y %H:%M:%S %z",
        "%a %b %d %H:%M:%S %Y",
        "%b %d %Y %H:%M:%S",
        // Trend Micro Apex One's CEF rt "Sep 17 2018 01:27:42 GMT+00:00" (the catalogue only shows +00:00, so whether
        // the offset's sign is dateutil's inverted "GMT+3" is not known).
        "%b %d %Y %H:%M:%S GMT%z",
        // Trellix Network Security's CEF rt "Sep 05 2023 16:47:48 UTC".
        "%b %d %Y %H:%M:%S %Z",
        "%Y %b %d %H:%M:%S",
        "%d-%b-%Y %H:%M:%S",
        "%Y-%m-%dT%H:%M",
        "%Y-%m-%d",
    };

    /// <summary>1e-1 to 1e-10 written as literals: the doubles nearest those powers, as Python's <c>1e-9</c>.</summary>
    private static readonly double[] s_fractionScales = { 1e-1, 1e-2, 1e-3, 1e-4, 1e-5, 1e-6, 1e-7, 1e-8, 1e-9, 1e-10 };

    /// <summary>
    /// The platform's <c>to_rfc3339(format=None)</c>: the date in UTC with its microseconds always
    /// (<c>2022-04-05T10:40:01.000000Z</c>: Broadcom symantec-endpoint-protection's keyword
    /// <c>code_signature.timestamp</c>, CrowdStrike Falcon's custom dates). With a format, Python's <c>strptime</c>;
    /// without, epoch numbers (see <see cref="TryEpoch"/>), ISO 8601 / RFC 3339 text, and the forms of
    /// <see cref="s_dateFormats"/>. A time without zone is UTC. What cannot be read raises.
    /// </summary>
    public static Value ToRfc3339(ValueArena arena, Value value, Value format) => ToUtcText(arena, value, format, alwaysMicroseconds: true);

    /// <summary>
    /// The platform's <c>to_iso8601</c>: the date in UTC with microseconds only when they are not zero
    /// (Netskope/netskope-transaction tests expect <c>2023-12-21T12:59:21Z</c>), as an ECS date field is written.
    /// </summary>
    public static Value ToIso8601(ValueArena arena, Value value, Value format) => ToUtcText(arena, value, format, alwaysMicroseconds: false);

    private static Value ToUtcText(ValueArena arena, in Value value, in Value format, bool alwaysMicroseconds)
    {
        if (FirstError(value, format) is { IsError: true } error)
        {
            return error;
        }

        return TryReadUtc(arena, value, format, out var utc) ? UtcText(arena, utc, alwaysMicroseconds) : Value.Error;
    }

    /// <summary>The instant a date value denotes, read with a <c>strptime</c> format or, without one, detected.</summary>
    internal static bool TryReadUtc(ValueArena arena, in Value value, in Value format, out DateTime utc)
    {
        utc = default;
        if (format.Kind == ValueKind.String)
        {
            return !value.IsAbsent && PythonStrptime.TryParse(arena.Text(Ops.Str(arena, value)), arena.Text(format), out utc);
        }

        return format.Kind is ValueKind.Absent or ValueKind.None && TryReadDate(arena, value, out utc);
    }

    /// <summary>An instant as RFC 3339 text in UTC; microseconds when not zero, or always.</summary>
    internal static Value UtcText(ValueArena arena, DateTime utc, bool alwaysMicroseconds)
    {
        Span<byte> utf8 = stackalloc byte[Timestamps.MaxRfc3339Length];
        var length = Timestamps.WriteRfc3339(utc, withMicroseconds: alwaysMicroseconds || utc.Ticks % TimeSpan.TicksPerSecond >= 10, utf8);
        var start = arena.BeginString();
        var target = arena.Reserve(length);
        Encoding.ASCII.GetChars(utf8[..length], target);
        arena.Advance(length);
        return arena.EndString(start);
    }

    private static bool TryReadDate(ValueArena arena, in Value value, out DateTime utc)
    {
        utc = default;
        switch (value.Kind)
        {
            case ValueKind.Integer:
                return TryEpoch(value.Integer, out utc);
            case ValueKind.Float:
                return TryEpochSeconds(value.Float, out utc);
            case ValueKind.String:
                break;
            default:
                return false;
        }

        var text = TrimSpace(arena.Text(value));
        if (TryParseInteger(text, 10, out var integer, out _))
        {
            return TryEpoch(integer, out utc);
        }

        if (TryParseFloat(text, out var number))
        {
            return TryEpochSeconds(number, out utc);
        }

        if (text.Length <= 64 && Ascii.IsValid(text))
        {
            Span<byte> utf8 = stackalloc byte[text.Length];
            Ascii.FromUtf16(text, utf8, out _);
            if (TextDate.TryParse(utf8, out utc))
            {
                return true;
            }
        }

        foreach (var candidate in s_dateFormats)
        {
            if (PythonStrptime.TryParse(text, candidate.AsSpan(), out utc))
            {
                return true;
            }
        }

        // Syslog's "Aug 25 23:59:51" has no year: the current one, as dateutil fills it in.
        return PythonStrptime.TryParse(text, "%b %d %H:%M:%S".AsSpan(), out utc, DateTime.UtcNow.Year);
    }

    /// <summary>
    /// An integer epoch as the platform reads one: its first ten digits are seconds and the rest a fraction, so 13
    /// digits are milliseconds, 16 microseconds, 19 nanoseconds, and CrowdStrike's 18-digit times are 10^-8 seconds
    /// (CrowdStrike/crowdstrike_falcon tests/process_event.json: <c>"133027667360825182"</c> gives
    /// <c>2012-02-26T17:17:53.608252Z</c>). Shorter numbers are seconds. The minus sign counts as a digit, as the
    /// platform counts the characters of the number's text (SentinelOne's Windows-epoch <c>-11644473600000</c> reads
    /// as 10^-5 seconds: <c>1966-04-24T06:14:24Z</c>).
    /// </summary>
    private static bool TryEpoch(long epoch, out DateTime utc)
    {
        var magnitude = epoch == long.MinValue ? long.MaxValue : Math.Abs(epoch);
        var digits = epoch < 0 ? 2 : 1;
        for (var rest = magnitude; rest >= 10; rest /= 10)
        {
            digits++;
        }

        if (digits <= 10)
        {
            return TryFromUnixTicks(epoch * TimeSpan.TicksPerSecond, out utc);
        }

        // The number becomes a double, then is multiplied by a negative power of ten, as Python's int * 1e-9 is (two
        // roundings, which the microseconds show: Fortinet/fortigate tests/system_event.CEF.json, 1741264732502103430
        // gives .502104, and tests/Configuration_changed.CEF.json 1637681708541881380 gives .541882 where int / 1e9
        // would give .541881); fromtimestamp rounds that to microseconds.
        return TryEpochSeconds(epoch * s_fractionScales[digits - 11], out utc);
    }

    /// <summary>A fractional epoch in seconds, rounded half-even to the microsecond as Python's <c>fromtimestamp</c>.</summary>
    private static bool TryEpochSeconds(double seconds, out DateTime utc)
    {
        utc = default;
        if (!double.IsFinite(seconds) || Math.Abs(seconds) >= 9e18)
        {
            return false;
        }

        if (Math.Abs(seconds) >= 1e10)
        {
            // Past ten digits of seconds, the digits rule of integer epochs applies to the whole part, and the
            // fraction is kept (Salesforce: "20241029112721.500" is 2024102911.27215 s, .272150).
            var digits = seconds < 0 ? 2 : 1;
            for (var rest = Math.Abs(Math.Truncate(seconds)); rest >= 10; rest = Math.Floor(rest / 10))
            {
                digits++;
            }

            if (digits > 10)
            {
                seconds /= Math.Pow(10, digits - 10);
            }
        }

        var whole = Math.Floor(seconds);
        var microseconds = Math.Round((seconds - whole) * 1e6, MidpointRounding.ToEven);
        return TryFromUnixTicks(((long)whole * TimeSpan.TicksPerSecond) + ((long)microseconds * 10), out utc);
    }

    private static bool TryFromUnixTicks(long ticks, out DateTime utc)
    {
        utc = default;
        if (ticks > DateTime.MaxValue.Ticks - DateTime.UnixEpoch.Ticks || ticks < -DateTime.UnixEpoch.Ticks)
        {
            return false;
        }

        // Python keeps microseconds: drop the 100 ns digit.
        ticks = DateTime.UnixEpoch.Ticks + ticks;
        utc = new DateTime(ticks - (ticks % 10), DateTimeKind.Utc);
        return true;
    }
}
