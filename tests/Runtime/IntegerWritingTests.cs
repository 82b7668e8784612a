using System;
using System.Text;
using CsCheck;
using EcsForge.Parsing;
using Xunit;

namespace EcsForge.Tests.Runtime;

/// <summary>
/// An integer field read as text is written as the integer it holds: copied when the text is already that integer's
/// formatting, converted otherwise; both ways must give what converting always gave.
/// </summary>
public sealed class IntegerWritingTests
{
    [Theory]
    [InlineData("1722202", "1722202")]
    [InlineData("0", "0")]
    [InlineData("-0", "0")]
    [InlineData("007", "7")]
    [InlineData("+42", "42")]
    [InlineData("-42", "-42")]
    [InlineData("-9223372036854775808", "-9223372036854775808")]
    [InlineData("9223372036854775807", "9223372036854775807")]
    public void Integer_text_is_written_as_its_value(string text, string expected)
        => Assert.Equal("{\"n\":" + expected + "}", Written(text));

    [Fact]
    public void Any_integer_text_is_written_as_converting_it_writes_it()
    {
        var text = Gen.Select(Gen.Long, Gen.Int[0, 3], Gen.OneOf(Gen.Const(""), Gen.Const("+"), Gen.Const("-")),
            (value, zeros, sign) => value < 0 ? "-" + new string('0', zeros) + (-(decimal)value) : sign + new string('0', zeros) + value);
        text.Where(candidate => EcsValueWriter.IsInteger(Encoding.UTF8.GetBytes(candidate), RawKind.String))
            .Sample(candidate => Assert.Equal("{\"n\":" + long.Parse(candidate, System.Globalization.CultureInfo.InvariantCulture) + "}", Written(candidate)), iter: 5000);
    }

    private static string Written(string text)
    {
        var writer = new EventJsonWriter();
        writer.Reset();
        writer.WriteStartObject();
        EcsValueWriter.WriteIntegerProperty(writer, JsonName.Of("n"), Encoding.UTF8.GetBytes(text), RawKind.String);
        writer.WriteEndObject();
        return Encoding.UTF8.GetString(writer.WrittenSpan);
    }
}
