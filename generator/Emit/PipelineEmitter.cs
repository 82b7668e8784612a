using System.Collections.Generic;
using System.Linq;
using EcsForge.Generator.Expressions;
using EcsForge.Generator.Model;
using EcsForge.Generator.Shared;

namespace EcsForge.Generator.Emit;

/// <summary>
/// Emits a pipeline dataset's parser: one method per step, in declaration order, each computing its templates with
/// <see cref="ExpressionEmitter"/>; the event is built in the session's <c>EventFields</c> and written at the end.
/// </summary>
internal static class PipelineEmitter
{
    private const string Session = "global::EcsForge.Pipelines.PipelineSession";
    private const string Abort = "global::EcsForge.Pipelines.PipelineAbort";
    private const string Value = "global::EcsForge.Pipelines.Value";

    public static void Emit(SourceWriter writer, DatasetModel model, PipelineModel pipeline)
    {
        var stages = StageFields(pipeline);
        var actionStages = new HashSet<string>(
            pipeline.Steps.Where(step => step.Kind == PipelineStepKind.Stage && !stages.ContainsKey(step.Name)).Select(step => step.Name),
            System.StringComparer.Ordinal);
        EmitStagesStruct(writer, stages);
        EmitParse(writer, model, pipeline);
        for (var i = 0; i < pipeline.Steps.Count; i++)
        {
            EmitStep(writer, pipeline.Steps[i], i, stages, actionStages);
            if (pipeline.Steps[i].Kind == PipelineStepKind.ParseGrok)
            {
                GrokStepEmitter.EmitMatchers(writer, pipeline.Steps[i], i);
            }
        }

        TextStepEmitter.EmitStatics(writer, pipeline);
        PipelineInferenceEmitter.Emit(writer, model);
        if (pipeline.IgnoredValues.Count > 0)
        {
            writer.Line($"private static readonly string[] s_ignoredValues = {{ {string.Join(", ", pipeline.IgnoredValues.Select(CSharp.String))} }};");
        }
    }

    /// <summary>The field of the Stages struct holding each parse step's output, by stage name.</summary>
    private static Dictionary<string, (string Output, string Field)> StageFields(PipelineModel pipeline)
    {
        var fields = new Dictionary<string, (string, string)>(System.StringComparer.Ordinal);
        var names = new UniqueNames("Stage_");
        foreach (var step in pipeline.Steps.Where(step => step.Kind.IsParse()))
        {
            if (!fields.ContainsKey(step.Name))
            {
                fields[step.Name] = (step.Output ?? "message", names.For(step.Name + "_" + step.Output));
            }
        }

        return fields;
    }

    private static void EmitStagesStruct(SourceWriter writer, Dictionary<string, (string Output, string Field)> stages)
    {
        writer.Line("/// <summary>The values the stages produced, read by later expressions as <c>stage.output</c>.</summary>");
        writer.Open("private struct Stages");
        writer.Line("/// <summary><c>original.message</c>: the raw message as text.</summary>");
        writer.Line($"public {Value} Original;");
        foreach (var pair in stages.OrderBy(pair => pair.Value.Field, System.StringComparer.Ordinal))
        {
            writer.Line($"/// <summary><c>{pair.Key}.{pair.Value.Output}</c>.</summary>");
            writer.Line($"public {Value} {pair.Value.Field};");
            writer.Line($"/// <summary>Whether a <c>{pair.Key}</c> step passed its filter: until then the stage is undefined.</summary>");
            writer.Line($"public bool {pair.Value.Field}Ran;");
        }

        writer.Close();
        writer.Line();
    }

