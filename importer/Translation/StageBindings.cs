using System;
using System.Collections.Generic;
using System.Text.RegularExpressions;
using EcsForge.Mapping;

namespace EcsForge.Importer.Translation;

/// <summary>
/// What the importer knows of each pipeline stage's output: the parsed input (<c>stage.message.a.b</c> is raw path
/// <c>a.b</c>) or a date parsed from one raw path. References to any other stage cannot be translated.
/// </summary>
internal sealed partial class StageBindings
{
    private readonly Dictionary<string, string> _inputs = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (string Field, RawReference Date)> _dates = new(StringComparer.Ordinal);

    public bool HasInput => _inputs.Count > 0;

    public void BindInput(string stage, string outputField) => _inputs[stage] = outputField;

    public void BindDate(string stage, string outputField, RawReference date) => _dates[stage] = (outputField, date);

    /// <summary>
    /// Resolves a bare dotted name such as <c>parse_event.message.user.name</c>; <c>.get('user')</c> (without a default)
    /// reads as <c>.user</c>, as both give nothing for a missing key.
    /// </summary>
    public bool TryResolve(string name, out RawReference reference)
    {
        reference = new RawReference(string.Empty, Conversion.None);
        name = WithoutGetCalls(name);
        if (!Jinja.IsDottedName(name))
        {
            return false;
        }

        var segments = name.Split('.');
        if (segments.Length >= 3 && _inputs.TryGetValue(segments[0], out var output) && segments[1] == output)
        {
            reference = new RawReference(string.Join('.', segments, 2, segments.Length - 2), Conversion.None);
            return true;
        }

        if (segments.Length == 2 && _dates.TryGetValue(segments[0], out var date) && segments[1] == date.Field)
        {
            reference = date.Date;
            return true;
        }

        return false;
    }

    /// <summary>
    /// Resolves a placeholder expression: a name, optionally piped through <c>to_rfc3339</c> (without a format), which
    /// <see cref="Conversion.Rfc3339"/> does for text dates.
    /// </summary>
    public bool TryResolveExpression(string expression, out RawReference reference)
    {
        var pipes = Jinja.SplitOutsideQuotes(expression, "|");
        if (!TryResolve(pipes[0].Trim(), out reference))
        {
            return false;
        }

        if (pipes.Count == 1)
        {
            return true;
        }

        if (pipes.Count == 2 && pipes[1].Trim() == "to_rfc3339" && reference.Convert == Conversion.None)
        {
            reference = reference with { Convert = Conversion.Rfc3339 };
            return true;
        }

        return false;
    }

    /// <summary>Rewrites <c>a.get('b')</c> as <c>a.b</c> (see <see cref="TryResolve"/>).</summary>
    public static string WithoutGetCalls(string expression) => GetCall().Replace(expression, ".${key}");

    [GeneratedRegex(@"\.get\(\s*(?<quote>['""])(?<key>[A-Za-z0-9_@$\-]+)\k<quote>\s*\)")]
    private static partial Regex GetCall();
}
