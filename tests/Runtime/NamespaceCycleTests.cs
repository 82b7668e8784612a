using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using EcsForge.Tests.Support;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Xunit;

namespace EcsForge.Tests.Runtime;

/// <summary>
/// The runtime's namespaces depend on each other one way only (Routing on Parsing, Parsing on Patterns and Text, ...):
/// a cycle means two namespaces are one concept split in two, or a type in the wrong place. The runtime's sources are
/// compiled in memory and every name in them (using directives, type names, members, crefs, the types of expressions)
/// is resolved, so a fully qualified reference counts as much as a <c>using</c>.
/// </summary>
public sealed class NamespaceCycleTests
{
    [Fact]
    public void Runtime_namespaces_have_no_cycle()
    {
        var files = Directory.EnumerateFiles(RepositoryPaths.InRepository("runtime"), "*.cs", SearchOption.AllDirectories)
            .Where(path => !path.Split(Path.DirectorySeparatorChar).Any(part => part is "obj" or "bin"))
            .ToList();
        Assert.NotEmpty(files);

        var edges = NamespaceDependencies(files.Select(path => (path, File.ReadAllText(path))));

        // The graph is real: the router depends on the parsing helpers it calls.
        Assert.Contains(edges.Keys, edge => edge == ("EcsForge.Routing", "EcsForge.Parsing"));
        var cycle = FindCycle(edges.Keys);
        Assert.True(cycle is null, "runtime namespaces form a cycle:\n" + Describe(cycle, edges));
    }

    [Fact]
    public void A_cycle_through_a_qualified_name_is_found()
    {
        var edges = NamespaceDependencies(new[]
        {
            ("A.cs", "namespace EcsForge.A;\n"
                + "public static class Alpha { public static int One() => 1; }\n"
                + "public static class UsesB { public static int Two() => EcsForge.B.Beta.Two(); }"),
            ("B.cs", "using EcsForge.A;\nnamespace EcsForge.B;\npublic static class Beta { public static int Two() => Alpha.One() + 1; }"),
        });

        var cycle = FindCycle(edges.Keys);

        Assert.NotNull(cycle);
        Assert.Equal(new[] { "EcsForge.A", "EcsForge.B" }, cycle!.Order(StringComparer.Ordinal));
    }

    /// <summary>Each dependency between two EcsForge namespaces, with one place that makes it (file:line).</summary>
    private static Dictionary<(string From, string To), string> NamespaceDependencies(IEnumerable<(string Path, string Text)> sources)
    {
        var trees = sources
            .Select(source => CSharpSyntaxTree.ParseText(
                source.Text,
                CSharpParseOptions.Default.WithLanguageVersion(LanguageVersion.Latest).WithDocumentationMode(DocumentationMode.Parse),
                source.Path))
            .ToList();
        var compilation = CSharpCompilation.Create(
            "NamespaceCycleCheck",
            trees,
            FrameworkReferences(),
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        var errors = compilation.GetDiagnostics().Where(diagnostic => diagnostic.Severity == DiagnosticSeverity.Error).ToList();
        Assert.True(errors.Count == 0, "the sources must compile for their names to resolve:\n" + string.Join("\n", errors.Take(10)));

        var edges = new Dictionary<(string From, string To), string>();
        foreach (var tree in trees)
        {
            var model = compilation.GetSemanticModel(tree);
            var root = tree.GetCompilationUnitRoot();
            var declared = root.DescendantNodes()
                .OfType<BaseNamespaceDeclarationSyntax>()
                .Select(declaration => declaration.Name.ToString())
                .ToList();
            Assert.True(declared.Count <= 1, $"{tree.FilePath} declares {declared.Count} namespaces; one at most is expected");

            // A file without a namespace (assembly attributes) is in the global one, which no EcsForge name can lead back to.
            var from = declared.SingleOrDefault() ?? string.Empty;
            foreach (var node in root.DescendantNodes(descendIntoTrivia: true))
            {
                var targets = node switch
                {
                    UsingDirectiveSyntax { Name: { } name } => [model.GetSymbolInfo(name).Symbol as INamespaceSymbol],
                    ExpressionSyntax expression =>
                        new[] { NamespaceOf(model.GetSymbolInfo(expression).Symbol), NamespaceOf(model.GetTypeInfo(expression).Type) },
                    _ => [],
                };
                foreach (var target in targets.OfType<INamespaceSymbol>().Select(target => target.ToDisplayString()))
                {
                    if (target != from && target.StartsWith("EcsForge", StringComparison.Ordinal) && !edges.ContainsKey((from, target)))
                    {
                        edges[(from, target)] = $"{Path.GetFileName(tree.FilePath)}:{node.GetLocation().GetLineSpan().StartLinePosition.Line + 1}";
                    }
                }
            }
        }

        return edges;
    }

    /// <summary>The namespace of a type, or of the type declaring a member; null for anything else.</summary>
    private static INamespaceSymbol? NamespaceOf(ISymbol? symbol)
    {
        var type = symbol as INamedTypeSymbol ?? symbol?.ContainingType;
        while (type?.ContainingType is { } outer)
        {
            type = outer;
        }

        return type is { Locations: var locations } && locations.Any(location => location.IsInSource) ? type.ContainingNamespace : null;
    }

    /// <summary>The namespaces of one cycle of the graph, or null when it has none.</summary>
    private static List<string>? FindCycle(IEnumerable<(string From, string To)> edges)
    {
        var next = edges.ToLookup(edge => edge.From, edge => edge.To);
        var done = new HashSet<string>(StringComparer.Ordinal);
        var path = new List<string>();

        List<string>? Visit(string node)
        {
            var onPath = path.IndexOf(node);
            if (onPath >= 0)
            {
                return path.Skip(onPath).ToList();
            }

            if (!done.Add(node))
            {
                return null;
            }

            path.Add(node);
            foreach (var target in next[node].Order(StringComparer.Ordinal))
            {
                if (Visit(target) is { } cycle)
                {
                    return cycle;
                }
            }

            path.RemoveAt(path.Count - 1);
            return null;
        }

        foreach (var node in next.Select(group => group.Key).Order(StringComparer.Ordinal))
        {
            if (Visit(node) is { } cycle)
            {
                return cycle;
            }
        }

        return null;
    }

    private static string Describe(List<string>? cycle, Dictionary<(string From, string To), string> edges)
        => cycle is null
            ? string.Empty
            : string.Join("\n", cycle.Select((from, i) => (From: from, To: cycle[(i + 1) % cycle.Count]))
                .Select(edge => $"  {edge.From} -> {edge.To} (e.g. {edges[edge]})"));

    /// <summary>The shared framework's assemblies only, so every EcsForge name resolves to the sources under test.</summary>
    private static IEnumerable<MetadataReference> FrameworkReferences()
    {
        var frameworkDirectory = Path.GetDirectoryName(typeof(object).Assembly.Location)!;
        return ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!)
            .Split(Path.PathSeparator)
            .Where(path => Path.GetDirectoryName(path) == frameworkDirectory)
            .Select(path => MetadataReference.CreateFromFile(path));
    }
}
