using System;
using System.Collections.Generic;
using System.Globalization;
using EcsForge.Mapping;
using YamlDotNet.RepresentationModel;

namespace EcsForge.Importer.Translation;

/// <summary>
/// Translates a parser.yml pipeline, stage by stage and action by action, into attribute lines in pipeline order
/// (the order in which the generator lets a later rule override an earlier one). What it cannot express faithfully
/// becomes a <c>// not translated</c> line and an <see cref="Untranslated"/> entry, never an approximation.
/// </summary>
internal sealed partial class PipelineTranslator
{
    private const string OriginalMessage = "original.message";

    private readonly FieldCatalog _fields;
    private readonly StageBindings _bindings = new();
    private readonly List<string> _lines = new();
    private readonly List<Untranslated> _untranslated = new();
    private readonly List<string> _externals = new();

    // The raw path each event field was set from, for translate actions that read the event field back: null once
    // the field has several setters or a non-plain one, since its value then depends on more than one raw value.
    private readonly Dictionary<string, string?> _eventFieldSources = new(StringComparer.Ordinal);

    // The paths the current action's filter requires to be IP addresses (`path | is_ipaddress`).
    private List<string> _requiredIpAddresses = new();

    public PipelineTranslator(FieldCatalog fields)
    {
        _fields = fields;
    }

    public IReadOnlyList<string> Lines => _lines;

    public IReadOnlyList<Untranslated> Untranslated => _untranslated;

    public IReadOnlyList<string> ExternalStages => _externals;

    /// <summary>How the generated parser reads the message: what the pipeline's first stage parses it as.</summary>
    public InputFormat Input { get; private set; } = InputFormat.Json;

    public void Translate(YamlNode parser)
    {
        var stages = Yaml.Child(parser, "stages") as YamlMappingNode;
        if (Yaml.Child(parser, "pipeline") is not YamlSequenceNode pipeline)
        {
            Skip(new Untranslated("pipeline without steps", "parser.yml has no 'pipeline' list"));
            return;
        }

        var first = true;
        foreach (var step in pipeline)
        {
            var name = Yaml.Text(Yaml.Child(step, "name")) ?? string.Empty;
            var filter = Yaml.Text(Yaml.Child(step, "filter"));
            if (Yaml.Child(step, "external") is YamlMappingNode external)
            {
                TranslateExternal(name, external, filter, first);
            }
            else if (Yaml.Child(stages, name) is YamlNode stage)
            {
                TranslateStage(name, stage, filter);
            }

            first = false;
        }

        if (!_bindings.HasInput)
        {
            Skip(new Untranslated("input not parsed as JSON or key=value", "no json.parse-json or plain kv.parse-kv of original.message first in the pipeline"));
        }
    }

    private void TranslateExternal(string name, YamlMappingNode external, string? filter, bool first)
    {
        var kind = Yaml.Text(Yaml.Child(external, "name")) ?? string.Empty;
        _externals.Add(kind);
        var properties = Yaml.Child(external, "properties");
        if (kind == "date.parse")
        {
            TranslateDateStage(name, properties, filter);
            return;
        }

        if (!string.IsNullOrWhiteSpace(filter))
        {
            // A filter matters to the ranking only on the stages translated without one.
            var construct = kind is "json.parse-json" or "kv.parse-kv" ? $"filter on a {kind} stage" : kind + " stage";
            Skip(new Untranslated(construct, $"{name}: {filter}"));
            return;
        }

        switch (kind)
        {
            case "json.parse-json":
                var input = Yaml.Text(Yaml.Child(properties, "input_field"));
                var output = Yaml.Text(Yaml.Child(properties, "output_field")) ?? "message";
                if (first && IsOriginalMessage(input))
                {
                    _bindings.BindInput(name, output);
                    _lines.Add(AttributeText.Comment($"stage {name}: the input message parsed as JSON"));
                }
                else
                {
                    Skip(new Untranslated("json.parse-json of a field", $"{name}: {input}"));
                }

                break;
            case "kv.parse-kv" when first && IsDefaultKeyValue(properties):
                _bindings.BindInput(name, Yaml.Text(Yaml.Child(properties, "output_field")) ?? "message");
                Input = InputFormat.KeyValue;
                _lines.Add(AttributeText.Comment($"stage {name}: the input message read as space-separated key=value items"));
                break;
            default:
                Skip(new Untranslated(kind + " stage", name));
                break;
        }
    }

