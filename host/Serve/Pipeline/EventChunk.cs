using System;
using System.Buffers;
using System.Globalization;
using EcsForge.Parsing;

namespace EcsForge.Host.Serve.Pipeline;

/// <summary>
/// Raw events copied into one pooled buffer: the unit a parse worker takes. Handing over chunks rather than single
/// events keeps the queue's cost per event low, while a 1,000-event batch still spreads over several workers.
/// </summary>
public sealed class EventChunk : IDisposable
{
    public const int MaxEvents = 128;

    /// <summary>A chunk is handed over once it holds this much, however few events that is.</summary>
    public const int TargetBytes = 64 * 1024;

    /// <summary>What is kept of an event too large to keep whole: enough to recognize it in a dead letter.</summary>
    public const int HeadBytes = 256;

    /// <summary>The buffer starts small and grows with the data: a chunk of a few short events holds a few kilobytes.</summary>
    private const int InitialBytes = 4 * 1024;

    private byte[] _data;
    private Entry[] _entries;
    private int _used;

    public EventChunk()
    {
        _data = ArrayPool<byte>.Shared.Rent(InitialBytes);
        _entries = ArrayPool<Entry>.Shared.Rent(MaxEvents);
    }

    public int Count { get; private set; }

    /// <summary>Whether the chunk should be handed over now rather than take another event.</summary>
    public bool IsFull => Count == MaxEvents || _used >= TargetBytes;

    /// <summary>The raw event, as received (without its line terminator or frame header).</summary>
    public ReadOnlySpan<byte> this[int index] => _data.AsSpan(_entries[index].Start, _entries[index].Length);

    /// <summary>The event's line in its HTTP batch or its frame number on its syslog connection, 1-based.</summary>
    public long NumberOf(int index) => _entries[index].Number;

    /// <summary>A failure known before parsing (an oversized or cut syslog frame); a successful result means "parse it".</summary>
    public ParseResult KnownFailureOf(int index) => _entries[index].KnownFailure;

    /// <param name="knownFailure">Set for an event already known to fail; by default the event is parsed.</param>
    public void Add(ReadOnlySequence<byte> message, long number, ParseResult knownFailure = default)
    {
        if (Count == MaxEvents)
        {
            throw new InvalidOperationException("The chunk is full; hand it over before adding more events.");
        }

        var length = checked((int)message.Length);
        if (_data.Length - _used < length)
        {
            Grow(length);
        }

        message.CopyTo(_data.AsSpan(_used));
        _entries[Count++] = new Entry(_used, length, number, knownFailure);
        _used += length;
    }

    /// <summary>Adds an event that is over its size limit: only <paramref name="head"/> is kept, and it fails as too large.</summary>
    public void AddTooLarge(ReadOnlySpan<byte> head, long length, string sha256, long limit, long number)
    {
        var detail = string.Create(CultureInfo.InvariantCulture,
            $"{length} bytes, over the limit of {limit}; sha256 {sha256}; first {head.Length} bytes kept");
        Add(new ReadOnlySequence<byte>(head.ToArray()), number, ParseResult.Failed(ParseFailure.TooLarge, detail));
    }

    public void Dispose()
    {
        if (_entries.Length == 0)
        {
            return;
        }

        // Entries may hold failure details (strings): cleared so the pool does not keep them alive.
        ArrayPool<Entry>.Shared.Return(_entries, clearArray: true);
        ArrayPool<byte>.Shared.Return(_data);
        _entries = [];
        _data = [];
    }

    private void Grow(int needed)
    {
        var larger = ArrayPool<byte>.Shared.Rent(Math.Max(checked(_used + needed), _data.Length * 2));
        _data.AsSpan(0, _used).CopyTo(larger);
        ArrayPool<byte>.Shared.Return(_data);
        _data = larger;
    }

    private readonly record struct Entry(int Start, int Length, long Number, ParseResult KnownFailure);
}
