using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.Loader;
using EcsForge.Generator;
using EcsForge.Mapping;
using EcsForge.Routing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace EcsForge.Importer.Compilation;

/// <summary>
/// Compiles imported datasets together with the EcsForge generator, in memory. A dataset whose class (or whose
/// generated parser) has an error is dropped and the rest recompiled, so one broken format costs only its own cases.
/// </summary>
public static class CatalogueCompiler
{
    public const string AssemblyName = "EcsForge.Catalogue";

    private static readonly CSharpParseOptions s_parseOptions = CSharpParseOptions.Default.WithLanguageVersion(LanguageVersion.Latest);

    private static readonly Lazy<ImmutableArray<MetadataReference>> s_references = new(LoadReferences);

    public static CompiledCatalogue Compile(IReadOnlyList<ImportedDataset> datasets)
    {
        var remaining = datasets.ToList();
        var rejected = new Dictionary<string, string>(StringComparer.Ordinal);
        while (true)
        {
            var (image, errors) = Emit(remaining);
            if (image is not null)
            {
                return Load(image, rejected);
            }

            var failing = Attribute(errors, remaining);
            if (failing.Count == 0)
            {
                failing = CompileAlone(remaining);
            }

            if (failing.Count == 0)
            {
                // An error no dataset owns, even alone (a reference problem, say), fails every format alike: report it whole.
                throw new InvalidOperationException("the catalogue does not compile: " + string.Join('\n', errors.Take(10)));
            }

            foreach (var (dataset, messages) in failing)
            {
                rejected[dataset.Name] = string.Join('\n', messages);
                remaining.Remove(dataset);
            }
        }
    }

    private static (byte[]? Image, ImmutableArray<Diagnostic> Errors) Emit(IReadOnlyList<ImportedDataset> datasets)
    {
        var trees = datasets.Select(d => CSharpSyntaxTree.ParseText(d.Source, s_parseOptions, path: d.FileName));
        var compilation = CSharpCompilation.Create(
            AssemblyName,
            trees,
            s_references.Value,
            new CSharpCompilationOptions(
                OutputKind.DynamicallyLinkedLibrary,
                optimizationLevel: OptimizationLevel.Release,
                nullableContextOptions: NullableContextOptions.Enable,
                concurrentBuild: true));
        var driver = CSharpGeneratorDriver.Create(new[] { new EcsForgeGenerator().AsSourceGenerator() }, parseOptions: s_parseOptions);
        driver.RunGeneratorsAndUpdateCompilation(compilation, out var output, out var generatorDiagnostics);

        using var image = new MemoryStream();
        var result = output.Emit(image);
        var errors = generatorDiagnostics.Concat(result.Diagnostics).Where(d => d.Severity == DiagnosticSeverity.Error).ToImmutableArray();
        return result.Success && errors.IsEmpty ? (image.ToArray(), errors) : (null, errors);
    }

    /// <summary>The datasets owning errors: by the file of the error, the dataset's own or the parser generated from it.</summary>
    private static Dictionary<ImportedDataset, List<string>> Attribute(ImmutableArray<Diagnostic> errors, List<ImportedDataset> datasets)
    {
        var byFile = new Dictionary<string, ImportedDataset>(StringComparer.Ordinal);
        foreach (var dataset in datasets)
        {
            byFile[dataset.FileName] = dataset;
            byFile[$"{DatasetImporter.Namespace}.{dataset.ClassName}.g.cs"] = dataset;
        }

        var failing = new Dictionary<ImportedDataset, List<string>>();
        foreach (var error in errors)
        {
            var file = Path.GetFileName(error.Location.SourceTree?.FilePath ?? string.Empty);
            if (byFile.TryGetValue(file, out var dataset))
            {
                if (!failing.TryGetValue(dataset, out var messages))
                {
                    failing[dataset] = messages = new List<string>();
                }

                messages.Add(error.ToString());
            }
        }

        return failing;
    }

    /// <summary>
    /// The datasets that do not compile on their own, for errors located in no dataset's file (in the registry, or
    /// without location): slower, one compilation each, so only a fallback.
    /// </summary>
    private static Dictionary<ImportedDataset, List<string>> CompileAlone(List<ImportedDataset> datasets)
    {
        var failing = new Dictionary<ImportedDataset, List<string>>();
        foreach (var dataset in datasets)
        {
            var (image, errors) = Emit(new[] { dataset });
            if (image is null)
            {
                failing[dataset] = errors.Select(error => error.ToString()).ToList();
            }
        }

        return failing;
    }

    private static CompiledCatalogue Load(byte[] image, Dictionary<string, string> rejected)
    {
        // The context resolves nothing itself, so the runtime's types are the host's and the router accepts the formats.
        var context = new AssemblyLoadContext(AssemblyName, isCollectible: true);
        var assembly = context.LoadFromStream(new MemoryStream(image));
        var registry = assembly.GetType(AssemblyName + ".IntakeFormatRegistry");
        var all = registry?.GetProperty("All", BindingFlags.Public | BindingFlags.Static)?.GetValue(null) as IReadOnlyList<IntakeFormat>;
        return new CompiledCatalogue(all ?? Array.Empty<IntakeFormat>(), rejected, context);
    }

    private static ImmutableArray<MetadataReference> LoadReferences()
    {
        var paths = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator).ToList();
        paths.Add(typeof(IntakeFormatAttribute).Assembly.Location);
        paths.Add(typeof(EcsForge.UserAgents.UserAgentParser).Assembly.Location);
        return paths.Distinct().Select(path => (MetadataReference)MetadataReference.CreateFromFile(path)).ToImmutableArray();
    }
}
