using System.Linq;
using EcsForge.Generator.Expressions;
using EcsForge.Generator.Model;

namespace EcsForge.Generator.Emit;

/// <summary>
/// Emits the text format steps (<c>[ParseKeyValue]</c>, <c>[ParseCef]</c>, <c>[ParseLeef]</c>,
/// <c>[ParseDelimited]</c>, <c>[ParseXml]</c>): each calls its runtime scanner (<c>EcsForge.Pipelines.Scanners</c>) on its input and
/// stores the dict under its stage; separators and columns are built once, in static fields.
/// </summary>
internal static class TextStepEmitter
{
    private const string Scanners = "global::EcsForge.Pipelines.Scanners";

    /// <summary>The static separators and column names of the pipeline's text steps.</summary>
    public static void EmitStatics(SourceWriter writer, PipelineModel pipeline)
    {
        for (var i = 0; i < pipeline.Steps.Count; i++)
        {
            var step = pipeline.Steps[i];
            if (step.Text is not { } options)
            {
                continue;
            }

            if (step.Kind == PipelineStepKind.ParseKeyValue)
            {
                var items = CSharp.String(options.ItemSeparator ?? @"\s");
                var values = CSharp.String(options.ValueSeparator ?? "=");
                writer.Line($"private static readonly {Scanners}.TextSeparator s_items{i} = {Scanners}.TextSeparator.Parse({items});");
                writer.Line($"private static readonly {Scanners}.TextSeparator s_values{i} = {Scanners}.TextSeparator.Parse({values});");
            }
            else if (step.Kind == PipelineStepKind.ParseDelimited)
            {
                writer.Line($"private static readonly string[] s_columns{i} = {{ {string.Join(", ", options.Columns.Select(CSharp.String))} }};");
            }
        }
    }

    /// <summary>The body of text step <paramref name="index"/>: parses its input into <c>s.{field}</c>.</summary>
    public static void EmitBody(SourceWriter writer, PipelineStep step, int index, ExpressionEmitter expressions, string field)
    {
        var input = expressions.EmitInput(JinjaTemplate.Parse(step.Template ?? string.Empty));
        var call = step.Kind switch
        {
            PipelineStepKind.ParseKeyValue when step.Text?.Groups == true
                => $"{Scanners}.KeyValueGroupScanner.Parse(arena, {input}, s_items{index}, s_values{index})",
            PipelineStepKind.ParseKeyValue => $"{Scanners}.KeyValueScanner.Parse(arena, {input}, s_items{index}, s_values{index})",
            PipelineStepKind.ParseCef => $"{Scanners}.CefScanner.Parse(arena, {input})",
            PipelineStepKind.ParseLeef => $"{Scanners}.LeefScanner.Parse(arena, {input})",
            PipelineStepKind.ParseXml => $"{Scanners}.XmlScanner.Parse(arena, {input})",
            _ => $"{Scanners}.DelimitedScanner.Parse(arena, {input}, s_columns{index}, {CharLiteral(Delimiter(step))})",
        };
        writer.Line($"s.{field} = {call};");
    }

    public static string Describe(PipelineStep step) => step.Kind switch
    {
        PipelineStepKind.ParseKeyValue
            => $"Stage <c>{step.Name}</c>: reads key{Xml(step.Text?.ValueSeparator)}value items separated by <c>{Xml(step.Text?.ItemSeparator)}</c>"
                + (step.Text?.Groups == true ? ", bracketed groups nested." : "."),
        PipelineStepKind.ParseCef => $"Stage <c>{step.Name}</c>: parses CEF.",
        PipelineStepKind.ParseLeef => $"Stage <c>{step.Name}</c>: parses LEEF.",
        PipelineStepKind.ParseXml => $"Stage <c>{step.Name}</c>: parses XML.",
        _ => $"Stage <c>{step.Name}</c>: reads <c>{Xml(Delimiter(step).ToString())}</c>-separated values.",
    };

    private static string Xml(string? text) => (text ?? string.Empty).Replace("<", "&lt;").Replace(">", "&gt;");

    private static string CharLiteral(char c) => c is >= ' ' and <= '~' and not '\'' and not '\\' ? $"'{c}'" : $"'\\u{(int)c:X4}'";

    private static char Delimiter(PipelineStep step) => step.Text?.Delimiter is { Length: 1 } delimiter ? delimiter[0] : ',';
}
