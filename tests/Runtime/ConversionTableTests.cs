using System;
using System.Linq;
using System.Reflection;
using EcsForge.Mapping;
using EcsForge.Parsing;
using Xunit;

namespace EcsForge.Tests.Runtime;

/// <summary>The conversion table the generator compiles against and the runtime agree.</summary>
public sealed class ConversionTableTests
{
    [Fact]
    public void Every_conversion_but_none_has_exactly_one_binding()
    {
        var bound = ConversionTable.Bindings.Select(b => b.Conversion).ToArray();
        var expected = Enum.GetValues<Conversion>().Where(c => c != Conversion.None).ToArray();
        Assert.Equal(expected.OrderBy(c => c), bound.OrderBy(c => c));
        Assert.Null(ConversionTable.Find(Conversion.None));
    }

    public static TheoryData<Conversion> Conversions()
    {
        var data = new TheoryData<Conversion>();
        foreach (var binding in ConversionTable.Bindings)
        {
            data.Add(binding.Conversion);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Conversions))]
    public void Each_binding_names_a_runtime_method_with_the_signature_the_generator_emits(Conversion conversion)
    {
        var binding = ConversionTable.Find(conversion)!;
        var type = typeof(Timestamps).Assembly.GetType("EcsForge.Parsing." + binding.Type);
        Assert.True(type is not null, $"EcsForge.Parsing.{binding.Type} is missing");
        var method = type!.GetMethod(binding.Method, BindingFlags.Public | BindingFlags.Static);
        Assert.True(method is not null, $"{binding.Type}.{binding.Method} is missing");

        var expected = new[] { typeof(ReadOnlySpan<byte>), typeof(RawValue) }.ToList();
        if (binding.Arguments.HasFlag(ConversionArguments.Delimiter))
        {
            expected.Add(typeof(ReadOnlySpan<byte>));
        }

        if (binding.Arguments.HasFlag(ConversionArguments.Scratch))
        {
            expected.Add(typeof(EventScratch));
        }

        var actual = method!.GetParameters().Select(p => p.ParameterType.IsByRef ? p.ParameterType.GetElementType()! : p.ParameterType);
        Assert.Equal(expected, actual);
        Assert.Equal(typeof(RawValue), method.ReturnType);
    }
}
