using System.Linq;
using EcsForge.Generator.Emit;
using EcsForge.Generator.Model;

namespace EcsForge.Generator.Patterns;

/// <summary>
/// Emits a compiled pattern program as a method: a <c>switch</c> over the places execution can resume at (straight-line
/// instructions run on without dispatch) inside a loop, with memoized branch points (matching stays linear in the
/// text) and a few peepholes (<see cref="ProgramAnalysis"/>) that replace character-by-character loops with vectorized
/// searches. Shared by grok patterns and user-agent regexes. Long conditions and tables are written on one line each
/// and wrapped by <see cref="SourceWriter"/>.
/// </summary>
internal static class ProgramEmitter
{
    /// <summary>The summary of a grok matcher's method.</summary>
    public const string WholeTextSummary = "Runs the compiled program over the whole text; memoized branches keep it linear in the text.";

    /// <summary>
    /// Emits <paramref name="signature"/>(text, slots, state) running the program, documented by <paramref name="summary"/>
    /// (XML text), after the static tables it reads; true on a match, with the slots filled.
    /// </summary>
    public static void EmitMethod(SourceWriter writer, string summary, string signature, EquatableArray<PatternInstruction> program, int branches)
    {
        var leaders = ProgramAnalysis.Leaders(program);
        var name = signature.Substring(signature.LastIndexOf(' ') + 1);
        EmitTables(writer, name, program);
        writer.Line($"/// <summary>{summary}</summary>");
        writer.Open($"{signature}({Types.Bytes} text, global::System.Span<int> slots, {Types.PatternState} state)");
        writer.Line($"state.Begin({branches}, text.Length);");
        writer.Line("slots.Fill(-1);");
        writer.Line("var pc = 0;");
        writer.Line("var position = 0;");
        writer.Open("while (true)");
        writer.Open("switch (pc)");
        var inSection = false;
        for (var pc = 0; pc < program.Count; pc++)
        {
            if (leaders[pc])
            {
                // A leader ends the section before it (which never falls through) and opens its own.
                if (inSection)
                {
                    writer.Unindent();
                }

                writer.Line($"case {pc}:");
                writer.Indent();
                inSection = true;
            }

            if (EmitInstruction(writer, name, program, pc) && leaders[pc + 1])
            {
                writer.Line($"goto case {pc + 1};");
            }
        }

        if (inSection)
        {
            writer.Unindent();
        }

        writer.Close();
        writer.Line();
        writer.Line("fail:");
        writer.Open("if (!state.TryBacktrack(text, slots, out pc, out position))");
        writer.Line("return false;");
        writer.Close();
        writer.Close();
        writer.Close();
        writer.Line();
    }

