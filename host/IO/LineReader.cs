using System;
using System.Buffers;
using System.IO;

namespace EcsForge.Host.IO;

/// <summary>
/// Splits a byte stream on '\n' into spans over one pooled buffer, so reading a line allocates nothing. The buffer
/// grows (from the pool) when a line is longer than it; a last line without a trailing newline is still returned.
/// Returned lines exclude the '\n' and are valid only until the next call.
/// </summary>
public sealed class LineReader : IDisposable
{
    public const int DefaultBufferSize = 1 << 20;

    private readonly Stream _stream;
    private byte[] _buffer;
    private int _start;
    private int _end;
    private bool _endOfStream;

    public LineReader(Stream stream, int bufferSize = DefaultBufferSize)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(bufferSize, 1);
        _stream = stream;
        _buffer = ArrayPool<byte>.Shared.Rent(bufferSize);
    }

    public bool TryReadLine(out ReadOnlySpan<byte> line)
    {
        // Bytes before scanFrom are known to hold no '\n', so each byte is searched once however many reads a line takes.
        var scanFrom = _start;
        while (true)
        {
            var newline = _buffer.AsSpan(scanFrom, _end - scanFrom).IndexOf((byte)'\n');
            if (newline >= 0)
            {
                var lineEnd = scanFrom + newline;
                line = _buffer.AsSpan(_start, lineEnd - _start);
                _start = lineEnd + 1;
                return true;
            }

            scanFrom = _end;
            if (_endOfStream)
            {
                line = _buffer.AsSpan(_start, _end - _start);
                _start = _end;
                return !line.IsEmpty;
            }

            scanFrom -= MakeRoom();
            var read = _stream.Read(_buffer, _end, _buffer.Length - _end);
            if (read == 0)
            {
                _endOfStream = true;
            }
            else
            {
                _end += read;
            }
        }
    }

    public void Dispose()
    {
        var buffer = _buffer;
        _buffer = Array.Empty<byte>();
        _start = _end = 0;
        if (buffer.Length > 0)
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>Moves the pending partial line to the front, growing the buffer when it is full. Returns the shift.</summary>
    private int MakeRoom()
    {
        var shift = _start;
        var pending = _end - _start;
        if (pending == _buffer.Length)
        {
            var larger = ArrayPool<byte>.Shared.Rent(checked(_buffer.Length * 2));
            _buffer.AsSpan(_start, pending).CopyTo(larger);
            ArrayPool<byte>.Shared.Return(_buffer);
            _buffer = larger;
        }
        else if (shift > 0)
        {
            _buffer.AsSpan(_start, pending).CopyTo(_buffer);
        }

        _start = 0;
        _end = pending;
        return shift;
    }
}
