using System.Threading;

namespace EcsForge.Host.Commands;

/// <summary>
/// How far a running <c>parse</c> has read: lines and bytes, written by the reading thread only and read by the
/// progress line from a timer thread (a torn or stale value would only be a slightly wrong progress figure).
/// </summary>
public sealed class ParseCounters
{
    private long _lines;
    private long _bytes;

    public long Lines => Volatile.Read(ref _lines);

    public long Bytes => Volatile.Read(ref _bytes);

    /// <summary>One more line of <paramref name="length"/> bytes, not counting its '\n'.</summary>
    public void Line(int length)
    {
        Volatile.Write(ref _lines, _lines + 1);
        Volatile.Write(ref _bytes, _bytes + length + 1);
    }
}
