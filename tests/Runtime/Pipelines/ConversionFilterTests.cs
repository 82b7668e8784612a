using EcsForge.Pipelines;
using Xunit;
using static EcsForge.Tests.Runtime.Pipelines.PipelineValues;

namespace EcsForge.Tests.Runtime.Pipelines;

/// <summary>Jinja's int, float and abs, checked against Jinja 3.1.6.</summary>
public sealed class ConversionFilterTests
{
    private readonly ValueArena _arena = new();

    private string Show(Value value) => Repr(_arena, value);

    [Theory]
    [InlineData("42", "42")]
    [InlineData(" 7 ", "7")]
    [InlineData("3.0", "3")] // int('3.0') raises, int(float('3.0')) is 3
    [InlineData("-3.9", "-3")]
    [InlineData("1_000", "1000")]
    [InlineData("012", "12")]
    [InlineData("abc", "0")]
    [InlineData("", "0")]
    [InlineData("inf", "0")] // Jinja 3.1 catches the OverflowError
    [InlineData("nan", "0")]
    [InlineData("1e3", "1000")]
    public void Int_parses_text_as_jinja_does(string text, string expected)
    {
        Assert.Equal(expected, Show(Filters.Int(_arena, S(text), Value.Absent, Value.Absent)));
    }

    [Fact]
    public void Int_takes_a_default_and_a_base()
    {
        Assert.Equal("5", Show(Filters.Int(_arena, S("abc"), Number(5), Value.Absent)));
        Assert.Equal("2748", Show(Filters.Int(_arena, S("abc"), Value.Absent, Number(16))));
        Assert.Equal("26", Show(Filters.Int(_arena, S("0x1A"), Number(0), Number(16))));
        Assert.Equal("7", Show(Filters.Int(_arena, S("z"), Number(7), Number(16))));
        Assert.Equal("3", Show(Filters.Int(_arena, Value.FromFloat(3.9), Value.Absent, Value.Absent)));
        Assert.Equal("1", Show(Filters.Int(_arena, Value.True, Value.Absent, Value.Absent)));
        Assert.Equal("0", Show(Filters.Int(_arena, Value.None, Value.Absent, Value.Absent)));
        Assert.Equal("0", Show(Filters.Int(_arena, Json(_arena, "[1]"), Value.Absent, Value.Absent)));
        // Jinja 3.1's undefined refuses int() and float(): the render raises.
        Assert.Equal("Error", Show(Filters.Int(_arena, Value.Absent, Value.Absent, Value.Absent)));
    }

    [Fact]
    public void Float_parses_python_float_text_or_gives_the_default()
    {
        Assert.Equal("1.5", Show(Filters.Float(_arena, S(" 1.5 "), Value.Absent)));
        Assert.Equal("1000.0", Show(Filters.Float(_arena, S("1e3"), Value.Absent)));
        Assert.Equal("-inf", Show(Filters.Float(_arena, S("-Infinity"), Value.Absent)));
        Assert.Equal("0.0", Show(Filters.Float(_arena, S("x"), Value.Absent)));
        Assert.Equal("-1", Show(Filters.Float(_arena, S("x"), Number(-1))));
        Assert.Equal("2.0", Show(Filters.Float(_arena, Number(2), Value.Absent)));
        Assert.Equal("Error", Show(Filters.Float(_arena, Value.Absent, Value.Absent)));
    }

    [Fact]
    public void Abs_takes_numbers_only()
    {
        Assert.Equal("3", Show(Filters.Abs(_arena, Number(-3))));
        Assert.Equal("2.5", Show(Filters.Abs(_arena, Value.FromFloat(-2.5))));
        Assert.Equal("Error", Show(Filters.Abs(_arena, S("-3"))));
        Assert.Equal("Error", Show(Filters.Abs(_arena, Value.Absent)));
    }

    [Fact]
    public void Errors_pass_through_every_argument()
    {
        Assert.Equal("Error", Show(Filters.Int(_arena, S("1"), Value.Error, Value.Absent)));
        Assert.Equal("Error", Show(Filters.Default(_arena, Value.Error, S("x"), Value.Absent)));
        Assert.Equal("Error", Show(Filters.Join(_arena, Json(_arena, "[1]"), Value.Error, Value.Absent)));
        Assert.Equal("Error", Show(Filters.Map(_arena, Json(_arena, "[1]"), Value.Error, Value.Absent)));
    }
}
