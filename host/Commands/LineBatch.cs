using System;
using System.Buffers;
using System.Collections.Generic;
using EcsForge.Parsing;

namespace EcsForge.Host.Commands;

/// <summary>
/// A run of consecutive input lines handed to one parallel worker, with the ECS output and failures it produced.
/// Buffers are rented and returned, so a long run allocates only while the batches warm up.
/// </summary>
internal sealed class LineBatch
{
    public const int MaximumLines = 4096;
    private const int InitialBytes = 1 << 20;

    private byte[] _bytes = ArrayPool<byte>.Shared.Rent(InitialBytes);
    private int _used;

    public long Sequence { get; private set; }

    /// <summary>1-based number of the batch's first line in the input.</summary>
    public long FirstLineNumber { get; private set; }

    public List<(int Start, int Length)> Lines { get; } = new(MaximumLines);

    public ArrayBufferWriter<byte> Output { get; } = new(InitialBytes);

    public List<(int Line, ParseResult Result)> Failures { get; } = new();

    public long Parsed { get; set; }

    /// <summary>Blank lines of the batch, skipped rather than parsed.</summary>
    public long Skipped { get; set; }

    public bool IsFull => Lines.Count >= MaximumLines || _used >= InitialBytes;

    public void Start(long sequence, long firstLineNumber)
    {
        Sequence = sequence;
        FirstLineNumber = firstLineNumber;
        Lines.Clear();
        Failures.Clear();
        Output.ResetWrittenCount();
        Parsed = 0;
        Skipped = 0;
        _used = 0;
    }

    public void Add(ReadOnlySpan<byte> line)
    {
        if (_bytes.Length - _used < line.Length)
        {
            var larger = ArrayPool<byte>.Shared.Rent(Math.Max(_bytes.Length * 2, _used + line.Length));
            _bytes.AsSpan(0, _used).CopyTo(larger);
            ArrayPool<byte>.Shared.Return(_bytes);
            _bytes = larger;
        }

        line.CopyTo(_bytes.AsSpan(_used));
        Lines.Add((_used, line.Length));
        _used += line.Length;
    }

    public ReadOnlySpan<byte> Line(int index) => _bytes.AsSpan(Lines[index].Start, Lines[index].Length);
}
