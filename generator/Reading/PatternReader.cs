using System.Collections.Generic;
using System.Linq;
using EcsForge.Generator.Diagnostics;
using EcsForge.Generator.Model;
using EcsForge.Generator.Patterns;

namespace EcsForge.Generator.Reading;

/// <summary>Reads <c>[Patterns]</c>, <c>[Pattern]</c> and <c>[CustomPattern]</c>, compiles the patterns and checks their captures.</summary>
internal static class PatternReader
{
    public static PatternSetModel? Read(List<AttributeSite> sites, ReadState state)
    {
        var set = sites.FirstOrDefault(site => Is(site, KnownNames.PatternsAttribute));
        var patterns = sites.Where(site => Is(site, KnownNames.PatternAttribute)).ToList();
        if (set is null)
        {
            foreach (var pattern in patterns)
            {
                state.Diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.PatternWithoutPatterns, pattern.Whole));
            }

            return null;
        }

        var input = set.String(0) ?? string.Empty;
        if (!SourcePath.IsValid(input))
        {
            state.Diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.MalformedSourcePath, set.Positional(0), input));
        }

        var into = set.NamedString("Into") ?? "details";
        var custom = sites.Where(site => Is(site, KnownNames.CustomPatternAttribute))
            .GroupBy(site => site.String(0) ?? string.Empty)
            .ToDictionary(group => group.Key, group => group.Last().String(1) ?? string.Empty);
        var compiled = new List<PatternModel>();
        var allCompiled = true;
        foreach (var site in patterns)
        {
            var key = site.String(0) ?? string.Empty;
            var text = site.String(1) ?? string.Empty;
            if (!RegexParser.TryParse(text, custom, out var root, out var error, out var unknownName))
            {
                state.Diagnostics.Add(unknownName is null
                    ? DiagnosticInfo.Create(DiagnosticDescriptors.InvalidPattern, site.Positional(1), key, error)
                    : DiagnosticInfo.Create(DiagnosticDescriptors.UnknownGrokPattern, site.Positional(1), unknownName, GrokLibrary.KnownNames()));
                allCompiled = false;
                continue;
            }

            var model = PatternCompiler.Compile(key, text, root!);
            compiled.Add(model);
            ReportUnusedCaptures(model, into, site, state);
        }

        // A pattern that failed to compile has unknown captures: reporting its mapped sources too would only add noise.
        if (allCompiled)
        {
            ReportUnknownCaptures(compiled, into, state);
        }

        state.Sources.Add((input, set.Positional(0)));
        return new PatternSetModel(input, into, set.NamedString("KeyDelimiter") ?? ":", compiled.ToEquatableArray());
    }

    private static void ReportUnusedCaptures(PatternModel model, string into, AttributeSite site, ReadState state)
    {
        foreach (var capture in model.Captures)
        {
            var path = into + "." + capture;
            if (!state.Sources.Any(source => source.Path == path))
            {
                state.Diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.UnusedCapture, site.Positional(1), capture, model.Key, path));
            }
        }
    }

    private static void ReportUnknownCaptures(List<PatternModel> patterns, string into, ReadState state)
    {
        var captures = new HashSet<string>(patterns.SelectMany(pattern => pattern.Captures), System.StringComparer.Ordinal);
        foreach (var (path, location) in state.Sources)
        {
            if (path.StartsWith(into + ".", System.StringComparison.Ordinal) && !captures.Contains(path.Substring(into.Length + 1)))
            {
                state.Diagnostics.Add(DiagnosticInfo.Create(
                    DiagnosticDescriptors.UnknownCapture, location, path, captures.Count == 0 ? "none" : string.Join(", ", captures.OrderBy(name => name))));
            }
        }
    }

    private static bool Is(AttributeSite site, string name) => site.Data.AttributeClass?.ToDisplayString() == name;
}
