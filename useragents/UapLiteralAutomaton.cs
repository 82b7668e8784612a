using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;

namespace EcsForge.UserAgents;

/// <summary>
/// Finds which of many texts occur in a UTF-8 string in one pass (Aho-Corasick, as a full transition table over byte
/// classes). Texts are entered ASCII-case-folded: one compared ignoring case is found when the folded input matches;
/// a case-sensitive one is then checked byte for byte where it ends. The cost of a scan is one table read per byte
/// plus one step per text found, whatever the number of texts.
/// </summary>
internal sealed class UapLiteralAutomaton
{
    private readonly byte[][] _texts;
    private readonly bool[] _ignoreCase;

    /// <summary>Input byte to its class: bytes no text holds share class 0; ASCII letters share their case's class.</summary>
    private readonly byte[] _classOf = new byte[256];
    private readonly int _classes;

    /// <summary>The next state of state <c>s</c> on class <c>c</c>, at <c>s * _classes + c</c>.</summary>
    private readonly int[] _next;

    /// <summary>The texts ending at state <c>s</c> (its own and its suffixes'): <c>_found[_foundStart[s].._foundStart[s + 1]]</c>.</summary>
    private readonly int[] _foundStart;
    private readonly int[] _found;

    public UapLiteralAutomaton(IReadOnlyList<(byte[] Text, bool IgnoreCase)> texts)
    {
        _texts = new byte[texts.Count][];
        _ignoreCase = new bool[texts.Count];
        var classes = 1;
        for (var i = 0; i < texts.Count; i++)
        {
            _texts[i] = texts[i].Text;
            _ignoreCase[i] = texts[i].IgnoreCase;
            foreach (var value in texts[i].Text)
            {
                var folded = Fold(value);
                if (_classOf[folded] == 0)
                {
                    _classOf[folded] = checked((byte)classes++);
                }
            }
        }

        for (var value = 'A'; value <= 'Z'; value++)
        {
            _classOf[value] = _classOf[value + 32];
        }

        _classes = classes;
        var trie = BuildTrie(out var ends);
        (_next, _foundStart, _found) = Link(trie, ends);
    }

    /// <summary>How many texts the automaton finds; <see cref="Find"/> sets bit <c>i</c> of its set for text <c>i</c>.</summary>
    public int Count => _texts.Length;

    /// <summary>Words of a found set: one bit per text.</summary>
    public int Words => (_texts.Length + 63) / 64;

    /// <summary>Sets in <paramref name="found"/> the bit of every text that occurs in <paramref name="text"/> (others stay as they are).</summary>
    public void Find(ReadOnlySpan<byte> text, Span<ulong> found)
    {
        var next = _next;
        var classOf = _classOf;
        var foundStart = _foundStart;
        var state = 0;
        for (var position = 0; position < text.Length; position++)
        {
            state = next[(state * _classes) + classOf[text[position]]];
            if (foundStart[state] != foundStart[state + 1])
            {
                Report(text, position, foundStart[state], foundStart[state + 1], found);
            }
        }
    }

    /// <summary>True when <paramref name="found"/> holds text <paramref name="index"/>.</summary>
    public static bool Has(ReadOnlySpan<ulong> found, int index) => (found[index >> 6] & (1UL << index)) != 0;

    private void Report(ReadOnlySpan<byte> text, int last, int first, int end, Span<ulong> found)
    {
        for (var i = first; i < end; i++)
        {
            var index = _found[i];
            if (Has(found, index))
            {
                continue;
            }

            var candidate = _texts[index];
            if (_ignoreCase[index] || text.Slice(last + 1 - candidate.Length, candidate.Length).SequenceEqual(candidate))
            {
                found[index >> 6] |= 1UL << index;
            }
        }
    }

    private static byte Fold(byte value) => value is >= (byte)'A' and <= (byte)'Z' ? (byte)(value + 32) : value;

    /// <summary>
    /// The trie of the folded texts, in a table sized for the worst case (a node per byte): child of node <c>n</c> on
    /// class <c>c</c> at <c>n * _classes + c</c> (-1: none); <paramref name="ends"/> has one entry per node used.
    /// </summary>
    // Runs once, over hundreds of thousands of entries: compiled optimized at once rather than first as tier-0 code.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private int[] BuildTrie(out List<List<int>> ends)
    {
        var nodes = 1;
        foreach (var text in _texts)
        {
            nodes += text.Length;
        }

        var trie = new int[nodes * _classes];
        Array.Fill(trie, -1);
        ends = new List<List<int>> { new() };
        for (var index = 0; index < _texts.Length; index++)
        {
            var node = 0;
            foreach (var value in _texts[index])
            {
                var slot = (node * _classes) + _classOf[value];
                if (trie[slot] < 0)
                {
                    trie[slot] = ends.Count;
                    ends.Add(new List<int>());
                }

                node = trie[slot];
            }

            ends[node].Add(index);
        }

        return trie;
    }

    /// <summary>
    /// Turns the trie into a full transition table, breadth first: a missing child goes where the longest proper suffix
    /// of the node's text would go, and each node also reports the texts its suffixes end.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private (int[] Next, int[] FoundStart, int[] Found) Link(int[] trie, List<List<int>> ends)
    {
        var states = ends.Count;
        var next = trie.AsSpan(0, states * _classes).ToArray();
        var suffix = new int[states];
        var found = new List<int>[states];
        found[0] = ends[0];
        var queue = new Queue<int>();
        for (var c = 0; c < _classes; c++)
        {
            if (next[c] < 0)
            {
                next[c] = 0;
            }
            else
            {
                suffix[next[c]] = 0;
                queue.Enqueue(next[c]);
            }
        }

        while (queue.Count > 0)
        {
            var node = queue.Dequeue();
            found[node] = new List<int>(ends[node]);
            found[node].AddRange(found[suffix[node]]);
            for (var c = 0; c < _classes; c++)
            {
                var child = next[(node * _classes) + c];
                var fallback = next[(suffix[node] * _classes) + c];
                if (child < 0)
                {
                    next[(node * _classes) + c] = fallback;
                }
                else
                {
                    suffix[child] = fallback;
                    queue.Enqueue(child);
                }
            }
        }

        var (foundStart, flat) = FlatLists.Flatten(found);
        return (next, foundStart, flat);
    }
}
