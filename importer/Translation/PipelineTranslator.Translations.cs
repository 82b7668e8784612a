using System.Collections.Generic;
using System.Globalization;
using EcsForge.Mapping;
using YamlDotNet.RepresentationModel;

namespace EcsForge.Importer.Translation;

/// <summary><c>translate</c> actions: a dictionary from the value of an input path (or of an event field one map set) to texts.</summary>
internal sealed partial class PipelineTranslator
{
    private void TranslateTranslation(YamlMappingNode translation, string when)
    {
        var fallbackNode = Yaml.Child(translation, "fallback");
        var fallback = Yaml.IsNull(fallbackNode) ? null : Yaml.Text(fallbackNode);
        if (Yaml.Child(translation, "dictionary") is not YamlMappingNode dictionary
            || Yaml.Child(translation, "mapping") is not YamlMappingNode mapping)
        {
            Skip(new Untranslated("translate without a text dictionary", translation.ToString()));
            return;
        }

        var targets = new List<string>();
        foreach (var (_, target) in mapping.Children)
        {
            targets.Add(Yaml.Text(target) ?? string.Empty);
        }

        // A list of one text into fields ECS holds as lists (event.type: [denied]) is that text, wrapped by the writer.
        var listsAllowed = targets.TrueForAll(FieldCatalog.IsEcsList);
        fallback ??= listsAllowed ? SingleText(fallbackNode) : null;
        if (fallbackNode is not null && !Yaml.IsNull(fallbackNode) && fallback is null)
        {
            Skip(new Untranslated("translate to non-text values", translation.ToString()));
            targets.ForEach(Forget);
            return;
        }

        var pairs = new List<string>();
        foreach (var (key, value) in dictionary.Children)
        {
            var valueText = value is YamlScalarNode scalar && !Yaml.IsNull(scalar) ? scalar.Value : listsAllowed ? SingleText(value) : null;
            if (Yaml.Text(key) is not { } keyText || valueText is null)
            {
                Skip(new Untranslated("translate to non-text values", mapping.ToString()));
                foreach (var (_, target) in mapping.Children)
                {
                    Forget(Yaml.Text(target) ?? string.Empty);
                }

                return;
            }

            pairs.Add(keyText);
            pairs.Add(valueText);
        }

        foreach (var (sourceNode, targetNode) in mapping.Children)
        {
            var source = Yaml.Text(sourceNode) ?? string.Empty;
            var target = Yaml.Text(targetNode) ?? string.Empty;
            if (!AcceptTarget(target, "translate " + source))
            {
                continue;
            }

            // The source is an event field set earlier, or (as the catalogue also writes it) an input path itself.
            var rawPath = _bindings.TryResolve(source, out var direct) && direct.Convert == Conversion.None
                ? direct.Path
                : _eventFieldSources.GetValueOrDefault(source);
            if (rawPath is null)
            {
                Skip(new Untranslated("translate of an event field not set from one raw path", $"{source} -> {target}"));
                Forget(target);
                continue;
            }

            Emit(target, AttributeText.Translate(rawPath, target, pairs, fallback, when), null, when);
        }
    }

    private static string? SingleText(YamlNode? node)
        => node is YamlSequenceNode { Children.Count: 1 } list && list[0] is YamlScalarNode item && !Yaml.IsNull(item) ? item.Value : null;
}
