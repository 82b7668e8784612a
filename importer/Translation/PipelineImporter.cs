using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using YamlDotNet.RepresentationModel;

namespace EcsForge.Importer.Translation;

/// <summary>
/// Translates a parser.yml pipeline into pipeline attributes, step by step in pipeline order: parse stages become
/// <c>[ParseJson]</c>/<c>[ParseDate]</c>, custom stages <c>[Stage]</c> with their <c>[Set]</c>/<c>[Delete]</c>
/// actions, templates and filters kept as written. What has no attribute yet becomes a <c>// not translated</c> line and
/// an <see cref="Untranslated"/> entry.
/// </summary>
internal sealed partial class PipelineImporter
{
    private readonly FieldCatalog _fields;
    private readonly List<string> _lines = new();
    private readonly List<Untranslated> _untranslated = new();
    private readonly List<string> _externals = new();
    private readonly HashSet<string> _parseStages = new(System.StringComparer.Ordinal);

    public PipelineImporter(FieldCatalog fields)
    {
        _fields = fields;
    }

    public IReadOnlyList<string> Lines => _lines;

    public IReadOnlyList<Untranslated> Untranslated => _untranslated;

    public IReadOnlyList<string> ExternalStages => _externals;

    /// <summary>The <c>ignored_values</c> texts; null when the pipeline has none.</summary>
    public List<string>? IgnoredValues { get; private set; }

    public void Translate(YamlNode parser)
    {
        if (Yaml.Child(parser, "ignored_values") is YamlSequenceNode ignored)
        {
            IgnoredValues = ignored.OfType<YamlScalarNode>().Where(item => !Yaml.IsNull(item)).Select(item => item.Value ?? string.Empty).ToList();
        }

        var stages = Yaml.Child(parser, "stages") as YamlMappingNode;
        if (Yaml.Child(parser, "pipeline") is not YamlSequenceNode pipeline)
        {
            Skip(new Untranslated("pipeline without steps", "parser.yml has no 'pipeline' list"));
            return;
        }

        foreach (var step in pipeline)
        {
            var name = Yaml.Text(Yaml.Child(step, "name")) ?? string.Empty;
            var filter = Text(Yaml.Child(step, "filter"));
            if (Yaml.Child(step, "external") is YamlMappingNode external)
            {
                TranslateExternal(name, external, filter);
            }
            else if (Yaml.Child(stages, name) is YamlNode stage)
            {
                TranslateStage(name, stage, filter);
            }
        }
    }

    private void TranslateExternal(string name, YamlMappingNode external, string? filter)
    {
        var kind = Yaml.Text(Yaml.Child(external, "name")) ?? string.Empty;
        _externals.Add(kind);
        var properties = Yaml.Child(external, "properties");
        var input = InputTemplate(Yaml.Text(Yaml.Child(properties, "input_field")));
        var output = Yaml.Text(Yaml.Child(properties, "output_field"));
        var arguments = new List<string> { AttributeText.String(name) };
        switch (kind)
        {
            case "json.parse-json":
            case "json.parseJSON":
                if (input.Replace(" ", string.Empty) != "{{original.message}}")
                {
                    arguments.Add("Input = " + AttributeText.String(input));
                }

                AddOutput(arguments, output, "message");
                _parseStages.Add(name);
                _lines.Add(Attribute("ParseJson", arguments, filter));
                return;
            case "date.parse":
                arguments.Add(AttributeText.String(InputTemplate(Yaml.Text(Yaml.Child(properties, "input_field")) ?? "original.@timestamp")));
                AddOutput(arguments, output, "message");
                var format = Yaml.IsNull(Yaml.Child(properties, "format")) ? null : Yaml.Text(Yaml.Child(properties, "format"));
                var timezone = Yaml.IsNull(Yaml.Child(properties, "timezone")) ? null : Yaml.Text(Yaml.Child(properties, "timezone"));
                if (!string.IsNullOrEmpty(format))
                {
                    arguments.Add("Format = " + AttributeText.String(format!));
                }

                if (!string.IsNullOrEmpty(timezone) && timezone != "UTC")
                {
                    arguments.Add("Timezone = " + AttributeText.String(timezone!));
                }

                _parseStages.Add(name);
                _lines.Add(Attribute("ParseDate", arguments, filter));
                return;
            case "grok.match":
            case "grok.case_match":
                TranslateGrok(name, kind, properties, input, output, filter);
                return;
            default:
                if (!TryTranslateTextStep(kind, name, properties, input, output, arguments, filter))
                {
                    Skip(new Untranslated(kind + " stage", name));
                }

                return;
        }
    }

    private static void AddOutput(List<string> arguments, string? output, string standard)
    {
        if (output is not null && output != standard)
        {
            arguments.Add("Output = " + AttributeText.String(output));
        }
    }

