using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using EcsForge.Generator;
using EcsForge.Mapping;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace EcsForge.Tests.Support;

/// <summary>Runs the generator in memory on source text, with step tracking for the caching tests.</summary>
internal static class GeneratorHarness
{
    private static readonly Lazy<ImmutableArray<MetadataReference>> s_references = new(LoadReferences);

    private static readonly HashSet<string> s_trackingNames = typeof(TrackingNames)
        .GetFields(System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Static)
        .Where(field => field.IsLiteral)
        .Select(field => (string)field.GetRawConstantValue()!)
        .ToHashSet(StringComparer.Ordinal);

    /// <summary>This process's framework, the EcsForge runtime and user-agent assemblies: what a dataset compiles against.</summary>
    public static ImmutableArray<MetadataReference> References => s_references.Value;

    public static CSharpCompilation Compile(params string[] sources) => Compile(s_references.Value, sources);

    /// <summary>A compilation that does not reference the assembly named <paramref name="assemblyName"/> (an optional part of EcsForge).</summary>
    public static CSharpCompilation CompileWithout(string assemblyName, params string[] sources)
        => Compile(s_references.Value.Where(reference => Path.GetFileNameWithoutExtension(reference.Display) != assemblyName).ToImmutableArray(), sources);

    private static CSharpCompilation Compile(ImmutableArray<MetadataReference> references, string[] sources)
        => CSharpCompilation.Create(
            "Datasets",
            sources.Select((source, index) => CSharpSyntaxTree.ParseText(source, CSharpParseOptions.Default.WithLanguageVersion(LanguageVersion.Latest), path: $"Dataset{index}.cs")),
            references,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));

    public static GeneratorDriver CreateDriver()
        => CSharpGeneratorDriver.Create(
            new[] { new EcsForgeGenerator().AsSourceGenerator() },
            driverOptions: new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true),
            parseOptions: CSharpParseOptions.Default.WithLanguageVersion(LanguageVersion.Latest));

    /// <summary>Runs the generator and returns its result plus the diagnostics of compiling the output.</summary>
    public static (GeneratorDriverRunResult Run, ImmutableArray<Diagnostic> CompilationDiagnostics) Run(params string[] sources)
        => Run(sources, ImmutableArray<AdditionalText>.Empty);

    /// <summary>As <see cref="Run(string[])"/>, with additional files (ua-parser regexes).</summary>
    public static (GeneratorDriverRunResult Run, ImmutableArray<Diagnostic> CompilationDiagnostics) Run(string[] sources, ImmutableArray<AdditionalText> additionalFiles)
    {
        var compilation = Compile(sources);
        var driver = CreateDriver().AddAdditionalTexts(additionalFiles).RunGeneratorsAndUpdateCompilation(compilation, out var output, out _);
        var errors = output.GetDiagnostics().Where(diagnostic => diagnostic.Severity == DiagnosticSeverity.Error).ToImmutableArray();
        return (driver.GetRunResult(), errors);
    }

    /// <summary>
    /// As <see cref="Run(string[], ImmutableArray{AdditionalText})"/>, then runs the same driver again on a clone of the
    /// compilation and asserts that every tracked step and output is cached: nothing was rebuilt for an equal input.
    /// </summary>
    public static (GeneratorDriverRunResult Run, ImmutableArray<Diagnostic> CompilationDiagnostics) RunTwice(string[] sources, ImmutableArray<AdditionalText> additionalFiles)
    {
        var compilation = Compile(sources);
        var driver = CreateDriver().AddAdditionalTexts(additionalFiles).RunGeneratorsAndUpdateCompilation(compilation, out var output, out _);
        var errors = output.GetDiagnostics().Where(diagnostic => diagnostic.Severity == DiagnosticSeverity.Error).ToImmutableArray();
        var first = driver.GetRunResult();

        // The generator's own steps (TrackingNames) and its outputs; Roslyn's internal steps re-run on any new compilation.
        var second = driver.RunGenerators(compilation.Clone()).GetRunResult().Results.Single();
        var steps = second.TrackedSteps.Where(step => s_trackingNames.Contains(step.Key)).Concat(second.TrackedOutputSteps).ToList();
        Xunit.Assert.NotEmpty(steps);
        foreach (var (name, runs) in steps)
        {
            foreach (var step in runs)
            {
                Xunit.Assert.All(step.Outputs, output => Xunit.Assert.True(
                    output.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, $"second run: step {name} was {output.Reason}"));
            }
        }

        return (first, errors);
    }

    private static ImmutableArray<MetadataReference> LoadReferences()
    {
        var paths = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator).ToList();
        paths.Add(typeof(IntakeFormatAttribute).Assembly.Location);
        paths.Add(typeof(EcsForge.UserAgents.UserAgentParser).Assembly.Location);
        return paths.Distinct().Select(path => (MetadataReference)MetadataReference.CreateFromFile(path)).ToImmutableArray();
    }
}
