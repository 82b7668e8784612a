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
    private readonly InputBlock _unfinishedLine = new(size: 4096);
    private bool _ended;

    public InputBlockReader(Stream stream)
    {
        _stream = stream;
    }

    /// <summary>Bytes read so far.</summary>
    public long BytesRead { get; private set; }

    /// <summary>
    /// Fills <paramref name="block"/> (cleared first) with the next whole lines, or the last line when the stream ends
    /// without a '\n'. False once the stream is exhausted and nothing is left.
    /// </summary>
    public bool TryRead(InputBlock block, out int newlines)
    {
        block.Clear();
        newlines = 0;
        if (_ended)
        {
            return false;
        }

        block.Append(_unfinishedLine.Bytes);
        _unfinishedLine.Clear();
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
            BytesRead += read;
            var fresh = block.Bytes[readFrom..];
            var lastNewline = fresh.LastIndexOf((byte)'\n');
            if (lastNewline >= 0)
            {
                // Only the fresh bytes can hold a '\n': the block was handed on at the previous one.
                newlines = fresh[..lastNewline].Count((byte)'\n') + 1;
                var end = readFrom + lastNewline + 1;
                _unfinishedLine.Append(block.Bytes[end..]);
                block.Truncate(end);
                return true;
            }
        }
    }
}
