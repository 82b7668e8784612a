using System;
using System.Threading;

namespace EcsForge.UserAgents;

/// <summary>
/// A bounded, lock-free cache of parsed user agents: 4-way set-associative, with a second-chance bit per entry, so
/// recently used strings stay and a burst of new ones cannot grow memory. Entries are immutable and published with
/// a single reference write, so readers on other threads see either the old or the new entry, never a torn one.
/// </summary>
internal sealed class UserAgentCache
{
    private const int Ways = 4;

    private readonly Entry?[] _entries;
    private readonly int _setMask;

    public UserAgentCache(int capacity)
    {
        var sets = 1;
        while (sets * Ways < capacity)
        {
            sets <<= 1;
        }

        _entries = new Entry?[sets * Ways];
        _setMask = sets - 1;
    }

    public int Capacity => _entries.Length;

    public int Count
    {
        get
        {
            var count = 0;
            foreach (var entry in _entries)
            {
                count += entry is null ? 0 : 1;
            }

            return count;
        }
    }

    public static int Hash(ReadOnlySpan<byte> key)
    {
        var hash = new HashCode();
        hash.AddBytes(key);
        return hash.ToHashCode();
    }

    public bool TryGet(ReadOnlySpan<byte> key, int hash, out UserAgentDetails details)
    {
        var first = (hash & _setMask) * Ways;
        for (var way = first; way < first + Ways; way++)
        {
            var entry = Volatile.Read(ref _entries[way]);
            if (entry is not null && entry.Hash == hash && key.SequenceEqual(entry.Key))
            {
                entry.RecentlyUsed = true;
                details = entry.Details;
                return true;
            }
        }

        details = null!;
        return false;
    }

    public void Add(ReadOnlySpan<byte> key, int hash, UserAgentDetails details)
    {
        var first = (hash & _setMask) * Ways;
        var victim = first;
        for (var way = first; way < first + Ways; way++)
        {
            var entry = Volatile.Read(ref _entries[way]);
            if (entry is null || !entry.RecentlyUsed)
            {
                victim = way;
                break;
            }

            // Second chance: passed over once, evicted next time unless used again meanwhile.
            entry.RecentlyUsed = false;
        }

        Volatile.Write(ref _entries[victim], new Entry(key.ToArray(), hash, details));
    }

    private sealed class Entry
    {
        public Entry(byte[] key, int hash, UserAgentDetails details)
        {
            Key = key;
            Hash = hash;
            Details = details;
        }

        public byte[] Key { get; }

        public int Hash { get; }

        public UserAgentDetails Details { get; }

        // A benign race: a lost update only changes which entry is evicted first.
        public bool RecentlyUsed { get; set; }
    }
}
