using EcsForge.Pipelines;
using PipelineTests = EcsForge.Pipelines.Tests;
using Xunit;
using static EcsForge.Tests.Runtime.Pipelines.PipelineValues;

namespace EcsForge.Tests.Runtime.Pipelines;

/// <summary>The <c>is</c> tests.</summary>
public sealed class TestTests
{
    private readonly ValueArena _arena = new();

    [Fact]
    public void Defined_and_none_tell_undefined_from_none()
    {
        Assert.False(PipelineTests.Defined(_arena, Value.Absent));
        Assert.True(PipelineTests.Undefined(_arena, Value.Absent));
        Assert.True(PipelineTests.Defined(_arena, Value.None));
        Assert.True(PipelineTests.None(_arena, Value.None));
        Assert.False(PipelineTests.None(_arena, Value.Absent));
    }

    [Fact]
    public void Type_tests_follow_jinja()
    {
        Assert.True(PipelineTests.Number(_arena, Number(1)));
        Assert.True(PipelineTests.Number(_arena, Value.FromFloat(1.5)));
        Assert.True(PipelineTests.Number(_arena, Value.True)); // Jinja: isinstance(True, Number)
        Assert.False(PipelineTests.Number(_arena, S("1")));
        Assert.True(PipelineTests.String(_arena, S("")));
        Assert.True(PipelineTests.Mapping(_arena, Json(_arena, "{}")));
        Assert.False(PipelineTests.Mapping(_arena, Json(_arena, "[]")));
        Assert.True(PipelineTests.Iterable(_arena, S("a")));
        Assert.True(PipelineTests.Iterable(_arena, Json(_arena, "[]")));
        Assert.False(PipelineTests.Iterable(_arena, Number(1)));
        Assert.False(PipelineTests.Iterable(_arena, Value.None));
    }

    [Fact]
    public void A_test_of_an_error_abandons_the_action()
    {
        Assert.Throws<PipelineAbort>(() => PipelineTests.Defined(_arena, Value.Error));
        Assert.Throws<PipelineAbort>(() => PipelineTests.None(_arena, Value.Error));
        Assert.Throws<PipelineAbort>(() => PipelineTests.Iterable(_arena, Value.Error));
    }
}
