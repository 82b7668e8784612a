using System;
using System.Globalization;

namespace EcsForge.Bench.Data;

/// <summary>
/// Event times that move forward by a random step from a fixed start, so a stream looks like a real, ordered export
/// and is the same for the same seed.
/// </summary>
internal sealed class EventClock
{
    private static readonly DateTimeOffset Start = new(2024, 6, 3, 8, 0, 0, TimeSpan.Zero);

    private readonly int _maxStepMilliseconds;
    private long _unixMilliseconds = Start.ToUnixTimeMilliseconds();

    public EventClock(int maxStepMilliseconds)
    {
        _maxStepMilliseconds = maxStepMilliseconds;
    }

    public long NextUnixMilliseconds(Random random)
    {
        _unixMilliseconds += random.Next(_maxStepMilliseconds + 1);
        return _unixMilliseconds;
    }

    /// <summary>Writes the time as Logpush's <c>timestamps=rfc3339</c> option does: <c>2023-02-24T14:52:47Z</c>.</summary>
    public static int WriteRfc3339(long unixMilliseconds, Span<byte> destination)
    {
        var time = DateTimeOffset.FromUnixTimeMilliseconds(unixMilliseconds).UtcDateTime;
        time.TryFormat(destination, out var written, "yyyy'-'MM'-'dd'T'HH':'mm':'ss'Z'", CultureInfo.InvariantCulture);
        return written;
    }
}
