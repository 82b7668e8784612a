using System;
using System.IO;
using System.Linq;
using System.Reflection;
using EcsForge.Generator;
using EcsForge.Generator.Diagnostics;
using EcsForge.Generator.Emit;
using EcsForge.Generator.Inference;
using EcsForge.Generator.Model;
using EcsForge.Generator.Patterns;
using EcsForge.Tests.Support;
using Microsoft.CodeAnalysis;
using Xunit;
using Shared = EcsForge.Generator.Shared;

namespace EcsForge.Tests.Generator;

/// <summary>
/// The generator names runtime types, members and enum values without referencing the runtime: these tests fail when the
/// two drift apart (a runtime addition the generator does not know, or a rename one side did not follow).
/// </summary>
public sealed class SharedNamesTests
{
    private static readonly Assembly[] s_runtime = { typeof(EcsForge.Routing.IntakeFormat).Assembly, typeof(EcsForge.UserAgents.UserAgentParser).Assembly };

    [Theory]
    [InlineData(typeof(Shared.Conversion), typeof(EcsForge.Mapping.Conversion))]
    [InlineData(typeof(Shared.Require), typeof(EcsForge.Mapping.Require))]
    [InlineData(typeof(Shared.InputFormat), typeof(EcsForge.Mapping.InputFormat))]
    [InlineData(typeof(Shared.FieldType), typeof(EcsForge.Mapping.FieldType))]
    [InlineData(typeof(Shared.SpreadShape), typeof(EcsForge.Parsing.SpreadShape))]
    [InlineData(typeof(Shared.GrokToken), typeof(EcsForge.Patterns.GrokToken))]
    public void Generator_enum_is_the_runtime_enum(Type generator, Type runtime)
    {
        Assert.Equal(Members(runtime), Members(generator));
    }

    [Fact]
    public void Every_conversion_compiles_to_a_runtime_call()
    {
        foreach (var conversion in Enum.GetValues<Shared.Conversion>().Where(conversion => conversion != Shared.Conversion.None))
        {
            var expression = RuleEmitter.ConversionExpression(conversion, ",");
            Assert.True(expression is not null, $"Conversion.{conversion} has no generated code");
            AssertCallsRuntimeMethod(expression!);
        }
    }

    [Fact]
    public void Every_generated_code_type_name_is_a_runtime_type()
    {
        foreach (var field in typeof(Types).GetFields(BindingFlags.Public | BindingFlags.Static).Where(field => field.IsLiteral))
        {
            var name = ((string)field.GetRawConstantValue()!).Replace("global::", string.Empty, StringComparison.Ordinal);
            if (name.StartsWith("EcsForge.", StringComparison.Ordinal))
            {
                Assert.True(RuntimeType(name) is not null, $"Types.{field.Name}: {name} is not a runtime type");
            }
        }
    }

    [Fact]
    public void Every_attribute_name_is_a_runtime_type()
    {
        foreach (var field in typeof(KnownNames).GetFields(BindingFlags.Public | BindingFlags.Static).Where(field => field.IsLiteral))
        {
            var name = (string)field.GetRawConstantValue()!;
            Assert.True(RuntimeType(name) is not null, $"KnownNames.{field.Name}: {name} is not a runtime type");
        }
    }

    [Fact]
    public void Inferred_user_agent_and_url_parts_are_runtime_properties()
    {
        foreach (var (field, property) in PlatformRules.UserAgentParts)
        {
            Assert.True(typeof(EcsForge.UserAgents.UserAgentDetails).GetProperty(property) is not null, $"{field}: UserAgentDetails.{property} does not exist");
        }

        foreach (var part in PlatformRules.UrlParts)
        {
            var property = WriterEmitter.UrlProperty(part);
            Assert.True(typeof(EcsForge.Inference.UrlParts).GetProperty(property) is not null, $"url.{part}: UrlParts.{property} does not exist");
        }
    }

    [Fact]
    public void Every_grok_token_has_a_grok_name()
    {
        Assert.Equal(Enum.GetValues<Shared.GrokToken>().OrderBy(token => token), GrokLibrary.Tokens.Values.Distinct().OrderBy(token => token));
    }

    [Fact]
    public void Diagnostic_ids_are_unique_and_released()
    {
        var descriptors = typeof(DiagnosticDescriptors).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Select(field => (DiagnosticDescriptor)field.GetValue(null)!)
            .ToList();
        Assert.Equal(descriptors.Count, descriptors.Select(descriptor => descriptor.Id).Distinct().Count());

        var releases = File.ReadAllText(RepositoryPaths.InRepository("generator", "AnalyzerReleases.Shipped.md"))
            + File.ReadAllText(RepositoryPaths.InRepository("generator", "AnalyzerReleases.Unshipped.md"));
        Assert.All(descriptors, descriptor => Assert.Contains(descriptor.Id, releases, StringComparison.Ordinal));
    }

    private static string[] Members(Type enumType)
        => Enum.GetNames(enumType).Select(name => $"{name}={Convert.ToInt64(Enum.Parse(enumType, name))}").ToArray();

    private static Type? RuntimeType(string fullName)
        => s_runtime.Select(assembly => assembly.GetType(fullName)).FirstOrDefault(type => type is not null);

    /// <summary>Checks that <c>global::Type.Method(</c>, the head of a conversion expression, names a public runtime method.</summary>
    private static void AssertCallsRuntimeMethod(string expression)
    {
        var call = expression.Replace("global::", string.Empty, StringComparison.Ordinal);
        call = call[..call.IndexOf('(', StringComparison.Ordinal)];
        var dot = call.LastIndexOf('.');
        var type = RuntimeType(call[..dot]);
        Assert.True(type is not null, $"{call[..dot]} is not a runtime type");
        Assert.True(type!.GetMethods().Any(method => method.Name == call[(dot + 1)..]), $"{call} is not a runtime method");
    }
}
