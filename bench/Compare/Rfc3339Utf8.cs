using System;

namespace EcsForge.Bench.Compare;

/// <summary>
/// <c>yyyy-MM-ddTHH:mm:ss[.ffffff]Z</c> written digit by digit, for the floor mappers: a custom DateTime format string
/// is parsed on every call and would cost more than the rest of the field.
/// </summary>
internal static class Rfc3339Utf8
{
    /// <summary>Longest text written: with microseconds.</summary>
    public const int MaxLength = 27;

    /// <summary>Writes <paramref name="utc"/> (truncated to the microsecond) and returns the length written.</summary>
    public static int Write(DateTime utc, bool microseconds, Span<byte> destination)
    {
        Digits(destination[..4], utc.Year);
        destination[4] = (byte)'-';
        Digits(destination[5..7], utc.Month);
        destination[7] = (byte)'-';
        Digits(destination[8..10], utc.Day);
        destination[10] = (byte)'T';
        Digits(destination[11..13], utc.Hour);
        destination[13] = (byte)':';
        Digits(destination[14..16], utc.Minute);
        destination[16] = (byte)':';
        Digits(destination[17..19], utc.Second);
        var length = 19;
        if (microseconds)
        {
            destination[19] = (byte)'.';
            Digits(destination[20..26], (int)(utc.Ticks % TimeSpan.TicksPerSecond / 10));
            length = 26;
        }

        destination[length] = (byte)'Z';
        return length + 1;
    }

    private static void Digits(Span<byte> destination, int value)
    {
        for (var i = destination.Length - 1; i >= 0; i--)
        {
            destination[i] = (byte)('0' + (value % 10));
            value /= 10;
        }
    }
}
