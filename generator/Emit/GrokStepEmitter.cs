using System.Linq;
using EcsForge.Generator.Model;
using EcsForge.Generator.Patterns;

namespace EcsForge.Generator.Emit;

/// <summary>
/// Emits a grok stage (<c>[ParseGrok]</c>): the step picks its pattern (a case match dispatches on the key's UTF-8
/// bytes), matches the input's UTF-8 bytes with the pattern's compiled program (<see cref="ProgramEmitter"/>, linear in
/// the text) and stores the captures as a dict in the stage's field; text that does not match stores <c>None</c>, and
/// a key without a case leaves it undefined.
/// </summary>
internal static class GrokStepEmitter
{
    private const string Value = "global::EcsForge.Pipelines.Value";
    private const string Captures = "global::EcsForge.Pipelines.GrokCaptures";
    private const string Arena = "global::EcsForge.Pipelines.ValueArena";

    /// <summary>Emits the step's body, inside its method (after its condition), storing the result in <c>s.{field}</c>.</summary>
    public static void EmitBody(SourceWriter writer, ExpressionEmitter expressions, PipelineStep step, int index, string field)
    {
        var grok = step.Grok!;
        if (grok.Key is not null)
        {
            var key = expressions.EmitTemplate(Expressions.JinjaTemplate.Parse(grok.Key));
            writer.Line("var pattern = -1;");
            writer.Open($"if ({key}.IsString)");
            writer.Line($"var key = fields.Utf8({key});");
            LengthSwitch.Emit(writer, "key", grok.Cases, item => item.Key, item => writer.Line($"pattern = {item.Pattern};"));
            writer.Close();
            writer.Line();
            writer.Open("if (pattern < 0)");
            writer.Line("// No case for this key: the stage leaves its output undefined.");
            writer.Line("return;");
            writer.Close();
            writer.Line();
        }

        var input = expressions.EmitInput(Expressions.JinjaTemplate.Parse(step.Template ?? string.Empty));
        writer.Open($"if (!{input}.IsString)");
        writer.Line("// The platform renders the input as text: an undefined or None one matches nothing (cato-sase).");
        writer.Line($"s.{field} = {Value}.None;");
        writer.Line("return;");
        writer.Close();
        writer.Line();
        writer.Line($"var text = fields.Utf8({input});");
        if (grok.Key is null)
        {
            writer.Line($"s.{field} = {MatchMethod(index, 0)}(text, arena, pipeline.Patterns);");
            return;
        }

        writer.Open("switch (pattern)");
        for (var i = 0; i < grok.Patterns.Count; i++)
        {
            writer.Line($"case {i}:");
            writer.Indent();
            writer.Line($"s.{field} = {MatchMethod(index, i)}(text, arena, pipeline.Patterns);");
            writer.Line("break;");
            writer.Unindent();
        }

        writer.Close();
    }

    /// <summary>Emits, per distinct pattern of the step, the method building its captures and the program matching it.</summary>
    public static void EmitMatchers(SourceWriter writer, PipelineStep step, int index)
    {
        var grok = step.Grok!;
        var types = grok.Types.Select(entry => entry.Split(':')).ToDictionary(parts => parts[0], parts => parts[1]);
        for (var i = 0; i < grok.Patterns.Count; i++)
        {
            var pattern = grok.Patterns[i];
            var summary = $"Grok <c>{PatternEmitter.Escape(pattern.Source)}</c>: its captures as a dict, or None when the whole text does not match.";
            writer.Line($"/// <summary>{summary}</summary>");
            writer.Open($"private static {Value} {MatchMethod(index, i)}({Types.Bytes} text, {Arena} arena, {Types.PatternState} state)");
            writer.Line($"global::System.Span<int> slots = stackalloc int[{System.Math.Max(2, 2 * pattern.SlotCaptures.Count)}];");
            writer.Open($"if (!{RunMethod(index, i)}(text, slots, state))");
            writer.Line("// pygrok's match() gives None: a later 'stage.output != None' sees that it did not match.");
            writer.Line($"return {Value}.None;");
            writer.Close();
            writer.Line();
            writer.Line($"var captures = arena.NewDict({System.Math.Max(1, pattern.Captures.Count)});");
            for (var capture = 0; capture < pattern.Captures.Count; capture++)
            {
                var name = pattern.Captures[capture];
                var convert = types.TryGetValue(name, out var type) ? type == "int" ? "Integer" : "Float" : "Text";
                var span = PatternEmitter.CaptureSpan(writer, pattern, capture);
                writer.Line($"arena.AddMember(captures, {Value}.FromConstant({CSharp.String(name)}), {Captures}.{convert}(arena, text, {span}));");
            }

            writer.Line("return captures;");
            writer.Close();
            writer.Line();
            ProgramEmitter.EmitMethod(writer, ProgramEmitter.WholeTextSummary, "private static bool " + RunMethod(index, i), pattern.Program, pattern.Branches);
        }
    }

    private static string MatchMethod(int step, int pattern) => $"Grok{step}_{pattern}";

    private static string RunMethod(int step, int pattern) => $"RunGrok{step}_{pattern}";
}
