using System;

namespace EcsForge.Pipelines;

/// <summary>
/// Per-session storage of the values one event computes: string characters and list/dict containers. Reset per
/// event; its arrays grow once and are then reused, so steady state allocates nothing.
/// </summary>
public sealed partial class ValueArena
{
    private const int RetainedCharacters = 1 << 20;
    private const int RetainedItems = 1 << 16;

    private char[] _chars = new char[4096];
    private int _charCount;

    private Container[] _containers = new Container[64];
    private int _containerCount;

    private Value[] _items = new Value[256];
    private Value[] _keys = new Value[256];
    private int _itemCount;

    private struct Container
    {
        public int Start;
        public int Count;
        public int Capacity;
    }

    public void Reset()
    {
        _charCount = 0;
        _containerCount = 0;
        _itemCount = 0;
        if (_chars.Length > RetainedCharacters)
        {
            // One huge event must not pin a huge buffer for the life of the session.
            _chars = new char[4096];
        }

        if (_items.Length > RetainedItems)
        {
            _items = new Value[256];
            _keys = new Value[256];
        }
    }

    // ---- strings ----

    public ReadOnlySpan<char> Text(scoped in Value value)
        => value.Constant is { } constant
            ? constant.AsSpan(value.Start, value.Length)
            : _chars.AsSpan(value.Start, value.Length);

    public Value String(ReadOnlySpan<char> text)
    {
        var start = _charCount;
        text.CopyTo(Reserve(text.Length));
        _charCount += text.Length;
        return Value.ArenaString(start, text.Length);
    }

    /// <summary>A string from UTF-8 bytes; invalid sequences become U+FFFD, as Python's <c>errors='replace'</c> does.</summary>
    public Value Utf8String(ReadOnlySpan<byte> utf8)
    {
        var start = _charCount;
        var span = Reserve(utf8.Length);
        var length = System.Text.Encoding.UTF8.GetChars(utf8, span);
        _charCount += length;
        return Value.ArenaString(start, length);
    }

    /// <summary>A slice of a string value, without copying.</summary>
    public static Value Slice(in Value text, int start, int length)
        => text.Constant is { } constant
            ? Value.FromConstant(constant, text.Start + start, length)
            : Value.ArenaString(text.Start + start, length);

    /// <summary>Starts a string built in parts with <see cref="Append(ReadOnlySpan{char})"/>; finish it with <see cref="EndString"/>.</summary>
    public int BeginString() => _charCount;

    public void Append(ReadOnlySpan<char> text)
    {
        text.CopyTo(Reserve(text.Length));
        _charCount += text.Length;
    }

    public void Append(char c)
    {
        Reserve(1)[0] = c;
        _charCount++;
    }

    /// <summary>Space for at most <paramref name="length"/> characters at the end of the string being built; commit with <see cref="Advance"/>.</summary>
    public Span<char> Reserve(int length)
    {
        if (_chars.Length - _charCount < length)
        {
            Array.Resize(ref _chars, Math.Max(_chars.Length * 2, _charCount + length));
        }

        return _chars.AsSpan(_charCount, length);
    }

    public void Advance(int length) => _charCount += length;

    public Value EndString(int start) => Value.ArenaString(start, _charCount - start);

    // ---- containers ----

    public Value NewList(int capacity = 4) => Value.Container(ValueKind.List, NewContainer(capacity));

    public Value NewDict(int capacity = 4) => Value.Container(ValueKind.Dict, NewContainer(capacity));

    public int Count(in Value container) => container.IsContainer ? _containers[container.Start].Count : 0;

    public Value Item(in Value container, int index) => _items[_containers[container.Start].Start + index];

    public Value Key(in Value dict, int index) => _keys[_containers[dict.Start].Start + index];

    public void Append(in Value list, in Value item) => Add(list.Start, default, item);

    /// <summary>Sets a dict member, replacing the value of an existing key as Python does.</summary>
    public void SetMember(in Value dict, in Value key, in Value item)
    {
        var index = IndexOfKey(dict, Text(key));
        if (index >= 0)
        {
            _items[_containers[dict.Start].Start + index] = item;
            return;
        }

        Add(dict.Start, key, item);
    }

    /// <summary>Adds a member known not to be there yet (a parser's output, whose duplicate keys keep the last value on lookup).</summary>
    public void AddMember(in Value dict, in Value key, in Value item) => Add(dict.Start, key, item);

    /// <summary>The value of a dict's key, or absent. Later duplicates win, as in a parsed JSON object.</summary>
    public Value Member(in Value dict, ReadOnlySpan<char> key)
    {
        if (dict.Kind != ValueKind.Dict)
        {
            return Value.Absent;
        }

        var index = IndexOfKey(dict, key);
        return index < 0 ? Value.Absent : _items[_containers[dict.Start].Start + index];
    }

    public int IndexOfKey(in Value dict, ReadOnlySpan<char> key)
    {
        ref readonly var container = ref _containers[dict.Start];
        for (var i = container.Count - 1; i >= 0; i--)
        {
            if (Text(_keys[container.Start + i]).SequenceEqual(key))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>Removes a dict key (Python's <c>pop</c>); false when it was not there.</summary>
    public bool RemoveMember(in Value dict, ReadOnlySpan<char> key)
    {
        var index = IndexOfKey(dict, key);
        if (index < 0)
        {
            return false;
        }

        ref var container = ref _containers[dict.Start];
        var from = container.Start + index + 1;
        var count = container.Count - index - 1;
        Array.Copy(_items, from, _items, from - 1, count);
        Array.Copy(_keys, from, _keys, from - 1, count);
        container.Count--;
        return true;
    }

    private int NewContainer(int capacity)
    {
        if (_containerCount == _containers.Length)
        {
            Array.Resize(ref _containers, _containers.Length * 2);
        }

        capacity = Math.Max(capacity, 1);
        EnsureItems(capacity);
        _containers[_containerCount] = new Container { Start = _itemCount, Count = 0, Capacity = capacity };
        _itemCount += capacity;
        return _containerCount++;
    }

    private void Add(int containerIndex, in Value key, in Value item)
    {
        ref var container = ref _containers[containerIndex];
        if (container.Count == container.Capacity)
        {
            // Full: move it to the end with twice the room (amortized linear; the old slots are left unused).
            var capacity = container.Capacity * 2;
            EnsureItems(capacity);
            container = ref _containers[containerIndex];
            Array.Copy(_items, container.Start, _items, _itemCount, container.Count);
            Array.Copy(_keys, container.Start, _keys, _itemCount, container.Count);
            container.Start = _itemCount;
            container.Capacity = capacity;
            _itemCount += capacity;
        }

        _items[container.Start + container.Count] = item;
        _keys[container.Start + container.Count] = key;
        container.Count++;
    }

    private void EnsureItems(int more)
    {
        if (_items.Length - _itemCount < more)
        {
            var size = Math.Max(_items.Length * 2, _itemCount + more);
            Array.Resize(ref _items, size);
            Array.Resize(ref _keys, size);
        }
    }
}
