using System;

namespace EcsForge.Patterns;

/// <summary>
/// Reusable state of the compiled pattern matchers of one session: a backtracking stack and a memo of explored
/// (branch, position) states. The memo is what bounds matching time: each branch is explored at most once per input
/// position, so a match costs O(branches x input length) however pathological the input (no catastrophic backtracking).
/// Buffers grow once and are reused, so matching allocates nothing in steady state.
/// </summary>
public sealed class PatternState
{
    private const int RetainedMaximum = 1 << 20;
    private const int EntrySize = 4;

    private ulong[] _memo = new ulong[64];
    private int[] _stack = new int[512];
    private int _stackDepth;
    private int _choice;
    private char[] _latin1 = new char[256];
    private int _latin1Length;
    private int _positions;
    private int _memoWords;

    /// <summary>
    /// Branch points explored by the last match: at most branches x (length + 1), which tests assert. Counted from the
    /// memo when asked, so that marking a branch point costs no counter update.
    /// </summary>
    public long Explored
    {
        get
        {
            long explored = 0;
            foreach (var word in _memo.AsSpan(0, _memoWords))
            {
                explored += System.Numerics.BitOperations.PopCount(word);
            }

            return explored;
        }
    }

    /// <summary>Prepares for one match of a program with <paramref name="branches"/> memoized branch points.</summary>
    public void Begin(int branches, int textLength)
    {
        _positions = textLength + 1;
        var words = (int)(((long)branches * _positions + 63) / 64);
        if (_memo.Length < words)
        {
            _memo = new ulong[words];
        }
        else if (_memo.Length > RetainedMaximum && words < RetainedMaximum)
        {
            // One huge message must not pin a huge memo for the life of the session.
            _memo = new ulong[Math.Max(words, 64)];
        }
        else
        {
            Array.Clear(_memo, 0, words);
        }

        if (_stack.Length > RetainedMaximum)
        {
            _stack = new int[512];
        }

        _memoWords = words;
        _stackDepth = 0;
        _choice = 0;
    }

    /// <summary>Marks a branch point as explored at a position; false when it already was (and so cannot lead to a match).</summary>
    public bool FirstVisit(int branch, int position)
    {
        var bit = (long)branch * _positions + position;
        ref var word = ref _memo[bit >> 6];
        var mask = 1UL << (int)(bit & 63);
        if ((word & mask) != 0)
        {
            return false;
        }

        word |= mask;
        return true;
    }

    /// <summary>
    /// Marks the positions a greedy repeat of one character class reached, from <paramref name="from"/> (where it began)
    /// to <paramref name="to"/> (where its class stopped matching), as a memoized split per character would have marked
    /// them one by one, and returns where the repeat ends: <paramref name="to"/>, or before the first position some
    /// earlier path already marked, since what follows from there was explored; -1 when <paramref name="from"/> was.
    /// A word of the memo at a time, rather than a bit per character.
    /// </summary>
    public int ClaimRun(int branch, ReadOnlySpan<byte> text, int from, int to)
    {
        var row = (long)branch * _positions;
        var end = to;
        var visited = FirstMarked(row + from, row + to);
        if (visited >= 0)
        {
            if (visited == row + from)
            {
                return -1;
            }

            end = PreviousBoundary(text, (int)(visited - row));
        }

        Mark(row + from, row + end);
        return end;
    }

    /// <summary>The first set bit of the memo in [<paramref name="first"/>, <paramref name="last"/>], or -1.</summary>
    private long FirstMarked(long first, long last)
    {
        for (var index = first >> 6; index <= last >> 6; index++)
        {
            var word = _memo[index];
            if (index == first >> 6)
            {
                word &= ulong.MaxValue << (int)(first & 63);
            }

            if (index == last >> 6)
            {
                word &= ulong.MaxValue >> (63 - (int)(last & 63));
            }

            if (word != 0)
            {
                return (index << 6) + System.Numerics.BitOperations.TrailingZeroCount(word);
            }
        }

        return -1;
    }

    /// <summary>Sets the memo's bits [<paramref name="first"/>, <paramref name="last"/>].</summary>
    private void Mark(long first, long last)
    {
        for (var index = first >> 6; index <= last >> 6; index++)
        {
            var mask = ulong.MaxValue;
            if (index == first >> 6)
            {
                mask &= ulong.MaxValue << (int)(first & 63);
            }

            if (index == last >> 6)
            {
                mask &= ulong.MaxValue >> (63 - (int)(last & 63));
            }

            _memo[index] |= mask;
        }
    }

    /// <summary>
    /// The text set by <see cref="SetLatin1"/>, one char per byte, so <c>SearchValues&lt;string&gt;</c> can look for
    /// many ASCII texts in one vectorized pass; char indexes are byte positions.
    /// </summary>
    public ReadOnlySpan<char> Latin1 => _latin1.AsSpan(0, _latin1Length);

