using System;
using System.Buffers;
using System.Collections.Generic;
using EcsForge.Parsing;

namespace EcsForge.Host.Commands;

/// <summary>
/// A run of whole input lines exactly as read (the lines are never copied one by one), handed to one worker, with the
/// ECS output and the failures the worker produced. Buffers are rented and kept across reuses, so a long run
/// allocates only while the blocks warm up.
/// </summary>
internal sealed class InputBlock
{
    public const int DefaultSize = 1 << 20;

    private byte[] _bytes;

    public InputBlock(int size = DefaultSize)
    {
        _bytes = ArrayPool<byte>.Shared.Rent(size);
        Output = new ArrayBufferWriter<byte>(size + (size / 2));
    }

    /// <summary>Position of the block in the input, so the writer can put the output back in order.</summary>
    public long Sequence { get; set; }

    public int Length { get; private set; }

    /// <summary>The block's lines, each ending with '\n' except the input's last line when it has none.</summary>
    public ReadOnlySpan<byte> Bytes => _bytes.AsSpan(0, Length);

    public ArrayBufferWriter<byte> Output { get; }

    /// <summary>The failed lines: their index in the block, where they are in <see cref="Bytes"/>, and why.</summary>
    public List<(int Index, int Start, int Length, ParseResult Result)> Failures { get; } = new();

    public int Lines { get; set; }

    public int Parsed { get; set; }

    /// <summary>Blank lines, skipped rather than parsed.</summary>
    public int Skipped { get; set; }

    /// <summary>Empties the block for reuse; the buffers keep their size.</summary>
    public void Clear()
    {
        Length = 0;
        Output.ResetWrittenCount();
        Failures.Clear();
        Lines = Parsed = Skipped = 0;
    }

    /// <summary>Room after the bytes held, at least one byte: a block that is full is doubled first.</summary>
    public Span<byte> FreeSpace()
    {
        if (Length == _bytes.Length)
        {
            Double();
        }

        return _bytes.AsSpan(Length);
    }

    /// <summary>Counts <paramref name="count"/> bytes written into <see cref="FreeSpace"/> as held.</summary>
    public void Grow(int count) => Length += count;

    /// <summary>Gives up the bytes from <paramref name="length"/> on (the reader carries them to the next block).</summary>
    public void Truncate(int length) => Length = length;

    public void Append(ReadOnlySpan<byte> bytes)
    {
        while (_bytes.Length - Length < bytes.Length)
        {
            Double();
        }

        bytes.CopyTo(_bytes.AsSpan(Length));
        Length += bytes.Length;
    }

    private void Double()
    {
        var larger = ArrayPool<byte>.Shared.Rent(checked(_bytes.Length * 2));
        _bytes.AsSpan(0, Length).CopyTo(larger);
        ArrayPool<byte>.Shared.Return(_bytes);
        _bytes = larger;
    }
}
