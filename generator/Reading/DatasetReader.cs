using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Text.RegularExpressions;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using EcsForge.Generator.Diagnostics;
using EcsForge.Generator.Model;
using EcsForge.Generator.Shared;

namespace EcsForge.Generator.Reading;

/// <summary>Reads an <c>[IntakeFormat]</c> class's attributes into a symbol-free model plus diagnostics.</summary>
internal static class DatasetReader
{
    private static readonly Regex s_slug = new("^[a-z0-9]+(-[a-z0-9]+)*$", RegexOptions.CultureInvariant);

    public static DatasetResult Read(GeneratorAttributeSyntaxContext context, CancellationToken cancellationToken)
    {
        var symbol = (INamedTypeSymbol)context.TargetSymbol;
        var syntax = (ClassDeclarationSyntax)context.TargetNode;
        var diagnostics = new List<DiagnosticInfo>();
        var classLocation = LocationInfo.From(syntax.Identifier.GetLocation());

        if (!syntax.Modifiers.Any(SyntaxKind.PartialKeyword))
        {
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.ClassNotPartial, classLocation, symbol.Name));
        }

        if (symbol.ContainingType is not null)
        {
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.UnsupportedClass, classLocation, symbol.Name, "nested classes are not supported; declare it at namespace level"));
        }

        if (symbol.IsGenericType)
        {
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.UnsupportedClass, classLocation, symbol.Name, "generic classes are not supported"));
        }

        if (symbol.IsStatic || symbol.IsAbstract)
        {
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.UnsupportedClass, classLocation, symbol.Name, "it must be a concrete, non-static class"));
        }

        var intake = new AttributeSite(context.Attributes[0], cancellationToken);
        var uuid = intake.String(0) ?? string.Empty;
        if (!Guid.TryParse(uuid, out var parsedUuid))
        {
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.InvalidUuid, intake.Positional(0), uuid));
        }

        var slug = intake.String(1) ?? string.Empty;
        if (!s_slug.IsMatch(slug))
        {
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.InvalidSlug, intake.Positional(1), slug));
        }

        var sites = symbol.GetAttributes().Select(data => new AttributeSite(data, cancellationToken)).ToList();
        var customFields = ReadCustomFields(sites);
        var state = new ReadState();
        state.Diagnostics.AddRange(diagnostics);
        var computed = new List<string>();
        var pipeline = new PipelineReader();
        AttributeSite? firstMapping = null;
        foreach (var site in sites)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var attributeName = site.Data.AttributeClass?.ToDisplayString();
            if (attributeName is not null && pipeline.TryRead(site, attributeName, state))
            {
                continue;
            }

            if (attributeName is KnownNames.MapAttribute or KnownNames.ConstantAttribute or KnownNames.TranslateAttribute
                or KnownNames.TemplateAttribute or KnownNames.PatternAttribute)
            {
                firstMapping ??= site;
            }

            switch (attributeName)
            {
                case KnownNames.MapAttribute:
                    RuleReader.ReadMap(site, state);
                    break;
                case KnownNames.ConstantAttribute:
                    RuleReader.ReadConstant(site, state);
                    break;
                case KnownNames.TranslateAttribute:
                    RuleReader.ReadTranslate(site, state);
                    break;
                case KnownNames.TemplateAttribute:
                    RuleReader.ReadTemplate(site, state);
                    break;
                case KnownNames.ComputedAttribute:
                    var target = site.String(0) ?? string.Empty;
                    computed.Add(target);
                    state.Targets.Add((target, site.Positional(0)));
                    break;
            }
        }

        var patterns = PatternReader.Read(sites, state);
        var spread = ReadSpread(sites, customFields, state);
        diagnostics = state.Diagnostics;
        var targets = TargetResolver.Resolve(state.Targets, customFields, diagnostics, isPipeline: pipeline.HasSteps);
        RuleValidator.Validate(state, targets);
        PipelineModel? pipelineModel = null;
        if (pipeline.HasSteps)
        {
            if (firstMapping is not null)
            {
                diagnostics.Add(DiagnosticInfo.Create(
                    DiagnosticDescriptors.PipelineMixedWithMappings, pipeline.FirstSite!.Whole, pipeline.FirstSite.Data.AttributeClass?.Name.Replace("Attribute", string.Empty) ?? "Set"));
            }

            pipelineModel = pipeline.Build(targets, diagnostics);
        }

        ReportUnproducedCustomFields(customFields, state, spread);
        // user_agent.* is inferred by the EcsForge.UserAgents assembly; without a reference to it, say so rather than
        // generate code that does not compile.
        var infersUserAgents = context.SemanticModel.Compilation.GetTypeByMetadataName(KnownNames.UserAgentParser) is not null;
        var userAgentTarget = state.Targets.FirstOrDefault(entry => entry.Target == "user_agent.original");
        if (!infersUserAgents && userAgentTarget.Target is not null)
        {
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.UserAgentsNotReferenced, userAgentTarget.Location ?? classLocation));
        }

        var identity = new DatasetIdentity(
            symbol.ToDisplayString(), Guid.TryParse(uuid, out var normalized) ? normalized.ToString("D") : uuid, intake.Positional(0), slug, intake.Positional(1));
        if (diagnostics.Any(diagnostic => diagnostic.IsError))
        {
            return new DatasetResult(null, diagnostics.ToEquatableArray(), identity);
        }

        var model = new DatasetModel
        {
            Namespace = symbol.ContainingNamespace.IsGlobalNamespace ? string.Empty : symbol.ContainingNamespace.ToDisplayString(),
            ClassName = symbol.Name,
            Uuid = parsedUuid.ToString("D"),
            Slug = slug,
            Name = intake.NamedString("Name") ?? symbol.Name,
            Input = (InputFormat)intake.NamedInt("Input"),
            Rules = state.Rules.ToEquatableArray(),
            Targets = targets,
            ComputedTargets = computed.Distinct(StringComparer.Ordinal).ToEquatableArray(),
            Patterns = patterns,
            Spread = spread,
            InfersUserAgents = infersUserAgents,
            Pipeline = pipelineModel,
        };
        return new DatasetResult(model, diagnostics.ToEquatableArray(), identity);
    }

    private static SpreadModel? ReadSpread(List<AttributeSite> sites, Dictionary<string, CustomFieldDeclaration> customFields, ReadState state)
    {
        var site = sites.FirstOrDefault(candidate => candidate.Data.AttributeClass?.ToDisplayString() == KnownNames.SpreadAttribute);
        if (site is null)
        {
            return null;
        }

        var into = site.String(0) ?? string.Empty;
        var problem = into.Length == 0 || into.IndexOf('.') >= 0
            ? "spread into one top-level object, e.g. \"cloudflare\""
            : state.Targets.Any(target => target.Target == into || target.Target.StartsWith(into + ".", StringComparison.Ordinal))
                ? $"other mappings also write under '{into}': the spread writes that whole object"
                : null;
        if (problem is not null)
        {
            state.Diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.InvalidSpread, site.Positional(0), into, problem));
        }

        var fields = customFields.Values
            .Where(field => field.Name.StartsWith(into + ".", StringComparison.Ordinal) && field.Name.IndexOf('.', into.Length + 1) < 0)
            .OrderBy(field => field.Name, StringComparer.Ordinal)
            .Select(TargetResolver.FromCustom);
        return new SpreadModel(into, fields.ToEquatableArray());
    }

    private static void ReportUnproducedCustomFields(Dictionary<string, CustomFieldDeclaration> customFields, ReadState state, SpreadModel? spread)
    {
        var written = new HashSet<string>(state.Targets.Select(target => target.Target), StringComparer.Ordinal);
        if (spread is not null)
        {
            written.UnionWith(spread.Fields.Select(field => field.Name));
        }

        foreach (var field in customFields.Values.Where(field => !written.Contains(field.Name)))
        {
            state.Diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.CustomFieldNeverProduced, field.Location, field.Name));
        }
    }

    private static Dictionary<string, CustomFieldDeclaration> ReadCustomFields(List<AttributeSite> sites)
    {
        var fields = new Dictionary<string, CustomFieldDeclaration>(StringComparer.Ordinal);
        foreach (var site in sites)
        {
            if (site.Data.AttributeClass?.ToDisplayString() != KnownNames.CustomFieldAttribute || site.Data.ConstructorArguments.Length < 3)
            {
                continue;
            }

            var name = site.String(0) ?? string.Empty;
            var type = site.Data.ConstructorArguments[1].Value is int typeValue ? CustomFieldDeclaration.TypeName(typeValue) : "keyword";
            fields[name] = new CustomFieldDeclaration(name, type, site.String(2) ?? string.Empty, site.Positional(0));
        }

        return fields;
    }
}