    /// <summary>Widens a text that several matchers will search, once for all of them.</summary>
    public void SetLatin1(ReadOnlySpan<byte> text)
    {
        if (_latin1.Length < text.Length)
        {
            _latin1 = new char[Math.Max(text.Length, 2 * _latin1.Length)];
        }

        _latin1Length = System.Text.Encoding.Latin1.GetChars(text, _latin1);
    }

    /// <summary>Remembers an alternative to resume from if the current path fails.</summary>
    public void PushAlternative(int resume, int position)
    {
        Push(EntryKind.Alternative, resume, position, 0);
    }

    /// <summary>
    /// Remembers the shorter ends a greedy repeat may backtrack to: the character boundaries below
    /// <paramref name="current"/> down to <paramref name="least"/>, each resumed at <paramref name="resume"/>.
    /// </summary>
    public void PushShorterEnds(int resume, int least, int current)
    {
        Push(EntryKind.ShorterEnds, resume, least, current);
    }

    /// <summary>Remembers the longer ends a lazy repeat may move on to: the character boundaries above <paramref name="current"/> up to <paramref name="most"/>.</summary>
    public void PushLongerEnds(int resume, int current, int most)
    {
        Push(EntryKind.LongerEnds, resume, current, most);
    }

    /// <summary>Remembers that a literal set may resume at <paramref name="position"/> with choice <paramref name="nextChoice"/>.</summary>
    public void PushChoice(int resume, int position, int nextChoice)
    {
        Push(EntryKind.Choice, resume, position, nextChoice);
    }

    /// <summary>The choice a literal set resumes with: 0 when entered afresh, else what backtracking left for it.</summary>
    public int TakeChoice()
    {
        var choice = _choice;
        _choice = 0;
        return choice;
    }

    /// <summary>Sets a capture slot, remembering its previous value for backtracking.</summary>
    public void Save(Span<int> slots, int slot, int position)
    {
        // With nothing to backtrack to, a failure ends the match: the previous value need not be kept.
        if (_stackDepth > 0)
        {
            Push(EntryKind.Capture, slot, slots[slot], 0);
        }

        slots[slot] = position;
    }

    /// <summary>Undoes captures back to the latest alternative and resumes there; false when none is left.</summary>
    public bool TryBacktrack(ReadOnlySpan<byte> text, Span<int> slots, out int resume, out int position)
    {
        while (_stackDepth > 0)
        {
            _stackDepth -= EntrySize;
            var kind = (EntryKind)_stack[_stackDepth];
            var target = _stack[_stackDepth + 1];
            var first = _stack[_stackDepth + 2];
            var second = _stack[_stackDepth + 3];
            switch (kind)
            {
                case EntryKind.Capture:
                    slots[target] = first;
                    continue;
                case EntryKind.Alternative:
                    resume = target;
                    position = first;
                    return true;
                case EntryKind.Choice:
                    _choice = second;
                    resume = target;
                    position = first;
                    return true;
                case EntryKind.ShorterEnds:
                    var shorter = PreviousBoundary(text, second);
                    if (shorter > first)
                    {
                        Push(EntryKind.ShorterEnds, target, first, shorter);
                    }

                    resume = target;
                    position = shorter;
                    return true;
                default:
                    var longer = first + PatternText.CharacterLength(text, first);
                    if (longer < second)
                    {
                        Push(EntryKind.LongerEnds, target, longer, second);
                    }

                    resume = target;
                    position = longer;
                    return true;
            }
        }

        resume = 0;
        position = 0;
        return false;
    }

    /// <summary>The start of the UTF-8 character before <paramref name="position"/> (continuation bytes are 10xxxxxx).</summary>
    private static int PreviousBoundary(ReadOnlySpan<byte> text, int position)
    {
        position--;
        while (position > 0 && (text[position] & 0xC0) == 0x80)
        {
            position--;
        }

        return position;
    }

    private void Push(EntryKind kind, int target, int first, int second)
    {
        if (_stackDepth + EntrySize > _stack.Length)
        {
            Array.Resize(ref _stack, _stack.Length * 2);
        }

        _stack[_stackDepth] = (int)kind;
        _stack[_stackDepth + 1] = target;
        _stack[_stackDepth + 2] = first;
        _stack[_stackDepth + 3] = second;
        _stackDepth += EntrySize;
    }

    /// <summary>What a backtracking entry holds: a resume point, a capture to restore, or the remaining ends of a repeat.</summary>
    private enum EntryKind
    {
        Alternative,
        Capture,
        Choice,
        ShorterEnds,
        LongerEnds,
    }
}
