using System;
using System.Text;
using EcsForge.Parsing;
using Xunit;

namespace EcsForge.Tests.Runtime;

/// <summary>The conversions <c>Trim</c> and <c>IpAddresses</c>, keyword writing and list-fed related values.</summary>
public sealed class ValueConversionTests
{
    [Theory]
    [InlineData("foO-BAR-baz.xYz.", ".", "foO-BAR-baz.xYz")]
    [InlineData("..a.b..", ".", "a.b")]
    [InlineData(" -x- ", " -", "x")]
    [InlineData("plain", ".", "plain")]
    public void Trim_removes_the_listed_characters_at_both_ends(string text, string characters, string expected)
    {
        var (input, value) = StringValue(text);

        var trimmed = TextConversions.Trim(input.AsSpan(value.Start, value.Length), value, Encoding.UTF8.GetBytes(characters));

        Assert.Equal(RawKind.String, trimmed.Kind);
        Assert.Equal(expected, Encoding.UTF8.GetString(input, trimmed.Start, trimmed.Length));
    }

    [Fact]
    public void Trim_of_only_trimmed_characters_is_empty_and_other_kinds_pass()
    {
        var (input, value) = StringValue("...");
        Assert.False(TextConversions.Trim(input.AsSpan(value.Start, value.Length), value, "."u8).HasValue);

        var number = new RawValue(RawKind.Number, 0, 2);
        Assert.Equal(number, TextConversions.Trim("12"u8, number, "1"u8));
    }

    [Fact]
    public void IpAddresses_keeps_the_list_items_that_are_ip_addresses()
    {
        var session = new EventSession();
        var input = Encoding.UTF8.GetBytes("""["192.0.2.1","nope",3,{"a":1},"2001:db8::1",["10.0.0.1"]]""");
        var value = new RawValue(RawKind.Array, 0, input.Length);

        var ips = IpConversions.IpAddresses(input, value, session.Scratch);

        Assert.Equal(RawKind.Array, ips.Kind);
        Assert.Equal("""["192.0.2.1","2001:db8::1"]""", Encoding.UTF8.GetString(session.Bytes(input, ips)));
    }

    [Fact]
    public void IpAddresses_returns_a_list_of_only_ips_as_it_is_and_drops_lists_without_ips()
    {
        var session = new EventSession();
        var all = Encoding.UTF8.GetBytes("""["192.0.2.1", "192.0.2.2"]""");
        var allValue = new RawValue(RawKind.Array, 0, all.Length);
        Assert.Equal(allValue, IpConversions.IpAddresses(all, allValue, session.Scratch));

        var none = Encoding.UTF8.GetBytes("""["a","b"]""");
        Assert.False(IpConversions.IpAddresses(none, new RawValue(RawKind.Array, 0, none.Length), session.Scratch).HasValue);

        var (single, singleValue) = StringValue("198.51.100.7");
        Assert.Equal(singleValue, IpConversions.IpAddresses(single.AsSpan(singleValue.Start, singleValue.Length), singleValue, session.Scratch));
        var (text, textValue) = StringValue("host");
        Assert.False(IpConversions.IpAddresses(text.AsSpan(textValue.Start, textValue.Length), textValue, session.Scratch).HasValue);
    }

    [Fact]
    public void Related_values_take_the_string_items_of_a_list_once()
    {
        var session = new EventSession();
        var input = Encoding.UTF8.GetBytes("""x"192.0.2.1"["192.0.2.1","192.0.2.9",7]""");
        var related = new RelatedValues(stackalloc RawValue[4]);

        related.Add(input, session, new RawValue(RawKind.String, 2, 9));
        related.Add(input, session, new RawValue(RawKind.Array, 12, input.Length - 12));

        Assert.Equal(2, related.Count);
        var writer = new EventJsonWriter();
        writer.WriteStartObject();
        related.Write(writer, JsonName.Of("ip"), input, session);
        writer.WriteEndObject();

        Assert.Equal("""{"ip":["192.0.2.1","192.0.2.9"]}""", Encoding.UTF8.GetString(writer.WrittenSpan));
    }

    [Theory]
    [InlineData(RawKind.Number, "15", """{"t":"15"}""")]
    [InlineData(RawKind.String, "MX", """{"t":"MX"}""")]
    [InlineData(RawKind.True, "true", """{"t":true}""")]
    public void Keyword_fields_write_numbers_as_text(RawKind kind, string raw, string expected)
    {
        var writer = new EventJsonWriter();
        writer.WriteStartObject();
        EcsValueWriter.WriteKeywordProperty(writer, JsonName.Of("t"), Encoding.UTF8.GetBytes(raw), kind);
        writer.WriteEndObject();

        Assert.Equal(expected, Encoding.UTF8.GetString(writer.WrittenSpan));
    }

    private static (byte[] Input, RawValue Value) StringValue(string text)
    {
        var input = Encoding.UTF8.GetBytes("\"" + text + "\"");
        return (input, new RawValue(RawKind.String, 1, input.Length - 2));
    }
}
