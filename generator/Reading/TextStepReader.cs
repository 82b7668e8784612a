using System.Collections.Generic;
using System.Linq;
using EcsForge.Generator.Diagnostics;
using EcsForge.Generator.Model;
using EcsForge.Generator.Shared;

namespace EcsForge.Generator.Reading;

/// <summary>
/// Reads the text format steps (<c>[ParseKeyValue]</c>, <c>[ParseCef]</c>, <c>[ParseLeef]</c>,
/// <c>[ParseDelimited]</c>, <c>[ParseXml]</c>) and checks what the runtime cannot run: a separator outside <see cref="SeparatorSyntax"/>,
/// a delimiter that is not one character, a row without columns.
/// </summary>
internal static class TextStepReader
{
    /// <summary>The step <paramref name="site"/> declares; null when it is no text format attribute.</summary>
    public static PipelineStep? Read(AttributeSite site, string attributeName)
    {
        var kind = attributeName switch
        {
            KnownNames.ParseKeyValueAttribute => PipelineStepKind.ParseKeyValue,
            KnownNames.ParseCefAttribute => PipelineStepKind.ParseCef,
            KnownNames.ParseLeefAttribute => PipelineStepKind.ParseLeef,
            KnownNames.ParseDelimitedAttribute => PipelineStepKind.ParseDelimited,
            KnownNames.ParseXmlAttribute => PipelineStepKind.ParseXml,
            _ => (PipelineStepKind?)null,
        };
        if (kind is not { } stepKind)
        {
            return null;
        }

        var columns = site.NamedValue("Columns") is { IsNull: false } array
            ? array.Values.Select(value => value.Value as string ?? string.Empty).ToEquatableArray()
            : EquatableArray<string>.Empty;
        return new PipelineStep
        {
            Kind = stepKind,
            Name = site.String(0) ?? string.Empty,
            Template = site.NamedString("Input") ?? "{{ original.message }}",
            Output = site.NamedString("Output") ?? "message",
            When = site.NamedString("When"),
            Text = new TextStepOptions
            {
                ItemSeparator = stepKind == PipelineStepKind.ParseKeyValue ? site.NamedString("ItemSeparator") ?? @"\s" : null,
                ValueSeparator = stepKind == PipelineStepKind.ParseKeyValue ? site.NamedString("ValueSeparator") ?? "=" : null,
                Groups = stepKind == PipelineStepKind.ParseKeyValue && site.NamedValue("Groups")?.Value is true,
                Columns = columns,
                Delimiter = stepKind == PipelineStepKind.ParseDelimited ? site.NamedString("Delimiter") ?? "," : null,
            },
        };
    }

    /// <summary>Reports the options of <paramref name="step"/> the runtime cannot run.</summary>
    public static void Check(PipelineStep step, AttributeSite site, List<DiagnosticInfo> diagnostics)
    {
        if (step.Text is not { } options)
        {
            return;
        }

        CheckSeparator(options.ItemSeparator, "ItemSeparator", site, diagnostics);
        CheckSeparator(options.ValueSeparator, "ValueSeparator", site, diagnostics);
        if (options.Delimiter is { Length: not 1 } delimiter)
        {
            diagnostics.Add(DiagnosticInfo.Create(
                DiagnosticDescriptors.UnsupportedTextOption, site.Named("Delimiter"), "Delimiter", delimiter, "a delimiter is one character"));
        }

        if (step.Kind == PipelineStepKind.ParseDelimited && options.Columns.Count == 0)
        {
            diagnostics.Add(DiagnosticInfo.Create(
                DiagnosticDescriptors.UnsupportedTextOption, site.Named("Columns"), "Columns", string.Empty, "a row needs its column names"));
        }
    }

    private static void CheckSeparator(string? separator, string name, AttributeSite site, List<DiagnosticInfo> diagnostics)
    {
        if (separator is not null && SeparatorSyntax.Parse(separator, out var error) is null)
        {
            var reason = error + " is not supported: a separator is a fixed sequence of characters, \\s or classes";
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.UnsupportedTextOption, site.Named(name), name, separator, reason));
        }
    }
}