    /// <summary>Emits one instruction (indented under its case); true when control runs on into the next one.</summary>
    private static bool EmitInstruction(SourceWriter writer, string name, EquatableArray<PatternInstruction> program, int pc)
    {
        var instruction = program[pc];
        var next = pc + 1;
        writer.Line($"// {pc}: {Describe(instruction)}");
        // Only instructions declaring locals need a block of their own (switch sections share one scope).
        var scoped = ProgramAnalysis.DeclaresLocals(program, pc);
        if (scoped)
        {
            writer.Open();
        }

        try
        {
            if (instruction.Op == PatternOp.Split && ProgramAnalysis.LoopsOverAny(program, pc, out var lazy, out var exit))
            {
                if (!lazy && program[ProgramAnalysis.FirstConsuming(program, exit)].Op == PatternOp.End)
                {
                    EmitGreedyToEnd(writer, exit);
                    return false;
                }

                var literal = program[ProgramAnalysis.FirstConsuming(program, exit)];
                if (lazy && literal.Op == PatternOp.Literal)
                {
                    EmitLazyUntilLiteral(writer, literal.Text);
                }
            }

            switch (instruction.Op)
            {
                case PatternOp.Literal when instruction.Text.Length == 1 && instruction.Text[0] < 128:
                    Fail(writer, $"position >= text.Length || text[position] != {Byte(instruction.Text[0])}");
                    writer.Line("position++;");
                    return true;
                case PatternOp.Literal:
                    Fail(writer, $"!{Types.MemoryExtensions}.StartsWith(text.Slice(position), {CSharp.Utf8(instruction.Text)})");
                    writer.Line($"position += {CSharp.Utf8Length(instruction.Text)};");
                    return true;
                case PatternOp.LiteralIgnoreCase:
                    Fail(writer, $"!{Types.PatternText}.StartsWithIgnoreCase(text.Slice(position), {CSharp.Utf8(instruction.Text)})");
                    writer.Line($"position += {CSharp.Utf8Length(instruction.Text)};");
                    return true;
                case PatternOp.Any:
                    Fail(writer, "position >= text.Length || text[position] == (byte)'\\n'");
                    writer.Line($"position += {Types.PatternText}.CharacterLength(text, position);");
                    return true;
                case PatternOp.Class:
                    Fail(writer, $"position >= text.Length || {(instruction.Negated ? string.Empty : "!")}({ClassTest(instruction.Text, TableName(name, pc))})");
                    writer.Line(instruction.Negated ? $"position += {Types.PatternText}.CharacterLength(text, position);" : "position++;");
                    return true;
                case PatternOp.Split when instruction.DecidedByNextByte:
                    Fail(writer, $"!state.FirstVisit({instruction.Memo}, position)");
                    var takesTarget = ByteTest(instruction.Text, TableName(name, pc));
                    writer.Line(instruction.TargetAtEnd
                        ? $"if (position < text.Length && !({takesTarget})) goto case {instruction.Alternative};"
                        : $"if (position >= text.Length || !({takesTarget})) goto case {instruction.Alternative};");
                    return GoTo(writer, instruction.Target, next);
                case PatternOp.Split:
                    Fail(writer, $"!state.FirstVisit({instruction.Memo}, position)");
                    writer.Line($"state.PushAlternative({instruction.Alternative}, position);");
                    return GoTo(writer, instruction.Target, next);
                case PatternOp.Jump:
                    return GoTo(writer, instruction.Target, next);
                case PatternOp.Save:
                    writer.Line($"state.Save(slots, {instruction.Target}, position);");
                    return true;
                case PatternOp.Token:
                    Fail(writer, $"!state.FirstVisit({instruction.Memo}, position)");
                    var delimited = ProgramAnalysis.FollowedByNonAddressByte(program, pc + 1) ? ", delimited: true" : string.Empty;
                    writer.Line($"var end = {Types.GrokTokens}.Branch({Types.GrokToken}.{instruction.Text}, text, position, state, {next}{delimited});");
                    Fail(writer, "end < 0");
                    writer.Line("position = end;");
                    return true;
                case PatternOp.Begin:
                    Fail(writer, "position != 0");
                    return true;
                case PatternOp.End:
                    Fail(writer, "position != text.Length");
                    return true;
                case PatternOp.WordBoundary:
                    Fail(writer, $"{(instruction.Negated ? string.Empty : "!")}{Types.PatternText}.IsWordBoundary(text, position)");
                    return true;
                case PatternOp.Search:
                    EmitSearch(writer, instruction, pc);
                    return true;
                case PatternOp.SearchBytes:
                    Fail(writer, "position > text.Length");
                    writer.Line($"var found = {Types.MemoryExtensions}.IndexOfAny(text.Slice(position), {TableName(name, pc)});");
                    Fail(writer, "found < 0");
                    writer.Line("position += found;");
                    writer.Line($"state.PushAlternative({pc}, position + {Types.PatternText}.CharacterLength(text, position));");
                    return true;
                case PatternOp.SearchTexts:
                    Fail(writer, "position > text.Length");
                    writer.Line($"var found = {Types.MemoryExtensions}.IndexOfAny(state.Latin1.Slice(position), {TableName(name, pc)});");
                    Fail(writer, "found < 0");
                    writer.Line("position += found;");
                    writer.Line($"state.PushAlternative({pc}, position + {Types.PatternText}.CharacterLength(text, position));");
                    return true;
                case PatternOp.LiteralSet:
                    writer.Line("var choice = state.TakeChoice();");
                    Fail(writer, $"choice == 0 && !state.FirstVisit({instruction.Memo}, position)");
                    writer.Line($"var chosen = {TableName(name, pc)}.MatchFirst(text.Slice(position), choice);");
                    Fail(writer, "chosen < 0");
                    writer.Line($"state.PushChoice({pc}, position, chosen + 1);");
                    writer.Line($"position += {TableName(name, pc)}.LengthOf(chosen);");
                    return true;
                case PatternOp.RepeatAny:
                case PatternOp.RepeatClass:
                    EmitRepeat(writer, instruction, next, TableName(name, pc));
                    return true;
                case PatternOp.Guard:
                    Fail(writer, $"!state.FirstVisit({instruction.Memo}, position)");
                    return true;
                default:
                    writer.Line("return true;");
                    return false;
            }
        }
        finally
        {
            if (scoped)
            {
                writer.Close();
            }
        }
    }