    /// <summary>An input_field as a template: a bare path (<c>original.message</c>) is wrapped in <c>{{ }}</c>.</summary>
    private static string InputTemplate(string? input)
    {
        if (string.IsNullOrWhiteSpace(input))
        {
            return "{{ original.message }}";
        }

        return input!.Contains("{{") ? input : "{{ " + input.Trim() + " }}";
    }

    private void TranslateStage(string name, YamlNode stage, string? filter)
    {
        if (NeverApplies(filter, "stage " + name))
        {
            return;
        }

        _lines.Add(Attribute("Stage", new List<string> { AttributeText.String(name) }, filter));
        if (Yaml.Child(stage, "actions") is not YamlSequenceNode actions)
        {
            return;
        }

        foreach (var action in actions.OfType<YamlMappingNode>())
        {
            TranslateAction(action, name, filter);
        }
    }

    private void TranslateAction(YamlMappingNode action, string stage, string? stageFilter)
    {
        var filter = Text(Yaml.Child(action, "filter"));
        if (NeverApplies(filter, "an action"))
        {
            return;
        }

        if (Yaml.Child(action, "set") is YamlMappingNode set)
        {
            if (filter is not null && ReadsWhatItSets(filter, set) && ActionStageFilter(stageFilter, filter) is { } once)
            {
                TranslateSetFilteredOnce(set, stage, stageFilter, once);
                return;
            }

            foreach (var (targetNode, value) in set.Children)
            {
                TranslateSet(Yaml.Text(targetNode) ?? string.Empty, value, filter);
            }
        }
        else if (Yaml.Child(action, "delete") is YamlSequenceNode delete)
        {
            var targets = delete.OfType<YamlScalarNode>().Select(target => AttributeText.String(target.Value ?? string.Empty)).ToList();
            _lines.Add(Attribute("Delete", targets, filter));
        }
        else if (Yaml.Child(action, "translate") is YamlMappingNode translate)
        {
            TranslateTranslation(translate, filter);
        }
        else if (Yaml.Child(action, "dictionary") is not null || Yaml.Child(action, "mapping") is not null)
        {
            // The catalogue also writes translate's keys straight on the action.
            TranslateTranslation(action, filter);
        }
        else
        {
            Skip(new Untranslated(string.Join(",", action.Children.Keys.Select(key => Yaml.Text(key))) + " action", action.ToString()));
        }
    }

    private void TranslateSet(string target, YamlNode value, string? filter)
    {
        if (!AcceptTarget(target))
        {
            return;
        }

        switch (value)
        {
            case YamlScalarNode scalar when Yaml.IsNull(scalar):
                break;
            case YamlScalarNode scalar when Yaml.IsPlain(scalar) && Constant(scalar.Value!) is { } constant:
                _lines.Add(Attribute("Set", new List<string> { AttributeText.String(target), constant }, filter));
                break;
            case YamlScalarNode scalar when !NeverApplies(scalar.Value, "set " + target):
                _lines.Add(Attribute("Set", new List<string> { AttributeText.String(target), AttributeText.String(scalar.Value ?? string.Empty) }, filter));
                break;
            case YamlScalarNode:
                break;
            default:
                if (PythonLiteral(value) is { } literal)
                {
                    _lines.Add(Attribute("Set", new List<string> { AttributeText.String(target), AttributeText.String("{{ " + literal + " }}") }, filter));
                }
                else
                {
                    Skip(new Untranslated("list or object of templates with text around them", $"{target}: {value}"));
                }

                break;
        }
    }

    /// <summary>A plain YAML scalar that is a number or a boolean, as a C# argument; null for text.</summary>
    private static string? Constant(string text)
    {
        if (long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number))
        {
            return number.ToString(CultureInfo.InvariantCulture) + "L";
        }

        if (text is "true" or "True" or "false" or "False")
        {
            return text is "true" or "True" ? "true" : "false";
        }

