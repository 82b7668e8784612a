using System.Threading;

namespace EcsForge.Host.Commands;

/// <summary>
/// How far a running <c>parse</c> has got: lines and their bytes, written by the writing thread only and read by the
/// progress line from a timer thread (a torn or stale value would only be a slightly wrong progress figure).
/// </summary>
public sealed class ParseCounters
{
    private long _lines;
    private long _bytes;

    public long Lines => Volatile.Read(ref _lines);

    public long Bytes => Volatile.Read(ref _bytes);

    /// <summary><paramref name="lines"/> more lines done, of <paramref name="bytes"/> bytes with their newlines.</summary>
    public void Add(long lines, long bytes)
    {
        Volatile.Write(ref _lines, _lines + lines);
        Volatile.Write(ref _bytes, _bytes + bytes);
    }
}
