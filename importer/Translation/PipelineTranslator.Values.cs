using System.Collections.Generic;
using System.Globalization;
using EcsForge.Mapping;
using YamlDotNet.RepresentationModel;

namespace EcsForge.Importer.Translation;

/// <summary>The values of <c>set</c> actions: constants, input paths, alternatives, templates and lists.</summary>
internal sealed partial class PipelineTranslator
{
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
}