        if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var real) && text.Any(char.IsDigit))
        {
            return real.ToString("R", CultureInfo.InvariantCulture) + "d";
        }

        return null;
    }

    private void TranslateTranslation(YamlMappingNode translation, string? filter)
    {
        if (Yaml.Child(translation, "dictionary") is not YamlMappingNode dictionary || Yaml.Child(translation, "mapping") is not YamlMappingNode mapping)
        {
            Skip(new Untranslated("translate without dictionary or mapping", translation.ToString()));
            return;
        }

        var table = new StringBuilder("{");
        foreach (var (key, value) in dictionary.Children)
        {
            if (PythonLiteral(value) is not { } item)
            {
                Skip(new Untranslated("translate to templates", translation.ToString()));
                return;
            }

            table.Append(table.Length > 1 ? ", " : string.Empty).Append(Quote(Yaml.Text(key) ?? string.Empty)).Append(": ").Append(item);
        }

        table.Append('}');
        var fallbackNode = Yaml.Child(translation, "fallback") ?? Yaml.Child(translation, "default");
        var fallback = fallbackNode is null || Yaml.IsNull(fallbackNode) ? null : PythonLiteral(fallbackNode);
        foreach (var (sourceNode, targetNode) in mapping.Children)
        {
            var source = Yaml.Text(sourceNode) ?? string.Empty;
            var target = Yaml.Text(targetNode) ?? string.Empty;
            if (!AcceptTarget(target))
            {
                continue;
            }

            // A stage's output, a field already written named as final.x (WatchGuard EPDR), or a bare field name.
            var root = source.Split('.')[0];
            var reference = _parseStages.Contains(root) || root == "final" ? source : "final." + source;
            var lookup = $"{table}.get({reference} | string{(fallback is null ? string.Empty : ", " + fallback)})";
            _lines.Add(Attribute("Set", new List<string> { AttributeText.String(target), AttributeText.String("{{ " + lookup + " }}") }, filter));
        }
    }

    /// <summary>A YAML value as a Jinja expression: scalars as literals or their single placeholder, lists and maps of those; null when a part is text around a placeholder.</summary>
    private static string? PythonLiteral(YamlNode node)
    {
        switch (node)
        {
            case YamlScalarNode scalar when Yaml.IsNull(scalar):
                return "none";
            case YamlScalarNode scalar when Yaml.IsPlain(scalar) && Constant(scalar.Value!) is { } constant:
                return constant.TrimEnd('L', 'd') is "true" ? "true" : constant.TrimEnd('L', 'd');
            case YamlScalarNode scalar:
                var text = scalar.Value ?? string.Empty;
                if (Jinja.IsLiteral(text))
                {
                    return Quote(text);
                }

                return Jinja.TryUnwrap(text, out var expression) ? "(" + expression + ")" : null;
            case YamlSequenceNode list:
                var items = list.Children.Select(PythonLiteral).ToList();
                return items.Contains(null) ? null : "[" + string.Join(", ", items) + "]";
            case YamlMappingNode map:
                var members = new List<string>();
                foreach (var (key, value) in map.Children)
                {
                    if (PythonLiteral(value) is not { } item)
                    {
                        return null;
                    }

                    members.Add(Quote(Yaml.Text(key) ?? string.Empty) + ": " + item);
                }

                return "{" + string.Join(", ", members) + "}";
            default:
                return null;
        }
    }

    private static string Quote(string text) => "'" + text.Replace("\\", "\\\\").Replace("'", "\\'").Replace("\n", "\\n") + "'";

    /// <summary>
    /// False when <paramref name="target"/> is not written: a field neither in ECS nor in fields.yml is dropped by the
    /// platform, so leaving it out is the translation.
    /// </summary>
    private bool AcceptTarget(string target)
    {
        if (_fields.Use(target))
        {
            return true;
        }

        if (target.Length > 0 && _fields.UseObject(target))
        {
            // Set whole: the generator spreads the dict into the fields below it.
            return true;
        }

        if (target.Length > 0 && FieldCatalog.IsInsideEcsObject(target))
        {
            Skip(new Untranslated("set of a part of an ECS object field", target));
            return false;
        }

        _lines.Add(AttributeText.Comment($"dropped: '{target}' is neither an ECS field nor in fields.yml, and the platform drops such fields"));
        return false;
    }

    /// <summary>
    /// A template the platform cannot parse (an unbalanced parenthesis, <c>is not in</c>): it never
    /// renders, so its step never applies there, and is left out here with a comment saying so.
    /// </summary>
    private bool NeverApplies(string? template, string what)
    {
        if (template is null || EcsForge.Generator.Expressions.TemplateSyntax.Error(template) is not { } error)
        {
            return false;
        }

        _lines.Add(AttributeText.Comment($"left out: {what} never applies on the platform, its template does not parse ({error}): {template}"));
        return true;
    }

    private static string? Text(YamlNode? node) => node is null || Yaml.IsNull(node) ? null : Yaml.Text(node);

    private static string Attribute(string name, List<string> arguments, string? when)
    {
        if (!string.IsNullOrWhiteSpace(when))
        {
            arguments.Add("When = " + AttributeText.String(when!));
        }

        return $"[{name}({string.Join(", ", arguments)})]";
    }

    private void Skip(Untranslated untranslated)
    {
        if (_untranslated.Contains(untranslated))
        {
            return;
        }

        _untranslated.Add(untranslated);
        _lines.Add(AttributeText.NotTranslated(untranslated));
    }
}
