using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using YamlDotNet.RepresentationModel;

namespace EcsForge.Importer.Translation;

/// <summary>
/// A set action's filter is evaluated once, before any of its fields is set. One <c>[Set]</c> per field, each with
/// the filter as its <c>When</c>, is the same thing unless the filter reads a field the action sets first (Windows:
/// user.name then user.domain under <c>final.user.name == null</c>); such an action becomes a stage of its own.
/// </summary>
internal sealed partial class PipelineImporter
{
    private static readonly Regex s_finalField = new(@"\bfinal\.([\w@.]+)", RegexOptions.CultureInvariant);

    /// <summary>Whether the filter reads a field that one of the action's sets before its last one writes.</summary>
    private static bool ReadsWhatItSets(string filter, YamlMappingNode set)
    {
        var read = s_finalField.Matches(filter).Select(match => match.Groups[1].Value.TrimEnd('.')).ToList();
        var targets = set.Children.Keys.Select(key => Yaml.Text(key) ?? string.Empty).ToList();
        return targets.Take(targets.Count - 1).Any(target => read.Any(field => Overlap(field, target)));
    }

    private static bool Overlap(string read, string target)
        => read == target
            || target.StartsWith(read + ".", StringComparison.Ordinal)
            || read.StartsWith(target + ".", StringComparison.Ordinal);

    /// <summary>
    /// The stage filter under which the action's sets run together: its own filter, and the enclosing stage's when
    /// that one reads no field of the event (the parse steps' values it reads cannot change within the stage, so
    /// evaluating it again gives what it gave at the stage's start). Null when there is no such filter.
    /// </summary>
    private static string? ActionStageFilter(string? stageFilter, string filter)
    {
        if (stageFilter is null)
        {
            return filter;
        }

        return !stageFilter.Contains("final", StringComparison.Ordinal)
            && Jinja.TryUnwrap(stageFilter, out var stage) && Jinja.TryUnwrap(filter, out var action)
            ? "{{ (" + stage + ") and (" + action + ") }}"
            : null;
    }

    /// <summary>The action as a stage of the same name with its filter, then the rest of the enclosing stage.</summary>
    private void TranslateSetFilteredOnce(YamlMappingNode set, string stage, string? stageFilter, string once)
    {
        _lines.Add(AttributeText.Comment("one action whose filter reads a field it sets: its filter holds for all its fields, as a stage of its own"));
        _lines.Add(Attribute("Stage", new List<string> { AttributeText.String(stage) }, once));
        foreach (var (target, value) in set.Children)
        {
            TranslateSet(Yaml.Text(target) ?? string.Empty, value, null);
        }

        _lines.Add(Attribute("Stage", new List<string> { AttributeText.String(stage) }, stageFilter));
    }
}
