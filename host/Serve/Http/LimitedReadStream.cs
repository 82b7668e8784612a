using System;
using System.IO;

namespace EcsForge.Host.Serve.Http;

/// <summary>
/// Counts the bytes read through it and throws <see cref="PayloadTooLargeException"/> as soon as they pass the limit:
/// over a decompressing stream, this stops a gzip bomb after at most one read past the limit.
/// </summary>
internal sealed class LimitedReadStream : ObservedReadStream
{
    private readonly long _limit;
    private readonly string _what;

    /// <param name="what">What is limited, for the error message.</param>
    public LimitedReadStream(Stream inner, long limit, string what)
        : base(inner)
    {
        _limit = limit;
        _what = what;
    }

    public long BytesRead { get; private set; }

    protected override void OnRead(ReadOnlySpan<byte> bytes)
    {
        BytesRead += bytes.Length;
        if (BytesRead > _limit)
        {
            throw new PayloadTooLargeException(_what, _limit);
        }
    }
}
