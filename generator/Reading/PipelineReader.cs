using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using EcsForge.Generator.Diagnostics;
using EcsForge.Generator.Expressions;
using EcsForge.Generator.Model;
using EcsForge.Generator.Shared;

namespace EcsForge.Generator.Reading;

/// <summary>
/// Reads a dataset's pipeline attributes, in declaration order, into steps; parses and checks every template, and
/// reports its problems on the exact characters of the attribute's string.
/// </summary>
internal sealed class PipelineReader
{
    private readonly List<(PipelineStep Step, AttributeSite Site)> _steps = new();
    private EquatableArray<string> _ignored = EquatableArray<string>.Empty;

    public bool HasSteps => _steps.Count > 0;

    public AttributeSite? FirstSite => _steps.Count > 0 ? _steps[0].Site : null;

    /// <summary>Reads <paramref name="site"/> when it is a pipeline attribute; false otherwise.</summary>
    public bool TryRead(AttributeSite site, string attributeName, ReadState state)
    {
        if (attributeName == KnownNames.IgnoredValuesAttribute)
        {
            _ignored = site.Data.ConstructorArguments.Length > 0 && !site.Data.ConstructorArguments[0].IsNull
                ? site.Data.ConstructorArguments[0].Values.Select(value => value.Value as string ?? string.Empty).ToEquatableArray()
                : EquatableArray<string>.Empty;
            return true;
        }

        PipelineStep? step = attributeName switch
        {
            KnownNames.StageAttribute => new PipelineStep { Kind = PipelineStepKind.Stage, Name = site.String(0) ?? string.Empty, When = site.NamedString("When") },
            KnownNames.SetAttribute => ReadSet(site, state),
            KnownNames.DeleteAttribute => new PipelineStep
            {
                Kind = PipelineStepKind.Delete,
                Name = "delete",
                Targets = site.Data.ConstructorArguments.Length > 0 && !site.Data.ConstructorArguments[0].IsNull
                    ? site.Data.ConstructorArguments[0].Values.Select(value => value.Value as string ?? string.Empty).ToEquatableArray()
                    : EquatableArray<string>.Empty,
                When = site.NamedString("When"),
            },
            KnownNames.ParseJsonAttribute => new PipelineStep
            {
                Kind = PipelineStepKind.ParseJson,
                Name = site.String(0) ?? string.Empty,
                Template = site.NamedString("Input") ?? "{{ original.message }}",
                Output = site.NamedString("Output") ?? "message",
                When = site.NamedString("When"),
            },
            KnownNames.ParseDateAttribute => new PipelineStep
            {
                Kind = PipelineStepKind.ParseDate,
                Name = site.String(0) ?? string.Empty,
                Template = site.String(1) ?? string.Empty,
                Output = site.NamedString("Output") ?? "message",
                Format = site.NamedString("Format"),
                Timezone = site.NamedString("Timezone"),
                When = site.NamedString("When"),
            },
            KnownNames.ParseGrokAttribute => GrokStepReader.Read(site, state),
            _ => TextStepReader.Read(site, attributeName),
        };
        if (step is null)
        {
            return false;
        }

        _steps.Add((step, site));
        return true;
    }

    private static PipelineStep ReadSet(AttributeSite site, ReadState state)
    {
        var target = site.String(0) ?? string.Empty;
        state.Targets.Add((target, site.Positional(0)));
        var argument = site.Data.ConstructorArguments.Length > 1 ? site.Data.ConstructorArguments[1].Value : null;
        var step = new PipelineStep { Kind = PipelineStepKind.Set, Name = target, When = site.NamedString("When") };
        return argument switch
        {
            string template => step with { Template = template },
            long number => step with { Constant = Constant(ConstantKind.Long, number.ToString(CultureInfo.InvariantCulture)) },
            double number => step with { Constant = Constant(ConstantKind.Double, number.ToString("R", CultureInfo.InvariantCulture)) },
            bool flag => step with { Constant = Constant(ConstantKind.Boolean, flag ? "true" : "false") },
            _ => step with { Template = string.Empty },
        };
    }

    private static ConstantValue Constant(ConstantKind kind, string text) => new(kind, new[] { text }.ToEquatableArray());

