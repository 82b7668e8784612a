using System.Linq;
using EcsForge.Generator.Model;

namespace EcsForge.Generator.Emit;

/// <summary>
/// Emits the compiled grok patterns: a key dispatch, and per pattern a matcher whose program runs as a
/// <c>switch</c> over instructions with memoized branches (linear time), filling capture slots as slices of the field.
/// </summary>
internal static class PatternEmitter
{
    public static void Emit(SourceWriter writer, EmitContext context)
    {
        var set = context.Model.Patterns;
        if (set is null)
        {
            return;
        }

        EmitDispatch(writer, context, set);
        for (var i = 0; i < set.Patterns.Count; i++)
        {
            EmitCaptures(writer, context, set, set.Patterns[i], i);
            EmitProgram(writer, set.Patterns[i], i);
        }
    }

    private static void EmitDispatch(SourceWriter writer, EmitContext context, PatternSetModel set)
    {
        writer.Line($"/// <summary>Matches <c>{set.Input}</c> against the pattern of its key (the text before {CSharp.String(set.KeyDelimiter)}); other keys keep the generic mapping.</summary>");
        writer.Open($"private static void MatchPatterns({Types.Bytes} input, ref SourceValues source, {Types.EventSession} session)");
        writer.Line($"var field = source.{context.SourceField(set.Input)};");
        writer.Open($"if (field.Kind != {Types.RawKind}.String)");
        writer.Line("return;");
        writer.Close();
        writer.Line();
        writer.Line("var text = session.Bytes(input, field);");
        writer.Line($"var cut = {Types.MemoryExtensions}.IndexOf(text, {CSharp.Utf8(set.KeyDelimiter)});");
        writer.Line("var key = cut < 0 ? text : text.Slice(0, cut);");
        writer.Open("switch (key.Length)");
        var indexed = set.Patterns.Select((pattern, index) => (Pattern: pattern, Index: index));
        foreach (var group in indexed.GroupBy(entry => CSharp.Utf8Length(entry.Pattern.Key)).OrderBy(group => group.Key))
        {
            writer.Line($"case {group.Key}:");
            writer.Open();
            foreach (var (pattern, index) in group)
            {
                writer.Open($"if ({Types.MemoryExtensions}.SequenceEqual(key, {CSharp.Utf8(pattern.Key)}))");
                writer.Line($"{MatchMethod(index)}(text, field, ref source, session.Patterns);");
                writer.Line("return;");
                writer.Close();
            }

            writer.Line("break;");
            writer.Close();
        }

        writer.Close();
        writer.Close();
        writer.Line();
    }

    private static void EmitCaptures(SourceWriter writer, EmitContext context, PatternSetModel set, PatternModel pattern, int index)
    {
        writer.Line($"/// <summary>Pattern {CSharp.String(pattern.Key)}: <c>{Escape(pattern.Source)}</c></summary>");
        writer.Open($"private static void {MatchMethod(index)}({Types.Bytes} text, in {Types.RawValue} field, ref SourceValues source, {Types.PatternState} state)");
        writer.Line($"global::System.Span<int> slots = stackalloc int[{System.Math.Max(2, 2 * pattern.Captures.Count)}];");
        writer.Open($"if (!{RunMethod(index)}(text, slots, state))");
        writer.Line("return;");
        writer.Close();
        writer.Line();
        for (var slot = 0; slot < pattern.Captures.Count; slot++)
        {
            var path = set.Into + "." + pattern.Captures[slot];
            writer.Line($"source.{context.SourceField(path)} = {Types.PatternText}.Capture(field, slots[{2 * slot}], slots[{(2 * slot) + 1}]);");
        }

        writer.Close();
        writer.Line();
    }

    private static void EmitProgram(SourceWriter writer, PatternModel pattern, int index)
    {
        writer.Line("/// <summary>Runs the compiled program over the whole text; memoized branches keep it linear in the text.</summary>");
        writer.Open($"private static bool {RunMethod(index)}({Types.Bytes} text, global::System.Span<int> slots, {Types.PatternState} state)");
        writer.Line($"state.Begin({pattern.Branches}, text.Length);");
        writer.Line("slots.Fill(-1);");
        writer.Line("var pc = 0;");
        writer.Line("var position = 0;");
        writer.Open("while (true)");
        writer.Open("switch (pc)");
        for (var pc = 0; pc < pattern.Program.Count; pc++)
        {
            EmitInstruction(writer, pattern.Program, pc);
        }

        writer.Close();
        writer.Line();
        writer.Line("fail:");
        writer.Open("if (!state.TryBacktrack(slots, out pc, out position))");
        writer.Line("return false;");
        writer.Close();
        writer.Close();
        writer.Close();
        writer.Line();
    }

