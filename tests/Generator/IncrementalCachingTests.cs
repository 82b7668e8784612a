using System;
using System.Collections;
using System.IO;
using System.Linq;
using System.Reflection;
using EcsForge.Generator;
using EcsForge.Generator.Model;
using EcsForge.Tests.Support;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

namespace EcsForge.Tests.Generator;

/// <summary>The generator's model is value-equatable and symbol-free, so unrelated edits re-emit nothing.</summary>
public sealed class IncrementalCachingTests
{
    private static readonly string[] s_datasets = { "CloudflareFirewallEvents", "CloudflareAuditLogs" };

    [Fact]
    public void Unrelated_edit_leaves_every_tracked_step_cached_or_unchanged()
    {
        var compilation = GeneratorHarness.Compile(Datasets());
        var driver = GeneratorHarness.CreateDriver().RunGenerators(compilation);

        var edited = compilation.AddSyntaxTrees(CSharpSyntaxTree.ParseText("namespace Other; public class Unrelated { }"));
        var result = driver.RunGenerators(edited).GetRunResult().Results.Single();

        foreach (var name in TrackedStepNames())
        {
            Assert.True(result.TrackedSteps.ContainsKey(name), $"step {name} did not run");
            var reasons = result.TrackedSteps[name].SelectMany(step => step.Outputs).Select(output => output.Reason);
            Assert.All(reasons, reason => Assert.True(
                reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, $"{name}: {reason}"));
        }

        Assert.All(result.TrackedOutputSteps.SelectMany(step => step.Value).SelectMany(step => step.Outputs),
            output => Assert.True(output.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, output.Reason.ToString()));
    }

    [Fact]
    public void Editing_one_dataset_modifies_only_its_model()
    {
        var sources = Datasets();
        var compilation = GeneratorHarness.Compile(sources);
        var driver = GeneratorHarness.CreateDriver().RunGenerators(compilation);

        var oldTree = compilation.SyntaxTrees.First();
        var newText = sources[0].Replace("\"firewall-events\"", "\"firewall-events-v2\"");
        var edited = compilation.ReplaceSyntaxTree(oldTree, oldTree.WithChangedText(Microsoft.CodeAnalysis.Text.SourceText.From(newText)));
        var result = driver.RunGenerators(edited).GetRunResult().Results.Single();

        var reasons = result.TrackedSteps[TrackingNames.Models].SelectMany(step => step.Outputs).Select(output => output.Reason).ToList();
        Assert.Equal(1, reasons.Count(reason => reason == IncrementalStepRunReason.Modified));
        Assert.Equal(s_datasets.Length - 1, reasons.Count(reason => reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged));
    }

    [Fact]
    public void Model_holds_no_symbols_or_syntax()
    {
        var compilation = GeneratorHarness.Compile(Datasets());
        var result = GeneratorHarness.CreateDriver().RunGenerators(compilation).GetRunResult().Results.Single();

        foreach (var output in result.TrackedSteps[TrackingNames.Datasets].SelectMany(step => step.Outputs))
        {
            AssertSymbolFree(output.Value, depth: 0);
        }
    }

    private static string[] Datasets()
        => s_datasets.Select(name => File.ReadAllText(RepositoryPaths.InRepository("parsers", "Cloudflare", name + ".cs"))).ToArray();

    private static string[] TrackedStepNames()
        => typeof(TrackingNames).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(field => field.IsLiteral && field.Name != nameof(TrackingNames.Diagnostics))
            // Datasets only: UserAgentRegexesGeneratorTests covers the ua-parser steps.
            .Where(field => !field.Name.StartsWith("UserAgent", StringComparison.Ordinal))
            .Select(field => (string)field.GetRawConstantValue()!)
            .ToArray();

    private static void AssertSymbolFree(object? value, int depth)
    {
        if (value is null || depth > 12 || value is string || value.GetType().IsPrimitive || value.GetType().IsEnum)
        {
            return;
        }

        Assert.False(value is ISymbol or SyntaxNode or Compilation or SemanticModel, $"model holds {value.GetType()}");
        if (value is IEnumerable items)
        {
            foreach (var item in items)
            {
                AssertSymbolFree(item, depth + 1);
            }

            return;
        }

        foreach (var property in value.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.GetIndexParameters().Length == 0))
        {
            if (property.PropertyType.Namespace?.StartsWith("EcsForge.Generator", StringComparison.Ordinal) == true || property.PropertyType == typeof(object))
            {
                AssertSymbolFree(property.GetValue(value), depth + 1);
            }
            else
            {
                Assert.False(typeof(ISymbol).IsAssignableFrom(property.PropertyType) || typeof(SyntaxNode).IsAssignableFrom(property.PropertyType),
                    $"{value.GetType().Name}.{property.Name} is a {property.PropertyType}");
                if (property.PropertyType.IsGenericType && property.PropertyType.GetGenericTypeDefinition() == typeof(EquatableArray<>))
                {
                    AssertSymbolFree(property.GetValue(value), depth + 1);
                }
            }
        }
    }
}
