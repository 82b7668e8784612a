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

            var following = ProgramAnalysis.FollowingBytes(program, pc + 1);
            if (following is not null && !following.Where((possible, value) => possible && ProgramAnalysis.InClass(instruction, value)).Any())
            {
                marked[pc] = instruction with { Possessive = true };
            }
        }

        return marked.ToEquatableArray();
    }
}
