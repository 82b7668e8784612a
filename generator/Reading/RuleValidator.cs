using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Net;
using EcsForge.Generator.Diagnostics;
using EcsForge.Generator.Model;
using EcsForge.Generator.Shared;

namespace EcsForge.Generator.Reading;

/// <summary>Checks rules against their targets' types once targets are resolved: values, conversions, dead rules.</summary>
internal static class RuleValidator
{
    public static void Validate(ReadState state, EquatableArray<TargetField> targets)
    {
        var byName = targets.ToDictionary(target => target.Name, target => target, System.StringComparer.Ordinal);
        for (var i = 0; i < state.Rules.Count; i++)
        {
            var rule = state.Rules[i];
            var location = state.RuleLocations[i];
            if (!byName.TryGetValue(rule.Target, out var target))
            {
                continue;
            }

            CheckValues(rule, location, target, state.Diagnostics);
            CheckConversion(rule, location, target, state.Diagnostics);
        }

        ReportShadowedRules(state);
    }

    private static void CheckValues(MappingRule rule, RuleLocation location, TargetField target, List<DiagnosticInfo> diagnostics)
    {
        var values = new List<(ConstantValue Value, string What)>();
        if (rule.Constant is not null)
        {
            values.Add((rule.Constant, "Constant"));
        }

        values.AddRange(rule.Translations.Select(entry => (Text(entry.To), $"Translation of '{entry.From}'")));
        if (rule.Fallback is not null)
        {
            values.Add((Text(rule.Fallback), "Fallback"));
        }

        for (var i = 0; i < values.Count; i++)
        {
            var problem = Incompatibility(values[i].Value, target);
            if (problem is not null)
            {
                var at = i < location.Values.Count ? location.Values[i] : location.Target;
                var shown = values[i].Value.Values.Count == 1 ? $"'{values[i].Value.Values[0]}'" : "[" + string.Join(", ", values[i].Value.Values) + "]";
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.IncompatibleValue, at, $"{values[i].What} {shown}", target.Name, target.Type, problem));
            }
        }
    }

    /// <summary>Why a constant cannot be written to the target, or null when it can.</summary>
    private static string? Incompatibility(ConstantValue value, TargetField target)
    {
        if (value.Kind == ConstantKind.StringList && target.Shape != ValueShape.List && target.Type != "array")
        {
            return "a list cannot go into a single-valued field";
        }

        foreach (var item in value.Values)
        {
            var problem = target.Shape switch
            {
                ValueShape.Integer when value.Kind != ConstantKind.Long && !long.TryParse(item, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out _)
                    => "it is not an integer",
                ValueShape.Number when value.Kind != ConstantKind.Long && !double.TryParse(item, NumberStyles.Float, CultureInfo.InvariantCulture, out _)
                    => "it is not a number",
                ValueShape.Boolean when value.Kind != ConstantKind.Boolean && item != "true" && item != "false"
                    => "it is not a boolean",
                _ when target.IsIp && !IPAddress.TryParse(item, out _)
                    => "it is not an IP address",
                _ => null,
            };
            if (problem is not null)
            {
                return problem;
            }
        }

        return null;
    }

    private static void CheckConversion(MappingRule rule, RuleLocation location, TargetField target, List<DiagnosticInfo> diagnostics)
    {
        var isList = target.Shape == ValueShape.List || target.Type == "array";
        var problem = ConversionTable.Find(rule.Conversion)?.Result switch
        {
            ConversionResult.Date when target.Type != "date"
                => "it produces a date, and the field is not a date",
            ConversionResult.Ip when !target.IsIp
                => "it produces an IP address, and the field is not an IP",
            ConversionResult.List when !isList
                => "it produces a list, and the field holds a single value",
            ConversionResult.IpList when !target.IsIp || !isList
                => "it produces a list of IP addresses, and the field is not a list of IPs",
            ConversionResult.SingleText when target.Shape == ValueShape.List || target.Type is "array" or "object" or "nested" or "flattened"
                => "it gives one text, and the field holds a list or an object",
            _ => null,
        };
        if (problem is not null)
        {
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.ConversionNotApplicable, location.Conversion, rule.Conversion.ToString(), target.Name, target.Type, problem));
        }
    }

    /// <summary>A rule followed by one that always applies to the same target never takes effect.</summary>
    private static void ReportShadowedRules(ReadState state)
    {
        for (var i = 0; i < state.Rules.Count; i++)
        {
            var rule = state.Rules[i];
            for (var later = i + 1; later < state.Rules.Count; later++)
            {
                var other = state.Rules[later];
                if (other.Target == rule.Target && (AlwaysApplies(other) || other.Equals(rule)))
                {
                    state.Diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.ShadowedMapping, state.RuleLocations[i].Target, rule.Target));
                    break;
                }
            }
        }
    }

    private static bool AlwaysApplies(MappingRule rule) => rule.Kind == RuleKind.Constant && rule.When.Count == 0;

    private static ConstantValue Text(string value) => new(ConstantKind.String, new[] { value }.ToEquatableArray());
}
