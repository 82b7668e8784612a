using System;
using System.Buffers;
using System.Security.Cryptography;
using EcsForge.Host.Serve.Pipeline;

namespace EcsForge.Host.Serve.Http;

/// <summary>
/// Cuts a decompressed batch into lines for <see cref="BatchChunks"/>. A line longer than the event limit is never
/// buffered: once that many bytes arrived without a newline, its first bytes are kept, the rest only counted and
/// hashed as it streams past, and it becomes one too-large event.
/// </summary>
internal sealed class BatchLineSplitter : IDisposable
{
    private readonly BatchChunks _batch;
    private readonly int _maxEventBytes;
    private readonly byte[] _head = new byte[EventChunk.HeadBytes];
    private IncrementalHash? _hash;
    private int _headLength;
    private long _length;

    public BatchLineSplitter(BatchChunks batch, int maxEventBytes)
    {
        _batch = batch;
        _maxEventBytes = maxEventBytes;
    }

    private bool InOversizedLine => _hash is not null;

    /// <summary>Takes every complete line; at the end of the body (<paramref name="final"/>), the last one even without its newline.</summary>
    /// <returns>Where reading must resume: the start of an incomplete line, or the end when an oversized line is being skipped.</returns>
    public SequencePosition Take(ReadOnlySequence<byte> buffer, bool final)
    {
        var reader = new SequenceReader<byte>(buffer);
        while (true)
        {
            var complete = reader.TryReadTo(out ReadOnlySequence<byte> line, (byte)'\n');
            if (!complete)
            {
                line = reader.UnreadSequence;
                reader.AdvanceToEnd();
            }

            if (InOversizedLine || line.Length > _maxEventBytes)
            {
                Skip(line);
                if (complete || final)
                {
                    EndOversized();
                }
            }
            else if (complete || final)
            {
                if (!line.IsEmpty || complete)
                {
                    _batch.AddLine(line);
                }
            }
            else
            {
                // An incomplete line within the limit: left in the buffer until more arrives.
                return line.Start;
            }

            if (!complete)
            {
                return reader.Position;
            }
        }
    }

    public void Dispose() => _hash?.Dispose();

    private void Skip(ReadOnlySequence<byte> bytes)
    {
        if (_hash is null)
        {
            _hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
            _headLength = (int)Math.Min(bytes.Length, _head.Length);
            bytes.Slice(0, _headLength).CopyTo(_head);
            _length = 0;
        }

        foreach (var segment in bytes)
        {
            _hash.AppendData(segment.Span);
        }

        _length += bytes.Length;
    }

    private void EndOversized()
    {
        var sha256 = Convert.ToHexStringLower(_hash!.GetHashAndReset());
        _hash.Dispose();
        _hash = null;
        _batch.AddTooLarge(_head.AsSpan(0, _headLength), _length, sha256, _maxEventBytes);
    }
}