    /// <summary>Static tables some instructions read: the texts of a literal set, the start bytes of a search.</summary>
    private static void EmitTables(SourceWriter writer, string name, EquatableArray<PatternInstruction> program)
    {
        for (var pc = 0; pc < program.Count; pc++)
        {
            var instruction = program[pc];
            if (instruction.Op == PatternOp.LiteralSet)
            {
                var texts = instruction.Text.Split('\0').Select(text => CSharp.Utf8(text) + ".ToArray()");
                var ignoreCase = instruction.Negated ? "true" : "false";
                writer.Line($"private static readonly global::EcsForge.Patterns.LiteralSet {TableName(name, pc)} = new(new byte[][] {{ {string.Join(", ", texts)} }}, ignoreCase: {ignoreCase});");
            }
            else if (instruction.Op == PatternOp.SearchTexts)
            {
                writer.Line($"private static readonly global::System.Buffers.SearchValues<string> {TableName(name, pc)} = {TextSearch(instruction.Text.Split('\0'), instruction.Negated)};");
            }
            else if (instruction.Op == PatternOp.Split && instruction.DecidedByNextByte && instruction.Text.Length / 2 > MostComparedRanges)
            {
                writer.Line($"private static global::System.ReadOnlySpan<byte> {TableName(name, pc)} => new byte[] {{ {string.Join(", ", Members(instruction.Text, 256))} }};");
            }
            else if (UsesTable(instruction))
            {
                writer.Line($"private static global::System.ReadOnlySpan<byte> {TableName(name, pc)} => new byte[] {{ {string.Join(", ", Members(instruction.Text, 128))} }};");
            }
            else if (instruction.Op == PatternOp.SearchBytes)
            {
                var bytes = instruction.Text.Select(value => ((int)value).ToString(System.Globalization.CultureInfo.InvariantCulture));
                writer.Line($"private static readonly global::System.Buffers.SearchValues<byte> {TableName(name, pc)} = global::System.Buffers.SearchValues.Create(new byte[] {{ {string.Join(", ", bytes)} }});");
            }
        }
    }

    /// <summary>A <c>SearchValues&lt;string&gt;</c> over ASCII texts, for one vectorized search of a Latin-1 view.</summary>
    private static string TextSearch(System.Collections.Generic.IEnumerable<string> texts, bool ignoreCase)
        => $"global::System.Buffers.SearchValues.Create(new[] {{ {string.Join(", ", texts.Select(CSharp.String))} }}, global::System.StringComparison.{(ignoreCase ? "OrdinalIgnoreCase" : "Ordinal")})";

    private static string TableName(string method, int pc) => $"s_{char.ToLowerInvariant(method[0])}{method.Substring(1)}Table{pc}";

    private static void Fail(SourceWriter writer, string condition) => writer.Line($"if ({condition}) goto fail;");

    /// <summary>Continues at <paramref name="target"/>: by running on when it is the next instruction, else by a jump.</summary>
    private static bool GoTo(SourceWriter writer, int target, int next)
    {
        if (target == next)
        {
            return true;
        }

        writer.Line($"goto case {target};");
        return false;
    }

