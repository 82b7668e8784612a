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
    /// Whether what runs from <paramref name="index"/> on (past captures and jumps) is the end of the text or a literal
    /// starting with a byte no IP address contains: then only the longest run of address characters can be followed.
    /// </summary>
    public static bool FollowedByNonAddressByte(EquatableArray<PatternInstruction> program, int index)
    {
        for (var steps = 0; index < program.Count && steps < program.Count; steps++)
        {
            var instruction = program[index];
            switch (instruction.Op)
            {
                case PatternOp.Save:
                    index++;
                    continue;
                case PatternOp.Jump:
                    index = instruction.Target;
                    continue;
                case PatternOp.End:
                    return true;
                case PatternOp.Literal or PatternOp.LiteralIgnoreCase:
                    return instruction.Text.Length > 0 && !IsAddressCharacter(instruction.Text[0]);
                default:
                    return false;
            }
        }

        return false;
    }

    private static bool IsAddressCharacter(char value)
        => value is (>= '0' and <= '9') or (>= 'a' and <= 'f') or (>= 'A' and <= 'F') or ':' or '.';

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
