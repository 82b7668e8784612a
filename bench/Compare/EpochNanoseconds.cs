using System;

namespace EcsForge.Bench.Compare;

/// <summary>
/// Logpush's <c>Datetime</c> (Unix epoch nanoseconds) as the pipeline converts it: <c>float(value) / 1e9</c> seconds,
/// fraction rounded half-even to the microsecond as CPython does. Both hand-written firewall mappers use it, since a
/// plain integer division would disagree with the platform (and the generated parser) in the last digit.
/// </summary>
internal static class EpochNanoseconds
{
    public const string Format = "yyyy-MM-dd'T'HH:mm:ss.ffffff'Z'";

    public static bool TryToUtc(double nanoseconds, out DateTime utc)
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
            whole++;
            microseconds -= 1e6;
        }
        else if (microseconds < 0)
        {
            whole--;
            microseconds += 1e6;
        }

        var latest = (DateTime.MaxValue.Ticks - DateTime.UnixEpoch.Ticks) / TimeSpan.TicksPerSecond - 1;
        var earliest = -(DateTime.UnixEpoch.Ticks / TimeSpan.TicksPerSecond);
        if (whole > latest || whole < earliest)
        {
            return false;
        }

        utc = new DateTime(DateTime.UnixEpoch.Ticks + ((long)whole * TimeSpan.TicksPerSecond) + ((long)microseconds * 10), DateTimeKind.Utc);
        return true;
    }

    /// <summary>A <c>Datetime</c> already written as RFC 3339 text (Logpush <c>timestamps=rfc3339</c>) is kept as is.</summary>
    public static bool LooksLikeRfc3339(ReadOnlySpan<byte> text)
        => text.Length >= 20 && text[4] == (byte)'-' && text[7] == (byte)'-' && (text[10] | 0x20) == (byte)'t'
            && char.IsAsciiDigit((char)text[0]) && char.IsAsciiDigit((char)text[1]) && char.IsAsciiDigit((char)text[2])
            && char.IsAsciiDigit((char)text[3]);
}
