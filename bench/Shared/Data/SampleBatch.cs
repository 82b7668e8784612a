using System;
using System.Collections.Generic;
using System.IO;

namespace EcsForge.Bench.Data;

/// <summary>Generated events held in memory, one contiguous buffer indexed by line, so measuring them reads no I/O.</summary>
internal sealed class SampleBatch
{
    private readonly byte[] _bytes;

    /// <summary>Start offsets of each line, plus one past the end of the last line's newline.</summary>
    private readonly int[] _starts;

    private SampleBatch(byte[] bytes, int[] starts)
    {
        _bytes = bytes;
        _starts = starts;
    }

    public int Count => _starts.Length - 1;

    /// <summary>The <paramref name="index"/>th event, without its newline.</summary>
    public ReadOnlySpan<byte> this[int index] => _bytes.AsSpan(_starts[index], _starts[index + 1] - _starts[index] - 1);

    public static SampleBatch Generate(string slug, int count, int seed = SampleEvents.DefaultSeed)
    {
        var stream = new MemoryStream();
        SampleEvents.Write(slug, count, seed, stream);
        var bytes = stream.GetBuffer();
        var length = (int)stream.Length;
        var starts = new int[count + 1];
        var offset = 0;
        for (var line = 1; line <= count; line++)
        {
            // No generator puts a newline inside an event (JSON escapes them, syslog lines have none), so every one ends an event.
            offset += bytes.AsSpan(offset, length - offset).IndexOf((byte)'\n') + 1;
            starts[line] = offset;
        }

        return new SampleBatch(bytes, starts);
    }

    /// <summary>
    /// <paramref name="count"/> events taken in turn from <paramref name="messages"/> (which may hold newlines, so lines
    /// are delimited by their lengths rather than by scanning).
    /// </summary>
    public static SampleBatch Repeat(IReadOnlyList<byte[]> messages, int count)
    {
        var stream = new MemoryStream();
        var starts = new int[count + 1];
        for (var line = 0; line < count; line++)
        {
            stream.Write(messages[line % messages.Count]);
            stream.WriteByte((byte)'\n');
            starts[line + 1] = (int)stream.Length;
        }

        return new SampleBatch(stream.ToArray(), starts);
    }
}
