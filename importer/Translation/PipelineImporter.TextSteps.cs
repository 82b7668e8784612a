using System.Collections.Generic;
using System.Linq;
using EcsForge.Generator.Reading;
using YamlDotNet.RepresentationModel;

namespace EcsForge.Importer.Translation;

/// <summary>
/// The text format stages: <c>kv.parse-kv</c>, <c>cef.parse-cef</c>, <c>leef.parse-leef</c>, <c>dsv.parse-dsv</c>,
/// <c>xml.parse-xml</c>.
/// </summary>
internal sealed partial class PipelineImporter
{
    /// <summary>
    /// Translates a text format stage into its attribute; false when <paramref name="kind"/> is none. A separator or
    /// delimiter the runtime does not support leaves the stage untranslated, with the reason.
    /// </summary>
    private bool TryTranslateTextStep(
        string kind, string name, YamlNode? properties, string input, string? output, List<string> arguments, string? filter)
    {
        string attribute;
        switch (kind)
        {
            case "kv.parse-kv":
            case "kv.parseKV":
                attribute = "ParseKeyValue";
                if (!TryAddSeparator(arguments, "ItemSeparator", Property(properties, "item_sep"), @"\s", name)
                    || !TryAddSeparator(arguments, "ValueSeparator", Property(properties, "value_sep"), "=", name))
                {
                    return true;
                }

                if (Yaml.Child(properties, "groups") is YamlScalarNode { Value: "true" or "True" })
                {
                    arguments.Add("Groups = true");
                }

                break;
            case "cef.parse-cef":
                attribute = "ParseCef";
                break;
            case "leef.parse-leef":
                attribute = "ParseLeef";
                break;
            case "xml.parse-xml":
                attribute = "ParseXml";
                break;
            case "dsv.parse-dsv":
                attribute = "ParseDelimited";
                var columns = (Yaml.Child(properties, "columnnames") as YamlSequenceNode)?.OfType<YamlScalarNode>()
                    .Select(column => column.Value ?? string.Empty).ToList();
                if (columns is not { Count: > 0 })
                {
                    Skip(new Untranslated("dsv.parse-dsv stage without columnnames", name));
                    return true;
                }

                arguments.Add("Columns = new[] { " + string.Join(", ", columns.Select(AttributeText.String)) + " }");
                if (Property(properties, "delimiter") is { } delimiter && delimiter != ",")
                {
                    if (delimiter.Length != 1)
                    {
                        Skip(new Untranslated("dsv.parse-dsv delimiter of more than one character", $"{name}: '{delimiter}'"));
                        return true;
                    }

                    arguments.Add("Delimiter = " + AttributeText.String(delimiter));
                }

                break;
            default:
                return false;
        }

        if (input != "{{ original.message }}")
        {
            arguments.Insert(1, "Input = " + AttributeText.String(input));
        }

        if (output is not null && output != "message")
        {
            arguments.Insert(input != "{{ original.message }}" ? 2 : 1, "Output = " + AttributeText.String(output));
        }

        _parseStages.Add(name);
        _lines.Add(Attribute(attribute, arguments, filter));
        return true;
    }

    private bool TryAddSeparator(List<string> arguments, string option, string? separator, string standard, string name)
    {
        if (separator is null || separator == standard)
        {
            return true;
        }

        if (TextStepSyntax.SeparatorError(separator) is { } error)
        {
            Skip(new Untranslated("kv.parse-kv separator outside the supported subset", $"{name}: '{separator}' ({error})"));
            return false;
        }

        arguments.Add(option + " = " + AttributeText.String(separator));
        return true;
    }

    private static string? Property(YamlNode? properties, string key)
        => Yaml.Child(properties, key) is { } node && !Yaml.IsNull(node) ? Yaml.Text(node) : null;
}
