using System;

namespace EcsForge.Parsing;

/// <summary>
/// Per-session byte arena for the few values that cannot stay slices of the input (unescaped strings, converted
/// timestamps, templates). Reset per event; it grows once and is then reused, so steady state allocates nothing.
/// </summary>
public sealed class EventScratch
{
    private const int InitialSize = 4096;
    private const int RetainedMaximum = 1 << 20;

    private byte[] _buffer = new byte[InitialSize];
    private int _used;

    public void Reset()
    {
        _used = 0;
        if (_buffer.Length > RetainedMaximum)
        {
            // One huge event must not pin a huge buffer for the life of the session.
            _buffer = new byte[InitialSize];
        }
    }

    /// <summary>Reserves <paramref name="length"/> bytes; fill them, then call <see cref="Commit"/> with what was used.</summary>
    public Span<byte> Reserve(int length)
    {
        if (_buffer.Length - _used < length)
        {
            Array.Resize(ref _buffer, Math.Max(_buffer.Length * 2, _used + length));
        }

        return _buffer.AsSpan(_used, length);
    }

    public RawValue Commit(int length, RawKind kind)
    {
        var value = new RawValue(kind, _used, length, inScratch: true);
        _used += length;
        return value;
    }

    public RawValue Store(ReadOnlySpan<byte> bytes, RawKind kind = RawKind.String)
    {
        bytes.CopyTo(Reserve(bytes.Length));
        return Commit(bytes.Length, kind);
    }

    public ReadOnlySpan<byte> Slice(int start, int length) => _buffer.AsSpan(start, length);

    /// <summary>Where the next stored bytes go: consecutive stores are contiguous, so a value can be built in parts.</summary>
    public int Position => _used;

    /// <summary>Everything stored since <paramref name="position"/>, as one value.</summary>
    public RawValue Since(int position, RawKind kind = RawKind.String) => new(kind, position, _used - position, inScratch: true);
}
