using System.Collections.Generic;
using System.Linq;
using EcsForge.Generator.Patterns;
using YamlDotNet.RepresentationModel;

namespace EcsForge.Importer.Translation;

internal sealed partial class PipelineImporter
{
    /// <summary>
    /// <c>grok.match</c> becomes <c>[ParseGrok(stage, pattern)]</c>; <c>grok.case_match</c> becomes
    /// <c>[ParseGrok(stage, Key = pattern_key, Cases = new[] { key, pattern, ... })]</c>; both with their
    /// <c>custom_patterns</c> as <c>CustomPatterns = new[] { name, pattern, ... }</c>.
    /// </summary>
    private void TranslateGrok(string name, string kind, YamlNode? properties, string input, string? output, string? filter)
    {
        var arguments = new List<string> { AttributeText.String(name) };
        var customNode = Yaml.Child(properties, "custom_patterns") as YamlMappingNode;
        var custom = new Dictionary<string, string>(System.StringComparer.Ordinal);
        foreach (var pair in customNode?.Children ?? Enumerable.Empty<KeyValuePair<YamlNode, YamlNode>>())
        {
            custom[Yaml.Text(pair.Key) ?? string.Empty] = Yaml.Text(pair.Value) ?? string.Empty;
        }

        if (kind == "grok.match")
        {
            if (Yaml.Text(Yaml.Child(properties, "pattern")) is not { } pattern)
            {
                Skip(new Untranslated("grok.match without a pattern", name));
                return;
            }

            if (GrokSyntax.Error(pattern, custom) is { } error)
            {
                Skip(new Untranslated("grok pattern the compiler refuses", $"{name}: {error}"));
                return;
            }

            arguments.Add(AttributeText.String(pattern));
        }
        else
        {
            if (Yaml.Text(Yaml.Child(properties, "pattern_key")) is not { } key || Yaml.Child(properties, "patterns") is not YamlMappingNode cases)
            {
                Skip(new Untranslated("grok.case_match without pattern_key or patterns", name));
                return;
            }

            // A case the compiler refuses is left out (its key then matches no case) and listed.
            var kept = new List<(string Key, string Pattern)>();
            foreach (var (caseKey, caseValue) in cases.Children)
            {
                var text = Yaml.Text(caseValue) ?? string.Empty;
                if (GrokSyntax.Error(text, custom) is { } error)
                {
                    Skip(new Untranslated("grok case the compiler refuses", $"{name} case {Yaml.Text(caseKey)}: {error}"));
                    continue;
                }

                kept.Add((Yaml.Text(caseKey) ?? string.Empty, text));
            }

            if (kept.Count == 0)
            {
                return;
            }

            arguments.Add("Key = " + AttributeText.String(key));
            arguments.Add("Cases = " + Pairs(kept));
        }

        if (input != "{{ original.message }}")
        {
            arguments.Add("Input = " + AttributeText.String(input));
        }

        AddOutput(arguments, output, "message");
        if (custom.Count > 0)
        {
            arguments.Add("CustomPatterns = " + Pairs(custom.Select(pair => (pair.Key, pair.Value))));
        }

        _parseStages.Add(name);
        _lines.Add(Attribute("ParseGrok", arguments, filter));
    }

    /// <summary>Pairs of texts as a C# array: name, value, name, value, ...</summary>
    private static string Pairs(IEnumerable<(string Name, string Value)> pairs)
    {
        var items = pairs.SelectMany(pair => new[] { pair.Name, pair.Value });
        return "new[] { " + string.Join(", ", items.Select(AttributeText.String)) + " }";
    }
}
