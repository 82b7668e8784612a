using System;
using System.Buffers;
using System.Linq;
using System.Text;
using System.Text.Json;
using EcsForge.Parsers;
using EcsForge.Parsing;
using EcsForge.Routing;
using Xunit;

namespace EcsForge.Tests.Runtime;

/// <summary>Bad input never throws nor half-writes: each case is a failure with a reason, or a well-defined event.</summary>
public sealed class BadInputTests
{
    private const string Firewall = "cloudflare-firewall-events";
    private static readonly IntakeRouter s_router = new(EcsForge.Parsers.IntakeFormatRegistry.All);

    [Theory]
    [InlineData("{\"Action\":\"block\",", ParseFailure.Truncated)]
    [InlineData("{\"Action\":\"block\",\"ClientIP\":\"1.2.3", ParseFailure.Truncated)]
    [InlineData("{\"Action\":\"block\",\"Datetime\":16576306", ParseFailure.Truncated)]
    [InlineData("{\"Action\":", ParseFailure.Truncated)]
    [InlineData("{\"Action\" \"block\"}", ParseFailure.MalformedJson)]
    [InlineData("{\"Action\":\"block\"} {}", ParseFailure.MalformedJson)]
    [InlineData("{'Action':'block'}", ParseFailure.MalformedJson)]
    [InlineData("[{\"Action\":\"block\"}]", ParseFailure.NotAnObject)]
    [InlineData("42", ParseFailure.NotAnObject)]
    [InlineData("\"text\"", ParseFailure.NotAnObject)]
    [InlineData("", ParseFailure.EmptyMessage)]
    [InlineData("\r\n", ParseFailure.EmptyMessage)]
    public void Malformed_messages_fail_with_a_reason_and_write_nothing(string message, ParseFailure expected)
    {
        var (result, output) = Parse(Encoding.UTF8.GetBytes(message));

        Assert.Equal(expected, result.Failure);
        Assert.False(string.IsNullOrWhiteSpace(result.Reason));
        Assert.Equal(0, output.WrittenCount);
    }

    [Fact]
    public void Invalid_utf8_fails_with_the_offset_of_the_bad_byte()
    {
        var message = Encoding.UTF8.GetBytes("{\"RayID\":\"ab\"}");
        message[11] = 0xC3; // a lead byte followed by an ASCII byte

        var (result, output) = Parse(message);

        Assert.Equal(ParseFailure.InvalidUtf8, result.Failure);
        Assert.Contains("offset 11", result.Reason);
        Assert.Equal(0, output.WrittenCount);
    }

    [Fact]
    public void Hundred_levels_of_nesting_fail_as_too_deep()
    {
        var message = "{\"metadata\":" + new string('[', 100) + new string(']', 100) + "}";

        var (result, output) = Parse(Encoding.UTF8.GetBytes(message));

        Assert.Equal(ParseFailure.TooDeep, result.Failure);
        Assert.Equal(0, output.WrittenCount);
    }

    [Fact]
    public void A_ten_megabyte_string_is_carried_through()
    {
        var huge = new string('x', 10 * 1024 * 1024);
        var message = $"{{\"RayID\":\"{huge}\",\"Action\":\"block\"}}";

        var (result, output) = Parse(Encoding.UTF8.GetBytes(message));

        Assert.True(result.Success, result.Reason);
        using var document = JsonDocument.Parse(output.WrittenMemory);
        Assert.Equal(huge.Length, document.RootElement.GetProperty("cloudflare").GetProperty("RayID").GetString()!.Length);
    }

    [Fact]
    public void A_string_where_a_number_is_expected_is_left_out_not_guessed()
    {
        var message = "{\"EdgeResponseStatus\":\"forbidden\",\"ClientSrcPort\":\"443\",\"Action\":\"block\"}";

        var (result, output) = Parse(Encoding.UTF8.GetBytes(message));

        Assert.True(result.Success, result.Reason);
        using var document = JsonDocument.Parse(output.WrittenMemory);
        var root = document.RootElement;
        Assert.False(root.TryGetProperty("http", out _));
        Assert.False(root.TryGetProperty("cloudflare", out var cloudflare) && cloudflare.TryGetProperty("EdgeResponseStatus", out _));
        Assert.Equal(443, root.GetProperty("source").GetProperty("port").GetInt64());
    }

