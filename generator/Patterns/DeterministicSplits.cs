using System.Linq;
using System.Text;
using EcsForge.Generator.Model;

namespace EcsForge.Generator.Patterns;

/// <summary>
/// Finds the splits whose two ways on cannot both match from one position: every first byte of one is outside the
/// other's, and at most one of them can end the text. The next byte then decides, and the way not taken could only
/// fail, so it need not be kept for backtracking (nor the captures saved after it): the segment loop of
/// <c>URIPATH</c> (<c>/</c> goes on, <c>?</c> or a space leaves), an optional <c>:port</c> before a space.
/// </summary>
internal static class DeterministicSplits
{
    public static EquatableArray<PatternInstruction> Mark(EquatableArray<PatternInstruction> program)
    {
        var marked = program.ToList();
        for (var pc = 0; pc < marked.Count; pc++)
        {
            var split = marked[pc];
            if (split.Op != PatternOp.Split
                || ProgramAnalysis.FirstBytes(program, split.Target, out var targetAtEnd) is not { } target
                || ProgramAnalysis.FirstBytes(program, split.Alternative, out var alternativeAtEnd) is not { } alternative
                || targetAtEnd && alternativeAtEnd
                || Enumerable.Range(0, 256).Any(value => target[value] && alternative[value]))
            {
                continue;
            }

            marked[pc] = split with { DecidedByNextByte = true, Text = Ranges(target), TargetAtEnd = targetAtEnd };
        }

        return marked.ToEquatableArray();
    }

    /// <summary>The set bytes as ranges: pairs of low and high bytes, one char each.</summary>
    private static string Ranges(bool[] bytes)
    {
        var ranges = new StringBuilder();
        for (var value = 0; value < bytes.Length; value++)
        {
            if (!bytes[value] || value > 0 && bytes[value - 1])
            {
                continue;
            }

            var high = value;
            while (high + 1 < bytes.Length && bytes[high + 1])
            {
                high++;
            }

            ranges.Append((char)value).Append((char)high);
        }

        return ranges.ToString();
    }
}