    /// <summary>A key=value stage over the message with the separators of the key=value reader: '=' between key and value, spaces between items.</summary>
    private static bool IsDefaultKeyValue(YamlNode? properties)
    {
        if (properties is null)
        {
            return true;
        }

        if (properties is not YamlMappingNode mapping)
        {
            return false;
        }

        foreach (var (key, value) in mapping.Children)
        {
            var accepted = (Yaml.Text(key), Yaml.Text(value)) switch
            {
                ("input_field", var input) => IsOriginalMessage(input),
                ("output_field", _) => true,
                ("value_sep", "=") => true,
                ("item_sep", "\\s" or " ") => true,
                _ => false,
            };
            if (!accepted)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// A date stage without format, in UTC, over one raw path: what <see cref="Conversion.Rfc3339"/> does for text dates.
    /// Its autodetection also reads epoch numbers, which the conversion leaves without a value.
    /// </summary>
    private void TranslateDateStage(string name, YamlNode? properties, string? filter)
    {
        var input = Yaml.Text(Yaml.Child(properties, "input_field"));
        var output = Yaml.Text(Yaml.Child(properties, "output_field")) ?? "message";
        var format = Yaml.IsNull(Yaml.Child(properties, "format")) ? null : Yaml.Text(Yaml.Child(properties, "format"));
        var timezone = Yaml.IsNull(Yaml.Child(properties, "timezone")) ? null : Yaml.Text(Yaml.Child(properties, "timezone"));
        if (!ConditionTranslator.TryTranslate(filter, _bindings, out var whens, out var untranslated) || whens.Count > 1)
        {
            Skip(new Untranslated("filter on a date.parse stage", $"{name}: {untranslated?.Detail ?? filter}"));
            return;
        }

        if (!string.IsNullOrEmpty(format))
        {
            Skip(new Untranslated("date.parse with a format", $"{name}: {format}"));
            return;
        }

        if (timezone is not null and not "UTC")
        {
            Skip(new Untranslated("date.parse with a timezone", $"{name}: {timezone}"));
            return;
        }

        if (input is null || !Jinja.TryUnwrap(input, out var expression) || !_bindings.TryResolve(expression, out var reference)
            || reference.Convert != Conversion.None)
        {
            Skip(new Untranslated("date.parse of an expression", $"{name}: {input}"));
            return;
        }

        _bindings.BindDate(name, output, reference with { Convert = Conversion.Rfc3339, When = whens[0] });
        _lines.Add(AttributeText.Comment($"stage {name}: the date in {reference.Path}, as RFC 3339"));
    }

    private void TranslateStage(string name, YamlNode stage, string? filter)
    {
        if (!ConditionTranslator.TryTranslate(filter, _bindings, out var stageWhens, out var untranslated))
        {
            Skip(untranslated! with { Detail = $"stage {name}: {untranslated.Detail}" });
            return;
        }

        _lines.Add(AttributeText.Comment("stage " + name));
        if (Yaml.Child(stage, "actions") is not YamlSequenceNode actions)
        {
            return;
        }

        foreach (var action in actions)
        {
            if (action is YamlMappingNode mapping)
            {
                TranslateAction(mapping, stageWhens);
            }
        }
    }

    private void TranslateAction(YamlMappingNode action, IReadOnlyList<string> stageWhens)
    {
        var filter = Yaml.Text(Yaml.Child(action, "filter"));
        var verb = Verb(action);
        if (!ConditionTranslator.TryTranslate(filter, _bindings, out var actionWhens, out _requiredIpAddresses, out var untranslated)
            || (_requiredIpAddresses.Count > 0 && verb != "set"))
        {
            untranslated ??= new Untranslated("condition: filter | is_ipaddress", filter!);
            Skip(untranslated with { Detail = $"{verb} {Targets(action, verb)} when {untranslated.Detail}" });
            ForgetTargets(action, verb);
            return;
        }

        // One copy of the action per alternative of its condition (see ConditionTranslator).
        foreach (var when in ConditionTranslator.And(stageWhens, actionWhens))
        {
            switch (verb)
            {
                case "set" when Yaml.Child(action, "set") is YamlMappingNode set:
                    foreach (var (target, value) in set.Children)
                    {
                        TranslateSet(Yaml.Text(target) ?? string.Empty, value, when);
                    }

                    break;
                case "translate":
                    TranslateTranslation(Yaml.Child(action, "translate") as YamlMappingNode ?? action, when);
                    break;
                default:
                    Skip(new Untranslated(verb + " action", Targets(action, verb)));
                    ForgetTargets(action, verb);
                    break;
            }
        }
    }

    /// <summary>
    /// False when <paramref name="target"/> is not written: a field neither in ECS nor in fields.yml is dropped by the
    /// platform, so leaving it out is the translation; an object holding known fields cannot be set as a value.
    /// </summary>
    private bool AcceptTarget(string target, string what)
    {
        if (_fields.Use(target))
        {
            return true;
        }

        if (target.Length > 0 && (_fields.IsObjectOfKnownFields(target) || FieldCatalog.IsInsideEcsObject(target)))
        {
            Skip(new Untranslated("set of an object field, or of a part of one", $"{target}: {what}"));
            Forget(target);
            return false;
        }

        _lines.Add(AttributeText.Comment($"dropped: '{target}' is neither an ECS field nor in fields.yml, and the platform drops such fields"));
        return false;
    }

    private void Emit(string target, string line, RawReference? source, string when)
    {
        _lines.Add(line);
        var plain = source is { Convert: Conversion.None } && when.Length == 0;
        _eventFieldSources[target] = _eventFieldSources.ContainsKey(target) || !plain ? null : source!.Path;
    }

    private void Forget(string target) => _eventFieldSources[target] = null;

    private void ForgetTargets(YamlMappingNode action, string verb)
    {
        if (verb == "set" && Yaml.Child(action, "set") is YamlMappingNode set)
        {
            foreach (var (target, _) in set.Children)
            {
                Forget(Yaml.Text(target) ?? string.Empty);
            }
        }
        else if (Yaml.Child(Yaml.Child(action, "translate") as YamlMappingNode ?? action, "mapping") is YamlMappingNode mapping)
        {
            foreach (var (_, target) in mapping.Children)
            {
                Forget(Yaml.Text(target) ?? string.Empty);
            }
        }
    }

    private void Skip(Untranslated untranslated)
    {
        // An action copied per alternative of its condition meets the same gap once per copy; it is one gap.
        if (_untranslated.Contains(untranslated))
        {
            return;
        }

        _untranslated.Add(untranslated);
        _lines.Add(AttributeText.NotTranslated(untranslated));
    }

    private static string Verb(YamlMappingNode action)
    {
        foreach (var (key, _) in action.Children)
        {
            switch (Yaml.Text(key))
            {
                // The catalogue also writes translate's keys straight on the action (dictionary:, mapping:).
                case "dictionary" or "mapping" or "fallback":
                    return "translate";
                case "filter" or "name" or null:
                    continue;
                case var verb:
                    return verb;
            }
        }

        return "empty";
    }

    /// <summary>The fields an action writes, for messages: a set's keys, a translate's mapped targets.</summary>
    private static string Targets(YamlMappingNode action, string verb)
    {
        var node = verb == "set" ? Yaml.Child(action, "set") : Yaml.Child(Yaml.Child(action, "translate") as YamlMappingNode ?? action, "mapping");
        if (node is not YamlMappingNode mapping)
        {
            return string.Empty;
        }

        var targets = new List<string>();
        foreach (var (key, value) in mapping.Children)
        {
            targets.Add(Yaml.Text(verb == "set" ? key : value) ?? string.Empty);
        }

        return string.Join(", ", targets);
    }

    private static bool IsOriginalMessage(string? input)
        => input is null || input == OriginalMessage
            || (Jinja.TryUnwrap(input, out var expression) && expression == OriginalMessage);
}
