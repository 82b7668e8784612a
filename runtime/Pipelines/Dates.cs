using System;
using System.Collections.Concurrent;

namespace EcsForge.Pipelines;

/// <summary>The platform's <c>date.parse</c> stage: a date read with a format (or detected), in a time zone, as RFC 3339 text in UTC.</summary>
public static class Dates
{
    private static readonly ConcurrentDictionary<string, TimeZoneInfo?> s_zones = new(StringComparer.Ordinal);
    private static readonly ConcurrentDictionary<string, TimeZoneInfo?>.AlternateLookup<ReadOnlySpan<char>> s_zonesByText =
        s_zones.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// The date of <paramref name="value"/> as <see cref="Filters.ToRfc3339"/> reads it; a date without an offset is a
    /// wall-clock time of <paramref name="timezone"/>: an IANA name or an offset such as <c>+0100</c>, constant or
    /// computed by a template (Fortigate: <c>{{ parsed_event.message.tz }}</c>); UTC when absent or unknown.
    /// Undefined when the date cannot be read.
    /// </summary>
    public static Value Parse(ValueArena arena, in Value value, string? format, in Value timezone)
    {
        // format "timestamp" is an epoch number (AWS WAF, Darktrace, OGO, GitHub), which detection reads.
        var epoch = format == "timestamp";
        if (value.IsError || !Filters.TryReadUtc(arena, value, format is null || epoch ? Value.Absent : Value.FromConstant(format), out var wallClock))
        {
            return Value.Absent;
        }

        var hasOffset = epoch || (format is not null ? format.Contains("%z") || format.Contains("%Z") : HasOffset(arena.Text(value.Kind == ValueKind.String ? value : Value.Absent)));
        var utc = wallClock;
        if (!hasOffset && value.Kind == ValueKind.String && timezone.Kind == ValueKind.String)
        {
            var zone = arena.Text(timezone).Trim();
            if (TryFixedOffset(zone, out var offset))
            {
                // Fortigate's tz="+0100": its epoch text is a wall-clock time an hour ahead of UTC.
                utc = wallClock - offset;
            }
            else if (Zone(zone) is { } known)
            {
                utc = TimeZoneInfo.ConvertTimeToUtc(DateTime.SpecifyKind(wallClock, DateTimeKind.Unspecified), known);
            }
        }

        // The stage's output is a datetime, which reads with its microseconds always (Sophos ioc.unix_time:
        // "2024-01-17T12:46:21.000000Z"); a date field then writes it without zero microseconds.
        return Filters.UtcText(arena, utc, alwaysMicroseconds: true);
    }

    /// <summary><c>+HHMM</c>, <c>-HH:MM</c> or <c>+HH</c>.</summary>
    private static bool TryFixedOffset(ReadOnlySpan<char> text, out TimeSpan offset)
    {
        offset = default;
        if (text.Length < 3 || text[0] is not ('+' or '-'))
        {
            return false;
        }

        var rest = text[1..];
        var minutesText = rest.Length switch
        {
            2 => "00".AsSpan(),
            4 => rest[2..],
            5 when rest[2] == ':' => rest[3..],
            _ => ReadOnlySpan<char>.Empty,
        };
        const System.Globalization.NumberStyles Digits = System.Globalization.NumberStyles.None;
        var invariant = System.Globalization.CultureInfo.InvariantCulture;
        if (minutesText.IsEmpty || !int.TryParse(rest[..2], Digits, invariant, out var hours) || !int.TryParse(minutesText, Digits, invariant, out var minutes)
            || hours > 23 || minutes > 59)
        {
            return false;
        }

        offset = new TimeSpan(hours, minutes, 0) * (text[0] == '-' ? -1 : 1);
        return true;
    }

    /// <summary>Whether a detected date's text carries its own offset (<c>Z</c>, <c>+02:00</c>, <c>-0500</c>).</summary>
    private static bool HasOffset(ReadOnlySpan<char> text)
    {
        var time = text.IndexOf(':');
        if (time < 0)
        {
            return false;
        }

        var rest = text[time..];
        return rest.IndexOf('Z') >= 0 || rest.IndexOf('+') >= 0 || rest.LastIndexOf('-') >= 0;
    }

    private static TimeZoneInfo? Zone(ReadOnlySpan<char> name)
    {
        if (name.IsEmpty)
        {
            return null;
        }

        if (s_zonesByText.TryGetValue(name, out var known))
        {
            return known;
        }

        var id = name.ToString();
        TimeZoneInfo? zone;
        try
        {
            zone = TimeZoneInfo.FindSystemTimeZoneById(id);
        }
        catch (Exception e) when (e is TimeZoneNotFoundException or InvalidTimeZoneException)
        {
            zone = null;
        }

        // Bounded: a template could compute endless names; past the bound, unknown names are looked up each time.
        if (s_zones.Count < 1024)
        {
            s_zones.TryAdd(id, zone);
        }

        return zone;
    }
}
