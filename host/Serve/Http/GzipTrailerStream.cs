using System;
using System.Buffers.Binary;
using System.IO;

namespace EcsForge.Host.Serve.Http;

/// <summary>
/// Keeps the last 8 bytes of a gzip stream read through it, to check the end of the data: GZipStream verifies the
/// trailer's CRC when it gets there but reports a stream cut before it as a normal end, which would acknowledge a
/// truncated batch.
/// </summary>
internal sealed class GzipTrailerStream : ObservedReadStream
{
    /// <summary>A 10-byte header, at least a 2-byte deflate block and the 8-byte trailer.</summary>
    private const int MinimumGzipLength = 20;

    private const int TrailerLength = 8;

    private readonly byte[] _tail = new byte[TrailerLength];
    private long _length;

    public GzipTrailerStream(Stream inner)
        : base(inner)
    {
    }

    /// <summary>
    /// Whether the data read ends with the trailer of a member that decompressed to <paramref name="decompressedLength"/>
    /// bytes (ISIZE is that length modulo 2^32). An empty body passes: it is an empty batch. The check assumes one member,
    /// which is what Logpush and HTTP clients send.
    /// </summary>
    public bool EndsWithTrailerFor(long decompressedLength)
        => _length == 0
            || (_length >= MinimumGzipLength && BinaryPrimitives.ReadUInt32LittleEndian(_tail.AsSpan(4)) == (uint)decompressedLength);

    protected override void OnRead(ReadOnlySpan<byte> bytes)
    {
        _length += bytes.Length;
        if (bytes.Length >= TrailerLength)
        {
            bytes[^TrailerLength..].CopyTo(_tail);
        }
        else if (!bytes.IsEmpty)
        {
            // Shift the kept tail left and append the few new bytes.
            _tail.AsSpan(bytes.Length).CopyTo(_tail);
            bytes.CopyTo(_tail.AsSpan(TrailerLength - bytes.Length));
        }
    }
}