    /// <summary>Checks every template against the declared stages and gives each set its target's shape.</summary>
    public PipelineModel Build(EquatableArray<TargetField> targets, List<DiagnosticInfo> diagnostics)
    {
        var stages = new HashSet<string>(_steps.Where(s => s.Step.Kind.IsParse()).Select(s => s.Step.Name));
        var actionStages = new HashSet<string>(_steps.Where(s => s.Step.Kind == PipelineStepKind.Stage).Select(s => s.Step.Name));
        var shapes = targets.ToDictionary(target => target.Name, ShapeOf);
        var steps = new List<PipelineStep>();
        foreach (var (step, site) in _steps)
        {
            int? positional = step.Kind is PipelineStepKind.Set or PipelineStepKind.ParseDate ? 1 : null;
            var named = step.Kind == PipelineStepKind.ParseJson || step.Kind == PipelineStepKind.ParseGrok || step.Kind.IsTextParse() ? "Input" : null;
            if (step.Template is not null && (positional is not null || named is not null))
            {
                Check(step.Template, site, positional, named, stages, actionStages, diagnostics);
            }

            TextStepReader.Check(step, site, diagnostics);
            if (step.When is not null)
            {
                Check(step.When, site, null, "When", stages, actionStages, diagnostics);
            }

            if (step.Timezone is { } timezone && timezone.Contains("{{"))
            {
                Check(timezone, site, null, "Timezone", stages, actionStages, diagnostics);
            }

            if (step.Grok?.Key is { } key)
            {
                Check(key, site, null, "Key", stages, actionStages, diagnostics);
            }

            var shaped = step.Kind == PipelineStepKind.Set && shapes.TryGetValue(step.Name, out var shape) ? step with { Shape = shape } : step;
            if (shaped.Shape == FieldShape.Spread)
            {
                shaped = shaped with { Spread = SpreadFields(targets.First(target => target.Name == step.Name)) };
            }

            ReportConstantMismatch(shaped, site, targets, diagnostics);
            steps.Add(shaped);
        }

        return new PipelineModel(steps.ToEquatableArray()) { IgnoredValues = _ignored };
    }

    private static EquatableArray<SpreadField> SpreadFields(TargetField group)
        => group.Below
            .Select(field => new SpreadField(field.Name, ShapeOf(field), field.Type is "object" or "flattened" or "nested" or "geo_point"))
            .ToEquatableArray();

    /// <summary>Constant text that can never be written into its typed target (<c>"not a number"</c> into a long field): ECSG032.</summary>
    private static void ReportConstantMismatch(PipelineStep step, AttributeSite site, EquatableArray<TargetField> targets, List<DiagnosticInfo> diagnostics)
    {
        if (step.Kind != PipelineStepKind.Set || step.Template is not { Length: > 0 } text || text.Contains("{{") || text.Contains("{%"))
        {
            return;
        }

        var fits = step.Shape switch
        {
            FieldShape.Integer => long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out _),
            FieldShape.Number => double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out _),
            FieldShape.Boolean => text is "true" or "false" or "True" or "False",
            _ => true,
        };
        if (!fits)
        {
            var type = targets.First(target => target.Name == step.Name).Type;
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.ValueTypeMismatch, site.Positional(1), $"the text '{text}'", step.Name, type));
        }
    }

    private static void Check(
        string template, AttributeSite site, int? positional, string? named, ICollection<string> stages, ICollection<string> actionStages, List<DiagnosticInfo> diagnostics)
    {
        List<TemplateProblem> problems;
        try
        {
            problems = new TemplateChecker(stages, actionStages).Check(JinjaTemplate.Parse(template));
        }
        catch (ExpressionError error)
        {
            problems = new List<TemplateProblem> { new(TemplateProblemKind.Syntax, error.Start, error.Length, error.Message) };
        }

        foreach (var problem in problems)
        {
            var location = site.InString(positional, named, problem.Start, problem.Length);
            diagnostics.Add(problem.Kind switch
            {
                TemplateProblemKind.UnknownName => DiagnosticInfo.Create(DiagnosticDescriptors.UnknownName, location, problem.Message),
                TemplateProblemKind.UnknownBuiltin => DiagnosticInfo.Create(DiagnosticDescriptors.UnknownBuiltin, location, problem.Message),
                TemplateProblemKind.UnknownMethod => DiagnosticInfo.Create(DiagnosticDescriptors.UnknownMethod, location, problem.Message, problem.Detail),
                _ => DiagnosticInfo.Create(DiagnosticDescriptors.InvalidExpression, location, problem.Message),
            });
        }
    }

    /// <summary>
    /// How the platform writes a value of the target's type: dates as RFC 3339, text types as text (a bool in a text
    /// field is "true": GateWatcher), custom integers as they are (see FieldType.Integer), the rest by value shape.
    /// </summary>
    private static FieldShape ShapeOf(TargetField target) => target.Type switch
    {
        TargetField.GroupType => FieldShape.Spread,
        // Inside a geo_point: the platform indexes numbers (Azure AD's "44.84" latitude is written 44.84).
        _ when target.Name.EndsWith(".geo.location.lat", System.StringComparison.Ordinal)
            || target.Name.EndsWith(".geo.location.lon", System.StringComparison.Ordinal) => FieldShape.Number,

        // A keyword list holds text items (an object item as its JSON: GateWatcher email.from.address).
        "keyword" when target.Shape == ValueShape.List => FieldShape.Keyword,
        "date" when target.IsCustom => FieldShape.CustomDate,
        "date" => FieldShape.Date,
        "ip" => FieldShape.Ip,
        "text" or "match_only_text" => FieldShape.Keyword,
        "integer" when target.IsCustom => FieldShape.Keep,
        "array" when target.IsCustom => FieldShape.List,
        _ => ShapeOf(target.Shape),
    };

    private static FieldShape ShapeOf(ValueShape shape) => shape switch
    {
        ValueShape.Keyword => FieldShape.Keyword,
        ValueShape.Integer => FieldShape.Integer,
        ValueShape.Number => FieldShape.Number,
        ValueShape.Boolean => FieldShape.Boolean,
        _ => FieldShape.Keep,
    };
}
