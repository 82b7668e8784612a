using System;
using System.IO;
using System.IO.Compression;
using EcsForge.Bench.Data;

namespace EcsForge.Bench.Load;

/// <summary>
/// Generated events cut into gzip batches shaped like Logpush's (newline-delimited, gzip), all prepared before the
/// run so that the measured client does nothing but send.
/// </summary>
internal sealed class LoadPayloads
{
    private LoadPayloads(byte[][] batches, int[] eventCounts, long rawBytes)
    {
        Batches = batches;
        EventCounts = eventCounts;
        RawBytes = rawBytes;
    }

    public byte[][] Batches { get; }

    public int[] EventCounts { get; }

    /// <summary>Uncompressed size of all batches.</summary>
    public long RawBytes { get; }

    public long CompressedBytes
    {
        get
        {
            long total = 0;
            foreach (var batch in Batches)
            {
                total += batch.Length;
            }

            return total;
        }
    }

    public static LoadPayloads Generate(string format, int events, int batchSize, int seed)
    {
        var sample = SampleBatch.Generate(format, events, seed);
        var batchCount = (events + batchSize - 1) / batchSize;
        var batches = new byte[batchCount][];
        var counts = new int[batchCount];
        long rawBytes = 0;
        var raw = new MemoryStream();
        for (var b = 0; b < batchCount; b++)
        {
            raw.SetLength(0);
            counts[b] = Math.Min(batchSize, events - (b * batchSize));
            for (var i = b * batchSize; i < (b * batchSize) + counts[b]; i++)
            {
                raw.Write(sample[i]);
                raw.WriteByte((byte)'\n');
            }

            rawBytes += raw.Length;
            batches[b] = Gzip(raw.GetBuffer().AsSpan(0, (int)raw.Length));
        }

        return new LoadPayloads(batches, counts, rawBytes);
    }

    private static byte[] Gzip(ReadOnlySpan<byte> data)
    {
        var compressed = new MemoryStream();
        using (var gzip = new GZipStream(compressed, CompressionLevel.Optimal, leaveOpen: true))
        {
            gzip.Write(data);
        }

        return compressed.ToArray();
    }
}
