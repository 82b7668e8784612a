using System.Linq;
using EcsForge.Generator.Inference;
using EcsForge.Generator.Model;
using EcsForge.Generator.Shared;

namespace EcsForge.Generator.Emit;

/// <summary>
/// Emits one dataset's parser: a <c>Source</c> struct of located raw values, one reader method per raw object
/// (<see cref="ReaderEmitter"/>), one resolver per target field (<see cref="RuleEmitter"/>) and the ECS writer
/// (<see cref="WriterEmitter"/>).
/// </summary>
internal static class ParserEmitter
{
    public static string HintName(DatasetModel model)
        => SourceWriter.HintName(model.Namespace, model.ClassName);

    public static string Emit(DatasetModel model)
    {
        var context = new EmitContext(model);
        var writer = new SourceWriter();
        writer.FileHeader(model.Namespace);

        writer.Line($"/// <summary>Compiled parser of the intake format {CSharp.String(model.Slug).Trim('"')} ({model.Uuid}).</summary>");
        writer.Open($"partial class {model.ClassName} : {Types.IEventParser}");
        EmitFormat(writer, model);
        if (model.Pipeline is { } pipeline)
        {
            PipelineEmitter.Emit(writer, model, pipeline);
            writer.Close();
            return writer.ToString();
        }

        EmitSourceStruct(writer, context);
        EmitComputedHook(writer, context);
        EmitParse(writer, context);

        // Names are fixed by the context before this point; the rule emitter writes its constants table after its
        // resolvers and the writer emitter its property names after WriteEvent, and the context refuses later requests.
        ReaderEmitter.Emit(writer, context);
        PatternEmitter.Emit(writer, context);
        RuleEmitter.Emit(writer, context);
        WriterEmitter.Emit(writer, context);
        SpreadEmitter.Emit(writer, context);
        writer.Close();
        return writer.ToString();
    }

    private static void EmitFormat(SourceWriter writer, DatasetModel model)
    {
        writer.Line($"/// <summary>The intake format this class parses, for <see cref=\"global::EcsForge.Routing.IntakeRouter\"/>.</summary>");
        writer.Line($"public static {Types.IntakeFormat} Format {{ get; }} = new(");
        writer.Line($"    new global::System.Guid({CSharp.String(model.Uuid)}),");
        writer.Line($"    {CSharp.String(model.Slug)},");
        writer.Line($"    {CSharp.String(model.Name)},");
        writer.Line($"    new {model.ClassName}(),");
        writer.Line("    new " + Types.FieldDescription + "[]");
        writer.Line("    {");
        foreach (var field in FieldListing.Build(model, InferencePlan.Build(model)))
        {
            writer.Line($"        new({CSharp.String(field.Name)}, {CSharp.String(field.Type)}, {CSharp.Text(field.Description)}){(field.Inferred ? " { Inferred = true }" : string.Empty)},");
        }

        writer.Line("    },");
        writer.Line($"    global::EcsForge.Mapping.InputFormat.{model.Input});");
        writer.Line();
    }

    private static void EmitSourceStruct(SourceWriter writer, EmitContext context)
    {
        writer.Line("/// <summary>The raw values this dataset reads, located in one pass over the message.</summary>");
        writer.Open("public struct SourceValues");
        foreach (var path in context.SourcePaths)
        {
            var what = SourceNode.IsCapture(context.Model, path) ? "Pattern capture" : "Raw field";
            writer.Line($"/// <summary>{what} <c>{path}</c>.</summary>");
            writer.Line($"public {Types.RawValue} {context.SourceField(path)};");
        }

        foreach (var shared in context.SharedConversions)
        {
            writer.Line($"/// <summary><c>{string.Join(" or ", shared.Sources)}</c> converted by {shared.Conversion}, which several fields read.</summary>");
            writer.Line($"public {Types.RawValue} {shared.Field};");
        }

        writer.Close();
        writer.Line();
    }

    private static void EmitComputedHook(SourceWriter writer, EmitContext context)
    {
        if (context.Model.ComputedTargets.Count == 0)
        {
            return;
        }

        writer.Line("/// <summary>Fields set by <see cref=\"Compute\"/>; leave a field unset to write nothing.</summary>");
        writer.Open("public struct Computed");
        foreach (var target in context.Model.ComputedTargets)
        {
            writer.Line($"/// <summary>Field <c>{target}</c>.</summary>");
            writer.Line($"public {Types.RawValue} {CSharp.EscapedIdentifier(target)};");
        }

        writer.Close();
        writer.Line();
        writer.Line("/// <summary>Escape hatch for logic the attributes cannot express: implement it to set <see cref=\"Computed\"/> fields");
        writer.Line("/// from the raw values (resolve bytes with <c>session.Bytes(input, value)</c>; store new text with <c>session.Scratch.Store</c>).</summary>");
        writer.Line($"static partial void Compute({Types.Bytes} input, in SourceValues source, ref Computed computed, {Types.EventSession} session);");
        writer.Line();
    }

    private static void EmitParse(SourceWriter writer, EmitContext context)
    {
        writer.Open($"{Types.ParseResult} {Types.IEventParser}.Parse({Types.Bytes} input, {Types.EventSession} session)");
        if (context.Model.Input == InputFormat.KeyValue)
        {
            writer.Line("var source = new SourceValues();");
            writer.Line("var read = ReadPairs(input, session.Scratch, ref source);");
            writer.Open("if (!read.Success)");
            writer.Line("return read;");
            writer.Close();
        }
        else
        {
            EmitJsonRead(writer, context);
        }

        writer.Line();
        if (context.Model.Patterns is not null)
        {
            writer.Line("MatchPatterns(input, ref source, session);");
        }

        if (context.SharedConversions.Count > 0)
        {
            writer.Line("ConvertShared(input, ref source, session);");
        }

        writer.Line("WriteEvent(input, in source, session);");
        writer.Line($"return {Types.ParseResult}.Parsed(0);");
        writer.Close();
        writer.Line();
        EmitSharedConversions(writer, context);
    }

    /// <summary>Computes the conversions several rules share, once per event, before the rules read them.</summary>
    private static void EmitSharedConversions(SourceWriter writer, EmitContext context)
    {
        if (context.SharedConversions.Count == 0)
        {
            return;
        }

        writer.Line("/// <summary>Converts, once per event, the values several fields read converted the same way.</summary>");
        writer.Open($"private static void ConvertShared({Types.Bytes} input, ref SourceValues source, {Types.EventSession} session)");
        foreach (var shared in context.SharedConversions)
        {
            writer.Open();
            RuleEmitter.EmitFirstWithValue(writer, context, shared.Sources);
            writer.Line($"source.{shared.Field} = {RuleEmitter.ConversionExpression(shared.Conversion, shared.Delimiter)};");
            writer.Close();
        }

        writer.Close();
        writer.Line();
    }

    private static void EmitJsonRead(SourceWriter writer, EmitContext context)
    {
        writer.Line($"var reader = new {Types.Utf8JsonReader}(input, {Types.JsonCapture}.ReaderOptions);");
        writer.Open($"if (!{Types.JsonCapture}.TryStartObject(ref reader, out var failure))");
        writer.Line("return failure;");
        writer.Close();
        writer.Line();
        writer.Line("var source = new SourceValues();");
        if (context.Sources.Children.Count > 0)
        {
            writer.Line($"{ReaderEmitter.MethodName(context.Sources)}(ref reader, input, session.Scratch, ref source);");
        }
        else
        {
            writer.Line("reader.Skip();");
        }

        writer.Open($"if (!{Types.JsonCapture}.TryEnd(ref reader, out failure))");
        writer.Line("return failure;");
        writer.Close();
    }
}