    private static void EmitParse(SourceWriter writer, DatasetModel model, PipelineModel pipeline)
    {
        writer.Line("/// <summary>A pipeline starts from the envelope the event arrived with and reads it as <c>original</c>.</summary>");
        writer.Line($"bool {Types.IEventParser}.StartsFromEnvelope => true;");
        writer.Line();
        writer.Open($"{Types.ParseResult} {Types.IEventParser}.Parse({Types.Bytes} input, {Types.EventSession} session)");
        writer.Open("if (!global::System.Text.Unicode.Utf8.IsValid(input))");
        writer.Line($"return {Types.ParseResult}.Failed(global::EcsForge.Parsing.ParseFailure.InvalidUtf8);");
        writer.Close();
        writer.Line();
        writer.Line("var pipeline = global::EcsForge.Pipelines.PipelineSession.ForCurrentThread;");
        writer.Line(pipeline.IgnoredValues.Count > 0 ? "pipeline.Begin(s_ignoredValues);" : "pipeline.Begin();");
        writer.Line("var s = new Stages { Original = pipeline.Arena.Utf8String(input) };");
        writer.Line("pipeline.Receive(session.Envelope);");
        writer.Line("var active = true;");
        for (var i = 0; i < pipeline.Steps.Count; i++)
        {
            var step = pipeline.Steps[i];
            var call = $"{StepMethod(step, i)}(pipeline, ref s)";
            switch (step.Kind)
            {
                case PipelineStepKind.Stage:
                    writer.Line($"active = {call};");
                    break;
                case PipelineStepKind.ParseJson when IsMessageInput(step):
                    writer.Open($"if (!{call})");
                    writer.Line($"return {Types.ParseResult}.Failed(global::EcsForge.Parsing.ParseFailure.MalformedJson);");
                    writer.Close();
                    break;
                case var kind when kind.IsParse():
                    // A parse step is a stage of its own: the filter of the action stage before it does not hold it back
                    // (Citrix ADC parses after a stage whose filter was false).
                    writer.Line($"{call};");
                    break;
                default:
                    writer.Open("if (active)");
                    writer.Line($"{call};");
                    writer.Close();
                    break;
            }
        }

        writer.Line();
        writer.Line("Infer(pipeline, session);");
        writer.Line("pipeline.Fields.Write(session.Writer);");
        writer.Line($"return {Types.ParseResult}.Parsed(0);");
        writer.Close();
        writer.Line();
    }

    /// <summary>A JSON stage over the raw message with no condition: a message that is not JSON fails the event.</summary>
    private static bool IsMessageInput(PipelineStep step)
        => step.When is null && step.Template is { } template && template.Replace(" ", string.Empty) == "{{original.message}}";

    private static string StepMethod(PipelineStep step, int index) => step.Kind switch
    {
        PipelineStepKind.Stage => "Stage" + index,
        PipelineStepKind.Set => "Set" + index,
        PipelineStepKind.Delete => "Delete" + index,
        _ => "Parse" + index,
    };

