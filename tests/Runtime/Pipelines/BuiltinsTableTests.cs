using System;
using System.Linq;
using System.Reflection;
using EcsForge.Pipelines;
using PipelineTests = EcsForge.Pipelines.Tests;
using Xunit;

namespace EcsForge.Tests.Runtime.Pipelines;

/// <summary>The builtins table and the runtime agree: every entry the generator may call exists with the signature it emits.</summary>
public sealed class BuiltinsTableTests
{
    public static TheoryData<string, string, string, int> Entries()
    {
        var data = new TheoryData<string, string, string, int>();
        foreach (var (kind, table) in new[] { ("Filters", Builtins.Filters), ("Methods", Builtins.Methods), ("Tests", Builtins.Tests) })
        {
            foreach (var entry in table)
            {
                data.Add(kind, entry.Name, entry.Method, entry.Parameters.Length);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Entries))]
    public void Each_entry_has_a_public_static_method_taking_the_arena_the_input_and_one_value_per_parameter(string kind, string name, string method, int parameters)
    {
        var type = kind switch
        {
            "Filters" => typeof(Filters),
            "Methods" => typeof(Methods),
            _ => typeof(PipelineTests),
        };
        var expected = new[] { typeof(ValueArena), typeof(Value) }.Concat(Enumerable.Repeat(typeof(Value), parameters)).ToArray();
        var found = type.GetMethod(method, BindingFlags.Public | BindingFlags.Static, expected);
        Assert.True(found is not null, $"{name}: {type.Name}.{method}({string.Join(", ", expected.Select(t => t.Name))}) is missing");
        Assert.Equal(kind == "Tests" ? typeof(bool) : typeof(Value), found!.ReturnType);
    }

    [Fact]
    public void Parameter_names_match_the_table_so_keyword_arguments_bind_alike()
    {
        foreach (var (type, table) in new[] { (typeof(Filters), Builtins.Filters), (typeof(Methods), Builtins.Methods) })
        {
            foreach (var entry in table)
            {
                var method = type.GetMethods(BindingFlags.Public | BindingFlags.Static)
                    .Single(m => m.Name == entry.Method && m.GetParameters().Length == entry.Parameters.Length + 2);
                var names = method.GetParameters().Skip(2).Select(p => p.Name!.TrimStart('@')).ToArray();
                Assert.Equal(entry.Parameters, names);
            }
        }
    }
}