    private static void EmitInstruction(SourceWriter writer, EquatableArray<PatternInstruction> program, int pc)
    {
        var instruction = program[pc];
        var next = pc + 1;
        writer.Line($"case {pc}: // {Describe(instruction)}");
        writer.Open();
        if (instruction.Op == PatternOp.Split && LoopsOverAny(program, pc, out var lazy, out var exit))
        {
            if (!lazy && program[FirstConsuming(program, exit)].Op == PatternOp.End)
            {
                EmitGreedyToEnd(writer, exit);
                writer.Close();
                return;
            }

            var literal = program[FirstConsuming(program, exit)];
            if (lazy && literal.Op == PatternOp.Literal)
            {
                EmitLazyUntilLiteral(writer, literal.Text);
            }
        }

        switch (instruction.Op)
        {
            case PatternOp.Literal:
                writer.Open($"if (!{Types.MemoryExtensions}.StartsWith(text.Slice(position), {CSharp.Utf8(instruction.Text)}))");
                writer.Line("goto fail;");
                writer.Close();
                writer.Line();
                writer.Line($"position += {CSharp.Utf8Length(instruction.Text)};");
                writer.Line($"pc = {next};");
                break;
            case PatternOp.Any:
                writer.Open("if (position >= text.Length || text[position] == (byte)'\\n')");
                writer.Line("goto fail;");
                writer.Close();
                writer.Line();
                writer.Line($"position += {Types.PatternText}.CharacterLength(text, position);");
                writer.Line($"pc = {next};");
                break;
            case PatternOp.Class:
                writer.Open($"if (position >= text.Length || {(instruction.Negated ? string.Empty : "!")}({ClassTest(instruction.Text)}))");
                writer.Line("goto fail;");
                writer.Close();
                writer.Line();
                writer.Line(instruction.Negated ? $"position += {Types.PatternText}.CharacterLength(text, position);" : "position++;");
                writer.Line($"pc = {next};");
                break;
            case PatternOp.Split:
                writer.Open($"if (!state.FirstVisit({instruction.Memo}, position))");
                writer.Line("goto fail;");
                writer.Close();
                writer.Line();
                writer.Line($"state.PushAlternative({instruction.Alternative}, position);");
                writer.Line($"pc = {instruction.Target};");
                break;
            case PatternOp.Jump:
                writer.Line($"pc = {instruction.Target};");
                break;
            case PatternOp.Save:
                writer.Line($"state.Save(slots, {instruction.Target}, position);");
                writer.Line($"pc = {next};");
                break;
            case PatternOp.Token:
                writer.Open($"if (!state.FirstVisit({instruction.Memo}, position))");
                writer.Line("goto fail;");
                writer.Close();
                writer.Line();
                writer.Line($"var end = {Types.GrokTokens}.Branch({Types.GrokToken}.{instruction.Text}, text, position, state, {next});");
                writer.Open("if (end < 0)");
                writer.Line("goto fail;");
                writer.Close();
                writer.Line();
                writer.Line("position = end;");
                writer.Line($"pc = {next};");
                break;
            case PatternOp.End:
                writer.Open("if (position != text.Length)");
                writer.Line("goto fail;");
                writer.Close();
                writer.Line();
                writer.Line($"pc = {next};");
                break;
            default:
                writer.Line("return true;");
                writer.Close();
                return;
        }

        writer.Line("continue;");
        writer.Close();
    }

    /// <summary>
    /// <c>.*</c> followed by the end of the text: the loop can only succeed by running to the end, so go there at
    /// once (or fail at a newline, which <c>.</c> does not cross) instead of stepping and backtracking per character.
    /// </summary>
    private static void EmitGreedyToEnd(SourceWriter writer, int exit)
    {
        writer.Open($"if ({Types.MemoryExtensions}.IndexOf(text.Slice(position), (byte)'\\n') >= 0)");
        writer.Line("goto fail;");
        writer.Close();
        writer.Line();
        writer.Line("position = text.Length;");
        writer.Line($"pc = {exit};");
        writer.Line("continue;");
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
        writer.Open("if (found < 0)");
        writer.Line("goto fail;");
        writer.Close();
        writer.Line();
        writer.Line("position += found;");
        writer.Open($"if ({Types.MemoryExtensions}.StartsWith(text.Slice(position), {CSharp.Utf8(literal)}))");
        writer.Line("break;");
        writer.Close();
        writer.Line();
        writer.Open("if (text[position] == (byte)'\\n')");
        writer.Line("goto fail;");
        writer.Close();
        writer.Line();
        writer.Line("position++;");
        writer.Close();
        writer.Line();
    }

    /// <summary>True for the loop of <c>.*</c> or <c>.*?</c>: a split between one <c>Any</c> that jumps back and an exit.</summary>
    private static bool LoopsOverAny(EquatableArray<PatternInstruction> program, int splitIndex, out bool lazy, out int exit)
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

    /// <summary>The first instruction from <paramref name="index"/> that consumes or tests text (captures do not).</summary>
    private static int FirstConsuming(EquatableArray<PatternInstruction> program, int index)
    {
        while (index < program.Count && program[index].Op == PatternOp.Save)
        {
            index++;
        }

        return index;
    }

    /// <summary>A test that the byte at <c>position</c> is in the class's ASCII ranges.</summary>
    private static string ClassTest(string ranges)
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
        PatternOp.Split => $"try {instruction.Target}, else {instruction.Alternative}",
        PatternOp.Jump => $"go to {instruction.Target}",
        PatternOp.Save => $"capture slot {instruction.Target}",
        PatternOp.Token => "grok " + instruction.Text,
        _ => instruction.Op.ToString().ToLowerInvariant(),
    };

    private static string Escape(string text) => text.Replace("&", "&amp;").Replace("<", "&lt;").Replace(">", "&gt;");

    private static string MatchMethod(int index) => "MatchPattern" + index;

    private static string RunMethod(int index) => "RunPattern" + index;
}