    /// <summary>
    /// Tries a match from this position, keeping the next start to resume from. With a leading literal, the next start is
    /// its next occurrence, found with a vectorized search; every start is tried once, so searching stays linear.
    /// </summary>
    private static void EmitSearch(SourceWriter writer, PatternInstruction instruction, int pc)
    {
        Fail(writer, "position > text.Length");
        if (instruction.Text.Length > 0)
        {
            writer.Line($"var found = {Types.MemoryExtensions}.IndexOf(text.Slice(position), {CSharp.Utf8(instruction.Text)});");
            Fail(writer, "found < 0");
            writer.Line("position += found;");
        }

        writer.Line($"state.PushAlternative({pc}, position < text.Length ? position + {Types.PatternText}.CharacterLength(text, position) : text.Length + 1);");
    }

    /// <summary>
    /// A repeat of one character: takes the required count, then as many more as allowed; a greedy repeat continues from
    /// the longest run and keeps the shorter ends for backtracking, a lazy one the reverse.
    /// </summary>
    private static void EmitRepeat(SourceWriter writer, PatternInstruction instruction, int next, string table)
    {
        var test = instruction.Op == PatternOp.RepeatAny
            ? "(text[position] != (byte)'\\n')"
            : instruction.Negated ? $"!({ClassTest(instruction.Text, table)})" : $"({ClassTest(instruction.Text, table)})";
        var step = instruction.Op == PatternOp.RepeatAny || instruction.Negated ? $"{Types.PatternText}.CharacterLength(text, position)" : "1";
        if (instruction.Target > 0 || !instruction.MemoizedRun)
        {
            writer.Line("var count = 0;");
        }

        if (instruction.Target == 1)
        {
            Fail(writer, $"position >= text.Length || !{test}");
            writer.Line($"position += {step};");
            writer.Line("count++;");
        }
        else if (instruction.Target > 1)
        {
            writer.Open($"for (; count < {instruction.Target}; count++)");
            Fail(writer, $"position >= text.Length || !{test}");
            writer.Line($"position += {step};");
            writer.Close();
        }

        writer.Line("var least = position;");
        if (instruction.MemoizedRun)
        {
            writer.Open($"while (position < text.Length && {test})");
            writer.Line($"position += {step};");
            writer.Close();
            writer.Line($"position = state.ClaimRun({instruction.Memo}, text, least, position);");
            Fail(writer, "position < 0");
            if (!instruction.Possessive)
            {
                writer.Line($"if (position > least) state.PushShorterEnds({next}, least, position);");
            }

            return;
        }

        var bounded = instruction.Alternative < 0 ? string.Empty : $"count < {instruction.Alternative} && ";
        writer.Open($"for (; {bounded}position < text.Length && {test}; count++)");
        writer.Line($"position += {step};");
        writer.Close();
        if (instruction.Lazy)
        {
            writer.Line($"if (position > least) state.PushLongerEnds({next}, least, position);");
            writer.Line("position = least;");
        }
        else if (!instruction.Possessive)
        {
            writer.Line($"if (position > least) state.PushShorterEnds({next}, least, position);");
        }
    }

    /// <summary>
    /// <c>.*</c> followed by the end of the text: the loop can only succeed by running to the end, so go there at
    /// once (or fail at a newline, which <c>.</c> does not cross) instead of stepping and backtracking per character.
    /// </summary>
    private static void EmitGreedyToEnd(SourceWriter writer, int exit)
    {
        Fail(writer, $"{Types.MemoryExtensions}.IndexOf(text.Slice(position), (byte)'\\n') >= 0");
        writer.Line("position = text.Length;");
        writer.Line($"goto case {exit};");
    }

    /// <summary>
    /// <c>.*?</c> followed by a literal can only stop where the literal starts: move to the next such place (or fail at
    /// a newline) with a vectorized search, then branch as usual. Each search scans forward from the last place, so
    /// matching stays linear.
    /// </summary>
    private static void EmitLazyUntilLiteral(SourceWriter writer, string literal)
    {
        var first = System.Text.Encoding.UTF8.GetBytes(literal)[0];
        writer.Open("while (true)");
        writer.Line($"var found = {Types.MemoryExtensions}.IndexOfAny(text.Slice(position), (byte){first}, (byte)'\\n');");
        Fail(writer, "found < 0");
        writer.Line("position += found;");
        writer.Open($"if ({Types.MemoryExtensions}.StartsWith(text.Slice(position), {CSharp.Utf8(literal)}))");
        writer.Line("break;");
        writer.Close();
        writer.Line();
        Fail(writer, "text[position] == (byte)'\\n'");
        writer.Line("position++;");
        writer.Close();
    }

