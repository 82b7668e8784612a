using System;
using System.Collections.Concurrent;

namespace EcsForge.Pipelines;

/// <summary>The platform's <c>date.parse</c> stage: a date read with a format (or detected), in a time zone, as RFC 3339 text in UTC.</summary>
public static class Dates
{
    private static readonly ConcurrentDictionary<string, TimeZoneInfo?> s_zones = new(StringComparer.Ordinal);

    /// <summary>
    /// The date of <paramref name="value"/> as <see cref="Filters.ToRfc3339"/> reads it; a date without an offset is a
    /// wall-clock time of <paramref name="timezone"/> (an IANA name; UTC when null). Undefined when it cannot be read.
    /// </summary>
    public static Value Parse(ValueArena arena, in Value value, string? format, string? timezone)
    {
        // format "timestamp" is an epoch number (AWS WAF, Darktrace, OGO, GitHub), which detection reads.
        var epoch = format == "timestamp";
        if (value.IsError || !Filters.TryReadUtc(arena, value, format is null || epoch ? Value.Absent : Value.FromConstant(format), out var wallClock))
        {
            return Value.Absent;
        }

        var hasOffset = epoch || (format is not null ? format.Contains("%z") || format.Contains("%Z") : HasOffset(arena.Text(value.Kind == ValueKind.String ? value : Value.Absent)));
        var utc = timezone is null || hasOffset || value.Kind != ValueKind.String || Zone(timezone) is not { } zone
            ? wallClock
            : TimeZoneInfo.ConvertTimeToUtc(DateTime.SpecifyKind(wallClock, DateTimeKind.Unspecified), zone);

        // The stage's output is a datetime, which reads with its microseconds always (Sophos ioc.unix_time:
        // "2024-01-17T12:46:21.000000Z"); a date field then writes it without zero microseconds.
        return Filters.UtcText(arena, utc, alwaysMicroseconds: true);
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

    private static TimeZoneInfo? Zone(string name) => s_zones.GetOrAdd(name, static id =>
    {
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById(id);
        }
        catch (Exception e) when (e is TimeZoneNotFoundException or InvalidTimeZoneException)
        {
            return null;
        }
    });
}
