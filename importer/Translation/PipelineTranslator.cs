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
internal sealed class PipelineTranslator
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
            Skip(new Untranslated($"filter on a {kind} stage", $"{name}: {filter}"));
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

    private void TranslateSet(string target, YamlNode value, string when)
    {
        if (!AcceptTarget(target, value.ToString()))
        {
            return;
        }

        if (_requiredIpAddresses.Count > 0 && value is not YamlScalarNode { Value: not null })
        {
            Skip(new Untranslated("condition: filter | is_ipaddress of a constant", $"{target}: {value}"));
            Forget(target);
            return;
        }

        switch (value)
        {
            case YamlScalarNode scalar when Yaml.IsNull(scalar):
                // Setting nothing leaves the field as it is, in the pipeline as here.
                break;
            case YamlScalarNode scalar when Yaml.IsPlain(scalar):
                TranslatePlainScalar(target, scalar.Value!, when);
                break;
            case YamlScalarNode scalar:
                TranslateText(target, scalar.Value ?? string.Empty, when);
                break;
            case YamlSequenceNode list:
                TranslateList(target, list, when);
                break;
            default:
                Skip(new Untranslated("object constant", target));
                break;
        }
    }

    private void TranslatePlainScalar(string target, string text, string when)
    {
        if (long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number))
        {
            Emit(target, AttributeText.Constant(target, number, when), null, when);
        }
        else if (text is "true" or "True" or "false" or "False")
        {
            Emit(target, AttributeText.Constant(target, text is "true" or "True", when), null, when);
        }
        else if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out _))
        {
            Skip(new Untranslated("non-integer number constant", $"{target}: {text}"));
            Forget(target);
        }
        else
        {
            TranslateText(target, text, when);
        }
    }

    private void TranslateText(string target, string text, string when)
    {
        if (Jinja.IsLiteral(text))
        {
            if (text.Length > 0)
            {
                Emit(target, AttributeText.Constant(target, text, when), null, when);
            }

            return;
        }

        if (_requiredIpAddresses.Count > 0 && !(Jinja.TryUnwrap(text, out var tested) && _bindings.TryResolve(tested, out var testedReference)
                && _requiredIpAddresses.TrueForAll(path => path == testedReference.Path)))
        {
            Skip(new Untranslated("condition: filter | is_ipaddress of another field", $"{target}: {text}"));
            Forget(target);
            return;
        }

        if (Jinja.TryUnwrap(text, out var expression))
        {
            TranslateExpression(target, text, expression, when);
            return;
        }

        TranslateTemplate(target, text, when);
    }

    private void TranslateExpression(string target, string text, string expression, string when)
    {
        if (_bindings.TryResolveExpression(expression, out var reference))
        {
            EmitMap(target, reference, null, when);
            return;
        }

        // `a or b` picks the first that has a value, as Map's Or does. Longer chains, or a chain ending in a text, are
        // the text as a constant, then one map per field from the last to the first: the first with a value is written last.
        var alternatives = Jinja.SplitOutsideQuotes(expression, " or ").ConvertAll(alternative => alternative.Trim());
        var fallback = alternatives.Count > 1 ? QuotedText(alternatives[^1]) : null;
        var fields = new List<RawReference>();
        foreach (var alternative in fallback is null ? alternatives : alternatives.GetRange(0, alternatives.Count - 1))
        {
            if (!_bindings.TryResolve(alternative, out var field))
            {
                break;
            }

            fields.Add(field);
        }

        if (alternatives.Count < 2 || fields.Count != alternatives.Count - (fallback is null ? 0 : 1))
        {
            Skip(new Untranslated(alternatives.Count > 1 ? "or of expressions" : Jinja.DescribeExpression(expression), $"{target}: {text}"));
            Forget(target);
            return;
        }

        if (fallback is null && fields.Count == 2 && fields[1] == fields[0] with { Path = fields[1].Path })
        {
            EmitMap(target, fields[0], fields[1].Path, when);
            return;
        }

        if (fallback is not null)
        {
            Emit(target, AttributeText.Constant(target, fallback, when), null, when);
        }

        for (var i = fields.Count - 1; i >= 0; i--)
        {
            EmitMap(target, fields[i], null, when);
        }
    }

    /// <summary>The text of a quoted literal without quotes inside, else null.</summary>
    private static string? QuotedText(string literal)
        => literal.Length >= 2 && literal[0] is '\'' or '"' && literal[^1] == literal[0] && literal.IndexOf(literal[0], 1) == literal.Length - 1
            ? literal[1..^1]
            : null;

    /// <summary>A map rule; into a date field, the date is written as RFC 3339 as the platform writes dates.</summary>
    private void EmitMap(string target, RawReference source, string? or, string when)
    {
        if (source.Convert == Conversion.Rfc3339 && !_fields.IsDate(target))
        {
            // The generator types a converted date as a date; the platform writes the text into a non-date field too.
            Skip(new Untranslated("date conversion into a non-date field", $"{target}: {source.Path}"));
            Forget(target);
            return;
        }

        // A date stage that ran under a filter has a date only when the filter held.
        when = ConditionTranslator.And(new[] { when }, new[] { source.When })[0];
        var converted = source.Convert == Conversion.None && _fields.IsDate(target) ? source with { Convert = Conversion.Rfc3339 } : source;
        var line = AttributeText.Map(converted, target, when, or, requireIpAddress: _requiredIpAddresses.Count > 0);
        Emit(target, line, or is null && _requiredIpAddresses.Count == 0 ? converted : null, when);
    }

    private void TranslateTemplate(string target, string text, string when)
    {
        if (_requiredIpAddresses.Count > 0)
        {
            Skip(new Untranslated("condition: filter | is_ipaddress of a template", $"{target}: {text}"));
            Forget(target);
            return;
        }

        if (!Jinja.TrySplitTemplate(text, out var parts))
        {
            Skip(new Untranslated("jinja statement {% %}", $"{target}: {text}"));
            Forget(target);
            return;
        }

        var template = new System.Text.StringBuilder();
        foreach (var (isExpression, part) in parts)
        {
            if (!isExpression)
            {
                if (part.Contains('{') || part.Contains('}'))
                {
                    Skip(new Untranslated("template text with braces", $"{target}: {text}"));
                    Forget(target);
                    return;
                }

                template.Append(part);
                continue;
            }

            if (!_bindings.TryResolve(part, out var reference) || reference.Convert != Conversion.None)
            {
                Skip(new Untranslated("template: " + Jinja.DescribeExpression(part), $"{target}: {text}"));
                Forget(target);
                return;
            }

            template.Append('{').Append(reference.Path).Append('}');
        }

        Emit(target, AttributeText.Template(target, template.ToString(), when), null, when);
    }

    private void TranslateList(string target, YamlSequenceNode list, string when)
    {
        var values = new List<string>();
        foreach (var item in list)
        {
            if (item is not YamlScalarNode scalar || Yaml.IsNull(scalar) || !Jinja.IsLiteral(scalar.Value!)
                || (Yaml.IsPlain(scalar) && double.TryParse(scalar.Value, NumberStyles.Float, CultureInfo.InvariantCulture, out _)))
            {
                Skip(new Untranslated("list of non-text items or placeholders", $"{target}: {list}"));
                Forget(target);
                return;
            }

            values.Add(scalar.Value!);
        }

        if (values.Count > 0 && !_fields.HoldsLists(target))
        {
            Skip(new Untranslated("list constant into a single-valued field", $"{target}: {list}"));
            Forget(target);
        }
        else if (values.Count > 0)
        {
            Emit(target, AttributeText.Constant(target, values, when), null, when);
        }
    }

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

    private static string? SingleText(YamlNode? node)
        => node is YamlSequenceNode { Children.Count: 1 } list && list[0] is YamlScalarNode item && !Yaml.IsNull(item) ? item.Value : null;

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