    /// <summary>Classes of more ranges than this are tested by a lookup in a table of the 128 ASCII bytes.</summary>
    private const int MostComparedRanges = 3;

    private static bool UsesTable(PatternInstruction instruction)
        => instruction.Op is PatternOp.Class or PatternOp.RepeatClass && instruction.Text.Length / 2 > MostComparedRanges;

    /// <summary>A test that the byte at <c>position</c> is in the class's ASCII ranges.</summary>
    private static string ClassTest(string ranges, string table)
        => ranges.Length / 2 > MostComparedRanges ? $"text[position] < 128 && {table}[text[position]] != 0" : RangeTests(ranges);

    /// <summary>A test that the byte at <c>position</c> is in ranges over all 256 byte values (a table of 256 when long).</summary>
    private static string ByteTest(string ranges, string table)
        => ranges.Length / 2 > MostComparedRanges ? $"{table}[text[position]] != 0" : RangeTests(ranges);

    private static System.Collections.Generic.IEnumerable<string> Members(string ranges, int size)
    {
        var members = new bool[size];
        for (var i = 0; i + 1 < ranges.Length; i += 2)
        {
            for (var value = (int)ranges[i]; value <= ranges[i + 1] && value < size; value++)
            {
                members[value] = true;
            }
        }

        return members.Select(member => member ? "1" : "0");
    }

    private static string RangeTests(string ranges)
    {
        var tests = new System.Collections.Generic.List<string>();
        for (var i = 0; i + 1 < ranges.Length; i += 2)
        {
            tests.Add(ranges[i] == ranges[i + 1]
                ? $"text[position] == {Byte(ranges[i])}"
                : $"(text[position] >= {Byte(ranges[i])} && text[position] <= {Byte(ranges[i + 1])})");
        }

        return tests.Count == 0 ? "false" : string.Join(" || ", tests);
    }

    private static string Byte(char value) => ((int)value).ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static string Describe(PatternInstruction instruction) => instruction.Op switch
    {
        PatternOp.Literal => "literal " + CSharp.String(instruction.Text),
        PatternOp.Class => (instruction.Negated ? "not in " : "in ") + CSharp.String(instruction.Text),
        PatternOp.Split => $"try {instruction.Target}, else {instruction.Alternative}{(instruction.DecidedByNextByte ? ", by the next byte" : string.Empty)}",
        PatternOp.Jump => $"go to {instruction.Target}",
        PatternOp.Save => $"capture slot {instruction.Target}",
        PatternOp.Token => "grok " + instruction.Text,
        PatternOp.LiteralIgnoreCase => "literal, any case, " + CSharp.String(instruction.Text),
        PatternOp.WordBoundary => instruction.Negated ? "not at a word boundary" : "word boundary",
        PatternOp.Search => instruction.Text.Length == 0 ? "search" : "search from " + CSharp.String(instruction.Text),
        PatternOp.RepeatAny => $"any character {Count(instruction)}",
        PatternOp.RepeatClass => $"{(instruction.Negated ? "not in " : "in ")}{CSharp.String(instruction.Text)} {Count(instruction)}{(instruction.MemoizedRun ? ", each position once" : string.Empty)}{(instruction.Possessive ? ", possessive" : string.Empty)}",
        PatternOp.Guard => "continue once per position",
        PatternOp.LiteralSet => $"one of {instruction.Text.Split('\0').Length} texts{(instruction.Negated ? ", any case" : string.Empty)}",
        PatternOp.SearchBytes => $"search from one of {instruction.Text.Length} bytes",
        PatternOp.SearchTexts => $"search from one of {instruction.Text.Split('\0').Length} texts{(instruction.Negated ? ", any case" : string.Empty)}",
        _ => instruction.Op.ToString().ToLowerInvariant(),
    };

    private static string Count(PatternInstruction instruction)
        => $"{{{instruction.Target},{(instruction.Alternative < 0 ? string.Empty : instruction.Alternative.ToString(System.Globalization.CultureInfo.InvariantCulture))}}}{(instruction.Lazy ? "?" : string.Empty)}";
}
