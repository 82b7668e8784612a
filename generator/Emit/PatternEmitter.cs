using System.Linq;
using EcsForge.Generator.Model;
using EcsForge.Generator.Patterns;

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
            ProgramEmitter.EmitMethod(writer, ProgramEmitter.WholeTextSummary, "private static bool " + RunMethod(i), set.Patterns[i].Program, set.Patterns[i].Branches);
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
        var indexed = set.Patterns.Select((pattern, index) => (Pattern: pattern, Index: index));
        LengthSwitch.Emit(writer, "key", indexed, entry => entry.Pattern.Key, entry =>
        {
            writer.Line($"{MatchMethod(entry.Index)}(text, field, ref source, session.Patterns);");
            writer.Line("return;");
        });
        writer.Close();
        writer.Line();
    }

    private static void EmitCaptures(SourceWriter writer, EmitContext context, PatternSetModel set, PatternModel pattern, int index)
    {
        writer.Line($"/// <summary>Pattern {CSharp.String(pattern.Key)}: <c>{Escape(pattern.Source)}</c></summary>");
        writer.Open($"private static void {MatchMethod(index)}({Types.Bytes} text, in {Types.RawValue} field, ref SourceValues source, {Types.PatternState} state)");
        writer.Line($"global::System.Span<int> slots = stackalloc int[{System.Math.Max(2, 2 * pattern.SlotCaptures.Count)}];");
        writer.Open($"if (!{RunMethod(index)}(text, slots, state))");
        writer.Line("return;");
        writer.Close();
        writer.Line();
        for (var capture = 0; capture < pattern.Captures.Count; capture++)
        {
            var path = set.Into + "." + pattern.Captures[capture];
            writer.Line($"source.{context.SourceField(path)} = {Types.RawValue}.Capture(field, {CaptureSpan(writer, pattern, capture)});");
        }

        writer.Close();
        writer.Line();
    }

    /// <summary>
    /// The start and end slots of a capture (<c>slots[6], slots[7]</c>): its only occurrence's, or those of a local
    /// choosing among several occurrences at run time (see <see cref="PatternModel.SlotOf"/>).
    /// </summary>
    internal static string CaptureSpan(SourceWriter writer, PatternModel pattern, int capture)
    {
        var expression = pattern.SlotOf(capture, "slots");
        if (int.TryParse(expression, out var slot))
        {
            return $"slots[{2 * slot}], slots[{(2 * slot) + 1}]";
        }

        var local = "slot" + capture.ToString(System.Globalization.CultureInfo.InvariantCulture);
        writer.Line($"var {local} = {expression};");
        return $"slots[2 * {local}], slots[(2 * {local}) + 1]";
    }

    internal static string Escape(string text) => text.Replace("&", "&amp;").Replace("<", "&lt;").Replace(">", "&gt;");

    private static string MatchMethod(int index) => "MatchPattern" + index;

    private static string RunMethod(int index) => "RunPattern" + index;
}
