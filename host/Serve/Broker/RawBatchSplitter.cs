using System;
using System.Collections.Generic;
using EcsForge.Host.Serve.Http;

namespace EcsForge.Host.Serve.Broker;

/// <summary>A part of an HTTP batch that travels as one message: whole lines, <see cref="Events"/> of them not blank.</summary>
internal readonly record struct RawSlice(ReadOnlyMemory<byte> Body, int Events);

/// <summary>Cuts a decompressed HTTP batch at line ends into messages of at most so many events and bytes.</summary>
internal static class RawBatchSplitter
{
    /// <param name="maxEvents">The intake's limit for the whole batch.</param>
    /// <param name="maxSliceBytes">A single longer line travels alone (its consumer fails it as too large, if it is).</param>
    /// <exception cref="PayloadTooLargeException">The batch has more than <paramref name="maxEvents"/> events.</exception>
    public static List<RawSlice> Split(ReadOnlyMemory<byte> batch, int maxEvents, int maxSliceEvents, int maxSliceBytes)
    {
        var slices = new List<RawSlice>();
        var span = batch.Span;
        var (start, position, sliceEvents, total) = (0, 0, 0, 0);
        while (position < span.Length)
        {
            var newline = span[position..].IndexOf((byte)'\n');
            var end = newline < 0 ? span.Length : position + newline + 1;
            var isEvent = !IsBlank(span[position..end]);
            if (isEvent && sliceEvents > 0 && (sliceEvents == maxSliceEvents || end - start > maxSliceBytes))
            {
                slices.Add(new RawSlice(batch[start..position], sliceEvents));
                (start, sliceEvents) = (position, 0);
            }

            if (isEvent)
            {
                sliceEvents++;
                if (++total > maxEvents)
                {
                    throw new PayloadTooLargeException("batch", maxEvents, "events");
                }
            }

            position = end;
        }

        if (sliceEvents > 0)
        {
            slices.Add(new RawSlice(batch[start..], sliceEvents));
        }

        return slices;
    }

    /// <summary>As the in-process reader counts: a line of nothing but its terminator ("\n" or "\r\n") is not an event.</summary>
    private static bool IsBlank(ReadOnlySpan<byte> line)
    {
        if (line.EndsWith((byte)'\n'))
        {
            line = line[..^1];
        }

        if (line.EndsWith((byte)'\r'))
        {
            line = line[..^1];
        }

        return line.IsEmpty;
    }
}
