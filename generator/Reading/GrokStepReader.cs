using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using EcsForge.Generator.Diagnostics;
using EcsForge.Generator.Model;
using EcsForge.Generator.Patterns;

namespace EcsForge.Generator.Reading;

/// <summary>
/// Reads a <c>[ParseGrok]</c> stage: compiles its pattern, or each distinct pattern of its cases, with the grok library
/// and the stage's own <c>CustomPatterns</c>, reporting an unknown <c>%{NAME}</c> on its characters in the pattern.
/// </summary>
internal static class GrokStepReader
{
    /// <summary>A typed capture, <c>%{INT:bytes:int}</c>: pygrok converts it with <c>int()</c> or <c>float()</c>.</summary>
    private static readonly Regex s_typedCapture = new(@"%\{\w+:([^:}]+):(int|float)\}", RegexOptions.CultureInvariant);

    public static PipelineStep Read(AttributeSite site, ReadState state)
    {
        var stage = site.String(0) ?? string.Empty;
        var pattern = site.String(1);
        var custom = new Dictionary<string, string>(System.StringComparer.Ordinal);
        foreach (var (name, text) in Pairs(site, "CustomPatterns", state))
        {
            custom[name] = text;
        }

        var key = site.NamedString("Key");
        var cases = pattern is null ? Pairs(site, "Cases", state) : new List<(string, string)>();
        if (pattern is null && cases.Count == 0)
        {
            state.Diagnostics.Add(DiagnosticInfo.Create(
                DiagnosticDescriptors.InvalidPattern, site.Whole, stage, "a grok stage needs a pattern, or a Key and Cases"));
        }

        var texts = new List<string>();
        var compiled = new List<PatternModel>();
        var caseModels = new List<GrokCase>();
        foreach (var (caseKey, text) in pattern is null ? cases : new List<(string, string)> { (stage, pattern) })
        {
            var index = texts.IndexOf(text);
            if (index < 0)
            {
                index = texts.Count;
                texts.Add(text);
                if (Compile(site, state, stage, caseKey, text, custom, pattern is not null) is { } model)
                {
                    compiled.Add(model);
                }
            }

            caseModels.Add(new GrokCase(caseKey, index));
        }

        var types = texts.Concat(custom.Values)
            .SelectMany(text => s_typedCapture.Matches(text).Cast<Match>())
            .Select(match => match.Groups[1].Value + ":" + match.Groups[2].Value)
            .Distinct()
            .ToEquatableArray();
        return new PipelineStep
        {
            Kind = PipelineStepKind.ParseGrok,
            Name = stage,
            Template = site.NamedString("Input") ?? "{{ original.message }}",
            Output = site.NamedString("Output") ?? "message",
            When = site.NamedString("When"),
            Grok = new GrokStep(pattern is null ? key ?? string.Empty : null, compiled.ToEquatableArray(), caseModels.ToEquatableArray(), types),
        };
    }

    private static PatternModel? Compile(
        AttributeSite site, ReadState state, string stage, string key, string text, Dictionary<string, string> custom, bool positional)
    {
        if (RegexParser.TryParse(text, custom, captureReferences: true, out var root, out var error, out var unknownName))
        {
            return PatternCompiler.Compile(key, text, root!);
        }

        // On the reference itself when it is in the pattern string; on the argument holding it otherwise.
        var reference = unknownName is null ? -1 : text.IndexOf("%{" + unknownName, System.StringComparison.Ordinal);
        var location = positional
            ? reference >= 0 ? site.InString(1, null, reference, unknownName!.Length + 2) : site.Positional(1)
            : site.Named("Cases");
        if (unknownName is not null && reference < 0 && positional)
        {
            location = site.Named("CustomPatterns");
        }

        state.Diagnostics.Add(unknownName is null
            ? DiagnosticInfo.Create(DiagnosticDescriptors.InvalidPattern, location, positional ? stage : key, error)
            : DiagnosticInfo.Create(DiagnosticDescriptors.UnknownGrokPattern, location, unknownName, GrokLibrary.KnownNames()));
        return null;
    }

    /// <summary>A <c>string[]</c> named argument read as (name, value) pairs; an odd count is reported.</summary>
    private static List<(string Name, string Value)> Pairs(AttributeSite site, string argument, ReadState state)
    {
        var pairs = new List<(string, string)>();
        if (site.NamedValue(argument) is not { IsNull: false } value)
        {
            return pairs;
        }

        var items = value.Values.Select(item => item.Value as string ?? string.Empty).ToList();
        if (items.Count % 2 != 0)
        {
            state.Diagnostics.Add(DiagnosticInfo.Create(
                DiagnosticDescriptors.InvalidPattern,
                site.Named(argument),
                site.String(0) ?? string.Empty,
                argument + " must hold pairs: a name, then its pattern"));
        }

        for (var i = 0; i + 1 < items.Count; i += 2)
        {
            pairs.Add((items[i], items[i + 1]));
        }

        return pairs;
    }
}
