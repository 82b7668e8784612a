using System;
using System.IO;

namespace EcsForge.Host.Commands;

/// <summary>
/// Reads a byte stream into <see cref="InputBlock"/>s that end at a line end: each read goes straight into a block,
/// and only the unfinished line at its end is copied, to start the next block. A block is handed on as soon as a read
/// completes a line, so a slow pipe (<c>tail -f | ecsforge parse</c>) is parsed as it arrives, not a megabyte later.
/// </summary>
internal sealed class InputBlockReader
{
    private readonly Stream _stream;
    private byte[] _unfinishedLine = new byte[4096];
    private int _unfinishedLength;
    private bool _ended;

    public InputBlockReader(Stream stream)
    {
        _stream = stream;
    }

    /// <summary>
    /// Fills <paramref name="block"/> (cleared first) with the next whole lines, or the last line when the stream ends
    /// without a '\n'. False once the stream is exhausted and nothing is left.
    /// </summary>
    public bool TryRead(InputBlock block)
    {
        block.Clear();
        if (_ended)
        {
            return false;
        }

        block.Append(_unfinishedLine.AsSpan(0, _unfinishedLength));
        _unfinishedLength = 0;
        while (true)
        {
            var read = _stream.Read(block.FreeSpace());
            if (read == 0)
            {
                _ended = true;
                return block.Length > 0;
            }

            var readFrom = block.Length;
            block.Grow(read);
            // Only the fresh bytes can hold a '\n': the block was handed on at the previous one.
            var lastNewline = block.Bytes[readFrom..].LastIndexOf((byte)'\n');
            if (lastNewline >= 0)
            {
                var end = readFrom + lastNewline + 1;
                KeepUnfinishedLine(block.Bytes[end..]);
                block.Truncate(end);
                return true;
            }
        }
    }

    private void KeepUnfinishedLine(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length > _unfinishedLine.Length)
        {
            _unfinishedLine = new byte[Math.Max(bytes.Length, _unfinishedLine.Length * 2)];
        }

        bytes.CopyTo(_unfinishedLine);
        _unfinishedLength = bytes.Length;
    }
}
