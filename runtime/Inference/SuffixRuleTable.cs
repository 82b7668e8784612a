using System;
using System.Collections.Generic;
using System.Numerics;
using System.Text;

namespace EcsForge.Inference;

/// <summary>
/// Read-only open-addressing hash table from a suffix's UTF-8 bytes to its <see cref="RuleKind"/>, matching ASCII
/// case-insensitively. The hash runs from the last byte backwards so a caller walking a host from its last label can
/// extend one running hash per label instead of rehashing every longer suffix, and working on bytes means non-ASCII
/// labels need no decoding: lookups allocate nothing.
/// </summary>
internal sealed class SuffixRuleTable
{
    /// <summary>The hash of the empty suffix (the FNV-1a offset basis).</summary>
    public const uint EmptyHash = 2166136261;

    private readonly byte[] _keys;    // every key's lowercase bytes, back to back
    private readonly Entry[] _entries;
    private readonly int[] _slots;    // entry index + 1, so the default 0 marks a free slot
    private readonly int _shift;

    public SuffixRuleTable(IReadOnlyCollection<KeyValuePair<string, RuleKind>> rules)
    {
        // A power-of-two table at most half full keeps linear probe chains short.
        int bits = Math.Max(4, BitOperations.Log2((uint)Math.Max(rules.Count, 1)) + 2);
        _slots = new int[1 << bits];
        _shift = 32 - bits;
        _entries = new Entry[rules.Count];

        int totalBytes = 0;
        foreach (KeyValuePair<string, RuleKind> rule in rules)
        {
            totalBytes += Encoding.UTF8.GetByteCount(rule.Key);
        }

        _keys = new byte[totalBytes];
        int offset = 0;
        int index = 0;
        foreach ((string suffix, RuleKind kind) in rules)
        {
            Span<byte> key = _keys.AsSpan(offset, Encoding.UTF8.GetBytes(suffix, _keys.AsSpan(offset)));
            uint hash = EmptyHash;
            for (int i = key.Length - 1; i >= 0; i--)
            {
                key[i] = ToLowerAscii(key[i]);
                hash = Prepend(hash, key[i]);
            }

            _entries[index] = new Entry(offset, key.Length, hash, kind);
            int slot = SlotOf(hash);
            while (_slots[slot] != 0)
            {
                slot = (slot + 1) & (_slots.Length - 1);
            }

            _slots[slot] = index + 1;
            offset += key.Length;
            index++;
        }
    }

    /// <summary>Extends the hash of a suffix to the suffix one byte longer on the left.</summary>
    public static uint Prepend(uint hash, byte value) => (hash ^ ToLowerAscii(value)) * 16777619;

    /// <summary>Looks up <paramref name="suffix"/>, whose hash the caller built with <see cref="Prepend"/>.</summary>
    public bool TryGetKind(ReadOnlySpan<byte> suffix, uint hash, out RuleKind kind)
    {
        for (int slot = SlotOf(hash); ; slot = (slot + 1) & (_slots.Length - 1))
        {
            int index = _slots[slot] - 1;
            if (index < 0)
            {
                kind = RuleKind.None;
                return false;
            }

            Entry entry = _entries[index];
            if (entry.Hash == hash && EqualsLowercase(suffix, _keys.AsSpan(entry.Offset, entry.Length)))
            {
                kind = entry.Kind;
                return true;
            }
        }
    }

    // Fibonacci hashing takes the well-mixed high bits of the product; FNV's low bits alone cluster.
    private int SlotOf(uint hash) => (int)((hash * 0x9E3779B9u) >> _shift);

    private static bool EqualsLowercase(ReadOnlySpan<byte> text, ReadOnlySpan<byte> lowercaseKey)
    {
        if (text.Length != lowercaseKey.Length)
        {
            return false;
        }

        for (int i = 0; i < text.Length; i++)
        {
            if (ToLowerAscii(text[i]) != lowercaseKey[i])
            {
                return false;
            }
        }

        return true;
    }

    // Only ASCII letters fold: UTF-8 continuation and lead bytes are all >= 0x80 and stay untouched.
    private static byte ToLowerAscii(byte value) => (uint)(value - 'A') <= 'Z' - 'A' ? (byte)(value | 0x20) : value;

    private readonly record struct Entry(int Offset, int Length, uint Hash, RuleKind Kind);
}
