using System.Collections.Generic;
using System.Linq;
using EcsForge.Generator.Model;

namespace EcsForge.Generator.Patterns;

/// <summary>
/// What <see cref="ProgramEmitter"/> reads off a program before emitting it: where <c>case</c>s start, which instructions
/// need a block, and the loop shapes its peepholes replace.
/// </summary>
internal static class ProgramAnalysis
{
    /// <summary>
    /// The instructions that start a <c>case</c>: the entry, and every place a jump or a backtracking entry resumes at.
    /// The others run straight on from the instruction before them, with no dispatch.
    /// </summary>
    public static bool[] Leaders(EquatableArray<PatternInstruction> program)
    {
        var leaders = new bool[program.Count + 1];
        leaders[0] = true;
        for (var pc = 0; pc < program.Count; pc++)
        {
            var instruction = program[pc];
            switch (instruction.Op)
            {
                case PatternOp.Split:
                    // A peephole may end the split's block (.* to the end), leaving the loop body to start its own.
                    leaders[instruction.Target] |= instruction.Target != pc + 1 || LoopsOverAny(program, pc, out _, out _);
                    leaders[instruction.Alternative] = true;
                    break;
                case PatternOp.Jump:
                    leaders[instruction.Target] |= instruction.Target != pc + 1;
                    break;
                case PatternOp.LiteralSet:
                    // Backtracking resumes a set at its next choice.
                    leaders[pc] = true;
                    break;
                case PatternOp.Token:
                case PatternOp.RepeatAny:
                case PatternOp.RepeatClass:
                    leaders[pc + 1] = true;
                    break;
            }
        }

        return leaders;
    }

    /// <summary>Whether the instruction's code declares locals, and so needs a block of its own.</summary>
    public static bool DeclaresLocals(EquatableArray<PatternInstruction> program, int pc) => program[pc].Op switch
    {
        PatternOp.Token or PatternOp.RepeatAny or PatternOp.RepeatClass or PatternOp.LiteralSet or PatternOp.SearchBytes or PatternOp.SearchTexts => true,
        PatternOp.Search => program[pc].Text.Length > 0,
        PatternOp.Split => LoopsOverAny(program, pc, out _, out _),
        _ => false,
    };

    /// <summary>True for the loop of <c>.*</c> or <c>.*?</c>: a split between one <c>Any</c> that jumps back and an exit.</summary>
    public static bool LoopsOverAny(EquatableArray<PatternInstruction> program, int splitIndex, out bool lazy, out int exit)
    {
        var split = program[splitIndex];
        lazy = split.Target > split.Alternative;
        var body = lazy ? split.Alternative : split.Target;
        exit = lazy ? split.Target : split.Alternative;
        return body + 1 < program.Count
            && program[body].Op == PatternOp.Any
            && program[body + 1].Op == PatternOp.Jump
            && program[body + 1].Target == splitIndex;
    }

    /// <summary>
    /// Whether every way on from <paramref name="index"/> starts with a byte no IP address contains, or ends the text:
    /// then only the longest run of address characters can be followed.
    /// </summary>
    public static bool FollowedByNonAddressByte(EquatableArray<PatternInstruction> program, int index)
        => FollowingBytes(program, index) is { } following && !following.Where((possible, value) => possible && IsAddressByte(value)).Any();

    private static bool IsAddressByte(int value)
        => value is (>= '0' and <= '9') or (>= 'a' and <= 'f') or (>= 'A' and <= 'F') or ':' or '.';

    /// <summary>
    /// The bytes a match can go on with from <paramref name="start"/> where the text goes on (as at a shorter end of a
    /// repeat, so reaching the end of the text is no way on); null when any byte could (or it cannot tell).
    /// </summary>
    public static bool[]? FollowingBytes(EquatableArray<PatternInstruction> program, int start) => FirstBytes(program, start, out _);

    /// <summary>
    /// The bytes the way on from <paramref name="start"/> can consume first; null when any byte could (or it cannot
    /// tell). <paramref name="reachesEnd"/> tells whether it can also reach the end of the text without consuming.
    /// </summary>
    public static bool[]? FirstBytes(EquatableArray<PatternInstruction> program, int start, out bool reachesEnd)
    {
        reachesEnd = false;
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
                    reachesEnd = true;
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
    public static bool InClass(PatternInstruction instruction, int value)
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

    /// <summary>The first instruction from <paramref name="index"/> that consumes or tests text (captures do not).</summary>
    public static int FirstConsuming(EquatableArray<PatternInstruction> program, int index)
    {
        while (index < program.Count && program[index].Op == PatternOp.Save)
        {
            index++;
        }

        return index;
    }
}