    [Fact]
    public void Escaped_names_and_values_are_unescaped_before_matching()
    {
        var message = "{\"\\u0041ction\":\"bl\\u006fck\",\"ClientIP\":\"10.0.0.\\u0031\",\"RayID\":\"caf\\u00e9 \\\"quoted\\\"\"}";

        var (result, output) = Parse(Encoding.UTF8.GetBytes(message));

        Assert.True(result.Success, result.Reason);
        using var document = JsonDocument.Parse(output.WrittenMemory);
        var root = document.RootElement;
        Assert.Equal("block", root.GetProperty("event").GetProperty("action").GetString());
        Assert.Equal("denied", root.GetProperty("event").GetProperty("type")[0].GetString());
        Assert.Equal("10.0.0.1", root.GetProperty("source").GetProperty("ip").GetString());
        Assert.Equal("café \"quoted\"", root.GetProperty("cloudflare").GetProperty("RayID").GetString());
    }

    [Fact]
    public void Wrong_json_types_are_handled_per_target()
    {
        var message = "{\"ClientIP\":12,\"Action\":true,\"RayID\":null,\"ClientRequestHost\":{\"a\":1},\"Datetime\":\"soon\"}";

        var (result, output) = Parse(Encoding.UTF8.GetBytes(message));

        Assert.True(result.Success, result.Reason);
        using var document = JsonDocument.Parse(output.WrittenMemory);
        var root = document.RootElement;
        Assert.False(root.TryGetProperty("source", out _));
        Assert.False(root.TryGetProperty("@timestamp", out _));
        Assert.True(root.GetProperty("event").GetProperty("action").GetBoolean());
        Assert.False(root.TryGetProperty("related", out var related) && related.TryGetProperty("hosts", out _));
    }

    [Fact]
    public void Duplicate_keys_keep_the_last_value()
    {
        var (result, output) = Parse("{\"RayID\":\"first\",\"RayID\":\"second\"}"u8.ToArray());

        Assert.True(result.Success, result.Reason);
        using var document = JsonDocument.Parse(output.WrittenMemory);
        Assert.Equal("second", document.RootElement.GetProperty("cloudflare").GetProperty("RayID").GetString());
    }

    [Fact]
    public void Unknown_format_is_a_failure_not_an_exception()
    {
        var output = new ArrayBufferWriter<byte>();

        var result = s_router.Parse("no-such-format", "{}"u8, output);

        Assert.Equal(ParseFailure.UnknownFormat, result.Failure);
        Assert.Contains("no-such-format", result.Reason);
    }

    [Fact]
    public void Formats_are_found_by_uuid_in_any_spelling_and_by_slug()
    {
        Assert.True(s_router.TryGetFormat("16676D72-463E-4B8A-B13A-F8DD48CDDC8C", out var byUuid));
        Assert.True(s_router.TryGetFormat("{16676d72-463e-4b8a-b13a-f8dd48cddc8c}", out var braced));
        Assert.True(s_router.TryGetFormat(Firewall, out var bySlug));
        Assert.Same(byUuid, bySlug);
        Assert.Same(braced, bySlug);
    }

    [Fact]
    public void A_failure_after_a_success_leaves_the_earlier_output_intact()
    {
        var output = new ArrayBufferWriter<byte>();
        Assert.True(s_router.TryGetFormat(Firewall, out var format));

        var first = s_router.Parse(format, "{\"RayID\":\"a\"}"u8, output);
        var written = output.WrittenCount;
        var second = s_router.Parse(format, "{\"RayID\":\"b\","u8, output);

        Assert.True(first.Success);
        Assert.False(second.Success);
        Assert.Equal(written, output.WrittenCount);
        Assert.Equal(first.BytesWritten, written);
    }

    private static (ParseResult Result, ArrayBufferWriter<byte> Output) Parse(byte[] message)
    {
        var output = new ArrayBufferWriter<byte>();
        Assert.True(s_router.TryGetFormat(Firewall, out var format));
        var result = s_router.Parse(format, message, output);
        return (result, output);
    }
}
