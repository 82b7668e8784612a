using System.Collections.Generic;
using System.Linq;
using EcsForge.Generator.Model;
using EcsForge.Generator.Shared;

namespace EcsForge.Generator.Emit;

/// <summary>
/// Emits the single-pass reader: one method per raw object, dispatching property names on their UTF-8 length and
/// bytes (no strings), capturing referenced values as slices and skipping everything else.
/// </summary>
internal static class ReaderEmitter
{
    public static string MethodName(SourceNode node)
        => node.Path.Length == 0 ? "ReadRoot" : "Read_" + CSharp.Identifier(node.Path);

    public static void Emit(SourceWriter writer, EmitContext context)
    {
        if (context.Model.Input == InputFormat.KeyValue)
        {
            EmitPairReader(writer, context);
            return;
        }

        foreach (var node in context.Sources.ObjectNodes())
        {
            EmitObjectReader(writer, context, node);
        }
    }

    private static void EmitObjectReader(SourceWriter writer, EmitContext context, SourceNode node)
    {
        var description = node.Path.Length == 0 ? "the message's root object" : $"object <c>{node.Path}</c>";
        writer.Line($"/// <summary>Reads {description}; the reader starts on its StartObject and ends on its EndObject.</summary>");
        writer.Open($"private static void {MethodName(node)}(ref {Types.Utf8JsonReader} reader, {Types.Bytes} input, {Types.EventScratch} scratch, ref SourceValues source)");
        writer.Open($"while (reader.Read() && reader.TokenType == {Types.JsonTokenType}.PropertyName)");
        writer.Line($"var name = {Types.JsonCapture}.PropertyName(ref reader, scratch);");
        writer.Line($"{Types.JsonCapture}.ReadValue(ref reader);");
        EmitNameSwitch(writer, "name", node.Children.Values, child => EmitChild(writer, context, child));
        writer.Line();
        writer.Line("reader.Skip();");
        writer.Close();
        writer.Close();
        writer.Line();
    }

    private static void EmitPairReader(SourceWriter writer, EmitContext context)
    {
        writer.Line("/// <summary>Reads the key=value pairs in one pass, keeping the last value of each key this dataset uses.</summary>");
        writer.Open($"private static {Types.ParseResult} ReadPairs({Types.Bytes} input, {Types.EventScratch} scratch, ref SourceValues source)");
        writer.Line($"var reader = new {Types.KeyValueReader}(input);");
        writer.Open("while (reader.TryRead(scratch, out var key, out var value))");
        EmitNameSwitch(writer, "key", context.Sources.Children.Values, child =>
            writer.Line($"source.{context.SourceField(child.Path)} = value;"));
        writer.Close();
        writer.Line();
        writer.Line($"return {Types.KeyValueResults}.Of(reader.Status, reader.Position);");
        writer.Close();
        writer.Line();
    }

    /// <summary>Dispatches a UTF-8 name on its length, then its bytes; a match runs the child's statement and continues the loop.</summary>
    public static void EmitNameSwitch(SourceWriter writer, string name, IEnumerable<SourceNode> children, System.Action<SourceNode> onMatch)
        => LengthSwitch.Emit(writer, name, children, child => child.Name, child =>
        {
            onMatch(child);
            writer.Line("continue;");
        });

    private static void EmitChild(SourceWriter writer, EmitContext context, SourceNode child)
    {
        var capture = child.IsCaptured ? $"source.{context.SourceField(child.Path)}" : null;
        if (child.Children.Count == 0)
        {
            writer.Line($"{capture} = {Types.JsonCapture}.Capture(ref reader, input, scratch);");
            return;
        }

        writer.Open($"if (reader.TokenType == {Types.JsonTokenType}.StartObject)");
        if (capture is not null)
        {
            writer.Line($"var start = {Types.JsonCapture}.ContainerStart(ref reader);");
            writer.Line($"{MethodName(child)}(ref reader, input, scratch, ref source);");
            writer.Line($"{capture} = {Types.JsonCapture}.ContainerEnd(ref reader, input, start, {Types.RawKind}.Object);");
        }
        else
        {
            writer.Line($"{MethodName(child)}(ref reader, input, scratch, ref source);");
        }

        writer.Close();
        writer.Open("else");
        writer.Line(capture is not null ? $"{capture} = {Types.JsonCapture}.Capture(ref reader, input, scratch);" : "reader.Skip();");
        writer.Close();
    }
}
