using System.Linq;
using EcsForge.Generator.Model;
using EcsForge.Generator.Shared;

namespace EcsForge.Generator.Emit;

/// <summary>
/// Emits the writer of a <c>[Spread]</c>: the message's top-level properties copied under one object, each written
/// with the shape of its declared custom field, empty values left out.
/// </summary>
internal static class SpreadEmitter
{
    public const string MethodName = "WriteSpread";

    public static void Emit(SourceWriter writer, EmitContext context)
    {
        var spread = context.Model.Spread;
        if (spread is null)
        {
            return;
        }

        writer.Line($"/// <summary>Copies every top-level property of the message under <c>{spread.Into}</c>, typed by the declared fields.</summary>");
        writer.Open($"private static void {MethodName}({Types.EventJsonWriter} writer, {Types.JsonName} name, {Types.Bytes} input, {Types.EventSession} session)");
        // The root was validated by the first pass; this one only walks its top level, skipping nested values.
        writer.Line($"var reader = new {Types.Utf8JsonReader}(input, {Types.JsonCapture}.ReaderOptions);");
        writer.Line("reader.Read();");
        writer.Line("var opened = false;");
        writer.Open($"while (reader.Read() && reader.TokenType == {Types.JsonTokenType}.PropertyName)");
        writer.Line($"var property = {Types.JsonCapture}.PropertyNameValue(ref reader, session.Scratch);");
        writer.Line($"{Types.JsonCapture}.ReadValue(ref reader);");
        writer.Line($"var value = {Types.JsonCapture}.Capture(ref reader, input, session.Scratch);");
        writer.Line("var propertyName = session.Bytes(input, property);");
        writer.Line("var bytes = session.Bytes(input, value);");
        writer.Line($"var shape = {ShapeMethod}(propertyName);");
        writer.Open($"if (!value.HasValue || !{Types.EcsValueWriter}.Fits(shape, bytes, value.Kind))");
        writer.Line("continue;");
        writer.Close();
        writer.Line();
        writer.Open("if (!opened)");
        writer.Line("writer.WriteStartObject(name);");
        writer.Line("opened = true;");
        writer.Close();
        writer.Line();
        writer.Line("writer.WritePropertyName(propertyName);");
        writer.Line($"{Types.EcsValueWriter}.WriteValueAs(writer, bytes, value.Kind, shape);");
        writer.Close();
        writer.Line();
        writer.Open("if (opened)");
        writer.Line("writer.WriteEndObject();");
        writer.Close();
        writer.Close();
        writer.Line();
        EmitShapes(writer, spread);
    }

    private const string ShapeMethod = "SpreadShapeOf";

    private static void EmitShapes(SourceWriter writer, SpreadModel spread)
    {
        writer.Line("/// <summary>The declared shape of a spread property, by its name.</summary>");
        writer.Open($"private static {Types.SpreadShape} {ShapeMethod}({Types.Bytes} name)");
        var typed = spread.Fields
            .Select(field => (Name: field.Name.Substring(spread.Into.Length + 1), Shape: ShapeOf(field.Shape)))
            .Where(field => field.Shape != SpreadShape.Keep)
            .ToList();
        if (typed.Count > 0)
        {
            LengthSwitch.Emit(writer, "name", typed, field => field.Name, field => writer.Line($"return {Types.SpreadShape}.{field.Shape};"));
            writer.Line();
        }

        writer.Line($"return {Types.SpreadShape}.{SpreadShape.Keep};");
        writer.Close();
        writer.Line();
    }

    private static SpreadShape ShapeOf(ValueShape shape) => shape switch
    {
        ValueShape.Keyword => SpreadShape.Keyword,
        ValueShape.Integer => SpreadShape.Integer,
        ValueShape.Number => SpreadShape.Number,
        ValueShape.Boolean => SpreadShape.Boolean,
        ValueShape.List => SpreadShape.List,
        _ => SpreadShape.Keep,
    };
}
