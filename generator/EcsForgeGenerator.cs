using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using EcsForge.Generator.Emit;
using EcsForge.Generator.Model;
using EcsForge.Generator.Reading;
using EcsForge.Generator.UserAgents;

namespace EcsForge.Generator;

/// <summary>
/// Compiles <c>[IntakeFormat]</c> classes into parsers. Pipeline: discovery by attribute name, a symbol-free model,
/// diagnostics reported from their own output (with real source locations), one source file per dataset from the
/// model alone, and the registry of the assembly's datasets. <c>[UserAgentRegexes]</c> classes get the ua-parser
/// regexes of an additional file compiled into matchers.
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class EcsForgeGenerator : IIncrementalGenerator
{
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        var results = context.SyntaxProvider
            .ForAttributeWithMetadataName(
                KnownNames.IntakeFormatAttribute,
                static (node, _) => node is ClassDeclarationSyntax,
                static (syntax, cancellationToken) => DatasetReader.Read(syntax, cancellationToken))
            .WithTrackingName(TrackingNames.Datasets);

        var models = results
            .Where(static result => result.Model is not null)
            .Select(static (result, _) => result.Model!)
            .WithTrackingName(TrackingNames.Models);
        context.RegisterSourceOutput(models, static (output, model) =>
            output.AddSource(ParserEmitter.HintName(model), ParserEmitter.Emit(model)));

        ReportDiagnostics(context, results.Select(static (result, _) => result.Diagnostics).WithTrackingName(TrackingNames.Diagnostics));

        var identities = results
            .Select(static (result, _) => result.Identity)
            .Collect()
            .WithTrackingName(TrackingNames.Identities);
        context.RegisterSourceOutput(identities.Combine(context.CompilationProvider), static (output, pair) =>
        {
            foreach (var duplicate in IdentityChecker.Duplicates(pair.Left))
            {
                output.ReportDiagnostic(duplicate.ToDiagnostic(pair.Right));
            }
        });

        // Every [IntakeFormat] class counts, a broken one as null: the registry still lists the valid datasets, so a
        // mistake in one dataset is one build error, not also a missing registry.
        var entries = results
            .Select(static (result, _) => result.Model is { } model ? new RegistryEntry(model.Namespace, model.ClassName, model.Slug) : null)
            .Collect()
            .WithTrackingName(TrackingNames.RegistryEntries);
        var assemblyName = context.CompilationProvider.Select(static (compilation, _) => compilation.AssemblyName);
        context.RegisterSourceOutput(entries.Combine(assemblyName), static (output, pair) =>
        {
            if (!pair.Left.IsEmpty)
            {
                output.AddSource(RegistryEmitter.HintName, RegistryEmitter.Emit(pair.Right, pair.Left));
            }
        });

        InitializeUserAgents(context);
    }

    private static void InitializeUserAgents(IncrementalGeneratorInitializationContext context)
    {
        var targets = context.SyntaxProvider.ForAttributeWithMetadataName(
            KnownNames.UserAgentRegexesAttribute,
            static (node, _) => node is ClassDeclarationSyntax,
            static (syntax, cancellationToken) => UserAgentRegexesReader.ReadTarget(syntax, cancellationToken));
        var files = context.AdditionalTextsProvider
            .Where(static text => text.Path.EndsWith(".yaml", System.StringComparison.OrdinalIgnoreCase) || text.Path.EndsWith(".yml", System.StringComparison.OrdinalIgnoreCase))
            .Select(static (text, cancellationToken) => new AdditionalFileText(text.Path, text.GetText(cancellationToken)?.ToString() ?? string.Empty))
            .Collect();
        var results = targets
            .Combine(files)
            .Select(static (pair, cancellationToken) => UserAgentRegexesReader.Read(pair.Left, pair.Right, cancellationToken))
            .WithTrackingName(TrackingNames.UserAgentRegexes);

        var models = results
            .Where(static result => result.Model is not null)
            .Select(static (result, _) => result.Model!)
            .WithTrackingName(TrackingNames.UserAgentModels);
        context.RegisterSourceOutput(models, static (output, model) =>
            output.AddSource(UserAgentEmitter.HintName(model), UserAgentEmitter.Emit(model)));

        ReportDiagnostics(context, results.Select(static (result, _) => result.Diagnostics));
    }

    /// <summary>Reports diagnostics kept as data, mapped back to the compilation's trees so <c>#pragma</c> applies.</summary>
    private static void ReportDiagnostics(IncrementalGeneratorInitializationContext context, IncrementalValuesProvider<EquatableArray<DiagnosticInfo>> diagnostics)
    {
        var nonEmpty = diagnostics.Where(static diagnostics => diagnostics.Count > 0);
        context.RegisterSourceOutput(nonEmpty.Combine(context.CompilationProvider), static (output, pair) =>
        {
            foreach (var diagnostic in pair.Left)
            {
                output.ReportDiagnostic(diagnostic.ToDiagnostic(pair.Right));
            }
        });
    }
}