    private static void EmitStep(
        SourceWriter writer, PipelineStep step, int index, Dictionary<string, (string Output, string Field)> stages, HashSet<string> actionStages)
    {
        var returnsBool = step.Kind is PipelineStepKind.Stage or PipelineStepKind.ParseJson;
        writer.Line($"/// <summary>{Describe(step)}</summary>");
        writer.Open($"private static {(returnsBool ? "bool" : "void")} {StepMethod(step, index)}({Session} pipeline, ref Stages s)");
        writer.Line("var arena = pipeline.Arena;");
        writer.Line("var fields = pipeline.Fields;");
        writer.Line("var render = pipeline.Render;");
        writer.Open("try");
        var expressions = new ExpressionEmitter(writer, stages, actionStages);
        if (step.When is not null)
        {
            var when = expressions.EmitTemplate(JinjaTemplate.Parse(step.When));
            writer.Open($"if (!global::EcsForge.Pipelines.Ops.Holds(arena, {when}))");
            writer.Line(step.Kind == PipelineStepKind.Stage ? "return false;" : returnsBool ? "return true;" : "return;");
            writer.Close();
        }

        if (step.Kind.IsParse())
        {
            writer.Line($"s.{stages[step.Name].Field}Ran = true;");
        }

        switch (step.Kind)
        {
            case PipelineStepKind.Stage:
                writer.Line("return true;");
                break;
            case PipelineStepKind.Set when step.Constant is { } constant:
                writer.Line($"fields.Set({CSharp.String(step.Name)}, {ConstantValue(constant)}, global::EcsForge.Pipelines.FieldShape.{step.Shape});");
                break;
            case PipelineStepKind.Set when step.Shape == FieldShape.Spread:
                var spread = expressions.EmitTemplate(JinjaTemplate.Parse(step.Template ?? string.Empty));
                writer.Line($"fields.Spread({CSharp.String(step.Name)}, {spread}, s_spread{index});");
                break;
            case PipelineStepKind.Set:
                var value = expressions.EmitTemplate(JinjaTemplate.Parse(step.Template ?? string.Empty));
                writer.Line($"fields.Set({CSharp.String(step.Name)}, {value}, global::EcsForge.Pipelines.FieldShape.{step.Shape});");
                break;
            case PipelineStepKind.Delete:
                foreach (var target in step.Targets)
                {
                    writer.Line($"fields.Delete({CSharp.String(target)});");
                }

                break;
            case PipelineStepKind.ParseJson:
                var text = expressions.EmitInput(JinjaTemplate.Parse(step.Template ?? string.Empty));
                writer.Line($"s.{stages[step.Name].Field} = arena.ParseJson({text});");
                writer.Line($"return !s.{stages[step.Name].Field}.IsAbsent;");
                break;
            case PipelineStepKind.ParseDate:
                var date = expressions.EmitInput(JinjaTemplate.Parse(step.Template ?? string.Empty));
                // A date that cannot be read leaves what an earlier stage of the same name produced (WatchGuard EPDR
                // parses security_event_date, then date, into parsed_date).
                var timezone = step.Timezone is null ? Value + ".Absent"
                    : step.Timezone.Contains("{{") ? expressions.EmitTemplate(JinjaTemplate.Parse(step.Timezone))
                    : $"{Value}.FromConstant({CSharp.String(step.Timezone)})";
                writer.Line($"var parsed = global::EcsForge.Pipelines.Dates.Parse(arena, {date}, {Text(step.Format)}, {timezone});");
                writer.Open("if (!parsed.IsAbsent)");
                writer.Line($"s.{stages[step.Name].Field} = parsed;");
                writer.Close();
                break;
            case PipelineStepKind.ParseGrok:
                GrokStepEmitter.EmitBody(writer, expressions, step, index, stages[step.Name].Field);
                break;
            case var kind when kind.IsTextParse():
                TextStepEmitter.EmitBody(writer, step, index, expressions, stages[step.Name].Field);
                break;
        }

        writer.Close();
        writer.Open($"catch ({Abort})");
        writer.Line("// An expression raised: the step does nothing, as the platform's aborted render.");
        if (returnsBool)
        {
            writer.Line(step.Kind == PipelineStepKind.Stage ? "return false;" : "return true;");
        }

        writer.Close();
        writer.Close();
        writer.Line();
        if (step.Shape == FieldShape.Spread)
        {
            EmitSpreadFields(writer, step, index);
        }
    }

    /// <summary>The fields below a spread target, looked up by path as the dict is walked.</summary>
    private static void EmitSpreadFields(SourceWriter writer, PipelineStep step, int index)
    {
        writer.Line($"private static readonly global::EcsForge.Pipelines.SpreadFields s_spread{index} = new(new global::EcsForge.Pipelines.SpreadField[]");
        writer.Line("{");
        foreach (var field in step.Spread)
        {
            writer.Line($"    new({CSharp.String(field.Path)}, global::EcsForge.Pipelines.FieldShape.{field.Shape}, {(field.IsObject ? "true" : "false")}),");
        }

        writer.Line("});");
        writer.Line();
    }

    private static string Text(string? text) => text is null ? "null" : CSharp.String(text);

    private static string ConstantValue(ConstantValue constant) => constant.Kind switch
    {
        ConstantKind.Long => $"{Value}.FromInteger({constant.Values[0]}L)",
        ConstantKind.Double => $"{Value}.FromFloat({constant.Values[0]}d)",
        ConstantKind.Boolean => $"{Value}.Bool({constant.Values[0]})",
        _ => $"{Value}.FromConstant({CSharp.String(constant.Values[0])})",
    };

    private static string Describe(PipelineStep step)
    {
        var what = step.Kind switch
        {
            PipelineStepKind.Stage => $"Stage <c>{step.Name}</c>: whether it runs.",
            PipelineStepKind.Set => $"Sets <c>{step.Name}</c>.",
            PipelineStepKind.Delete => $"Deletes <c>{string.Join(", ", step.Targets)}</c>.",
            PipelineStepKind.ParseJson => $"Stage <c>{step.Name}</c>: parses JSON.",
            PipelineStepKind.ParseGrok => $"Stage <c>{step.Name}</c>: matches grok {(step.Grok?.Key is null ? "pattern" : "patterns by key")}.",
            var kind when kind.IsTextParse() => TextStepEmitter.Describe(step),
            _ => $"Stage <c>{step.Name}</c>: parses a date.",
        };
        return what.Replace("&", "&amp;");
    }
}
