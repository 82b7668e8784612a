using System;
using System.IO;
using System.Threading;
using System.Threading.Tasks;

namespace EcsForge.Host.IO;

/// <summary>
/// stdin for <c>parse</c>, so that Ctrl+C also stops a run waiting for its next line (a pipe or terminal with nothing
/// to read): a blocked read(2) is not interrupted by the signal, so each read runs on the thread pool while the reader
/// waits for it or for the stop, whichever comes first. After the stop, reads return end of stream; a read still
/// blocked then is abandoned (whatever it gets later was never counted as read), and it fills a buffer of this stream's
/// own, never the caller's, which may be back in its pool by then.
/// </summary>
public sealed class InterruptibleInput : Stream
{
    private readonly Stream _inner;
    private readonly CancellationToken _stop;
    private byte[] _buffer = [];
    private Task<int>? _abandoned;

    public InterruptibleInput(Stream inner, CancellationToken stop)
    {
        _inner = inner;
        _stop = stop;
    }

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => throw new NotSupportedException();
        set => throw new NotSupportedException();
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        if (_stop.IsCancellationRequested || _abandoned is not null || buffer.IsEmpty)
        {
            return 0;
        }

        if (_buffer.Length < buffer.Length)
        {
            _buffer = new byte[buffer.Length];
        }

        var own = _buffer;
        var length = buffer.Length;
        var read = Task.Run(() => _inner.Read(own, 0, length), CancellationToken.None);
        try
        {
            read.Wait(_stop);
        }
        catch (OperationCanceledException)
        {
            _abandoned = read;
            _buffer = [];
            return 0;
        }

        var count = read.GetAwaiter().GetResult();
        own.AsSpan(0, count).CopyTo(buffer);
        return count;
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        // A read still blocked on the descriptor keeps the stream: stdin is closed with the process.
        if (disposing && _abandoned is null)
        {
            _inner.Dispose();
        }

        base.Dispose(disposing);
    }
}
