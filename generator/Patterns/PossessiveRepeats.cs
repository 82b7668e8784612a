using System.Collections.Generic;
using System.Linq;
using EcsForge.Generator.Model;

namespace EcsForge.Generator.Patterns;

/// <summary>
/// Finds the greedy repeats of one character class after which no shorter run can lead to a match: every way the
/// program goes on starts with a byte outside the class, or ends the text, so at any shorter end (followed by a byte of
/// the class) it fails. Such a repeat need not keep its shorter ends for backtracking, which the engines call
/// auto-possessification: <c>[a-z0-9._-]+'</c>, a host label before <c>.</c> or <c>'</c>, a path segment before <c>/</c>.
/// </summary>
internal static class PossessiveRepeats
{
    public static EquatableArray<PatternInstruction> Mark(EquatableArray<PatternInstruction> program)
    {
        var marked = program.ToList();
        for (var pc = 0; pc < marked.Count; pc++)
        {
            var instruction = marked[pc];
            if (instruction.Op != PatternOp.RepeatClass || instruction.Lazy)
            {
                continue;
            }

            var following = FirstBytes(program, pc + 1);
            if (following is not null && !following.Where((possible, value) => possible && InClass(instruction, value)).Any())
            {
                marked[pc] = instruction with { Possessive = true };
            }
        }

        return marked.ToEquatableArray();
    }

    /// <summary>The bytes a match can go on with from <paramref name="start"/>; null when any byte could (or it cannot tell).</summary>
    private static bool[]? FirstBytes(EquatableArray<PatternInstruction> program, int start)
    {
        var bytes = new bool[256];
        var seen = new HashSet<int>();
        var pending = new Stack<int>();
        pending.Push(start);
        while (pending.Count > 0)
        {
            var pc = pending.Pop();
            if (pc >= program.Count || !seen.Add(pc))
            {
                continue;
            }

            var instruction = program[pc];
            switch (instruction.Op)
            {
                case PatternOp.Save or PatternOp.Guard or PatternOp.WordBoundary or PatternOp.Begin:
                    pending.Push(pc + 1);
                    break;
                case PatternOp.Jump:
                    pending.Push(instruction.Target);
                    break;
                case PatternOp.Split:
                    pending.Push(instruction.Target);
                    pending.Push(instruction.Alternative);
                    break;
                case PatternOp.End:
                    // At a shorter end the text goes on, so the end of the text is no way on.
                    break;
                case PatternOp.Literal when instruction.Text.Length > 0:
                    AddFirstByte(bytes, instruction.Text[0]);
                    break;
                case PatternOp.LiteralIgnoreCase when instruction.Text.Length > 0:
                    AddFirstByte(bytes, char.ToLowerInvariant(instruction.Text[0]));
                    AddFirstByte(bytes, char.ToUpperInvariant(instruction.Text[0]));
                    break;
                case PatternOp.Class:
                case PatternOp.RepeatClass:
                    for (var value = 0; value < 256; value++)
                    {
                        bytes[value] |= InClass(instruction, value);
                    }

                    if (instruction.Op == PatternOp.RepeatClass && instruction.Target == 0)
                    {
                        pending.Push(pc + 1);
                    }

                    break;
                default:
                    // Any character, a token, a literal set, a search, the match itself: any byte may follow.
                    return null;
            }
        }

        return bytes;
    }

    /// <summary>Whether a byte can start a character the class instruction accepts (non-ASCII lead bytes only when negated).</summary>
    private static bool InClass(PatternInstruction instruction, int value)
    {
        var inRanges = false;
        for (var i = 0; i + 1 < instruction.Text.Length; i += 2)
        {
            inRanges |= value >= instruction.Text[i] && value <= instruction.Text[i + 1];
        }

        return instruction.Negated ? !inRanges : inRanges;
    }

    private static void AddFirstByte(bool[] bytes, char first)
    {
        if (first < 128)
        {
            bytes[first] = true;
            return;
        }

        // A non-ASCII character starts with a lead byte: any of them, to stay on the safe side.
        for (var value = 0x80; value < 256; value++)
        {
            bytes[value] = true;
        }
    }
}
