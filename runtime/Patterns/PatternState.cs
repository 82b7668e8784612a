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

    private ulong[] _memo = new ulong[64];
    private int[] _stack = new int[256];
    private int _stackDepth;
    private int _positions;

    /// <summary>Branch points explored by the last match: at most branches x (length + 1), which tests assert.</summary>
    public long Explored { get; private set; }

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
            _stack = new int[256];
        }

        _stackDepth = 0;
        Explored = 0;
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
        Explored++;
        return true;
    }

    /// <summary>Remembers an alternative to resume from if the current path fails.</summary>
    public void PushAlternative(int resume, int position)
    {
        Push(resume, position);
    }

    /// <summary>Sets a capture slot, remembering its previous value for backtracking.</summary>
    public void Save(Span<int> slots, int slot, int position)
    {
        Push(-1 - slot, slots[slot]);
        slots[slot] = position;
    }

    /// <summary>Undoes captures back to the latest alternative and resumes there; false when none is left.</summary>
    public bool TryBacktrack(Span<int> slots, out int resume, out int position)
    {
        while (_stackDepth > 0)
        {
            _stackDepth -= 2;
            var target = _stack[_stackDepth];
            var value = _stack[_stackDepth + 1];
            if (target >= 0)
            {
                resume = target;
                position = value;
                return true;
            }

            slots[-1 - target] = value;
        }

        resume = 0;
        position = 0;
        return false;
    }

    private void Push(int first, int second)
    {
        if (_stackDepth + 2 > _stack.Length)
        {
            Array.Resize(ref _stack, _stack.Length * 2);
        }

        _stack[_stackDepth] = first;
        _stack[_stackDepth + 1] = second;
        _stackDepth += 2;
    }
}
