using System.Buffers;
using System.Text;
using System.Text.Json;
using EcsForge.Parsing;
using EcsForge.Routing;
using Xunit;

namespace EcsForge.Tests.Runtime;

/// <summary>Bad key=value lines give a failed result with a reason, or a well-defined event; never an exception.</summary>
public sealed class KeyValueBadInputTests
{
    private static readonly IntakeRouter s_router = new(EcsForge.Parsers.IntakeFormatRegistry.All);

    [Theory]
    [InlineData("this line has no pairs at all", ParseFailure.NotKeyValue)]
    [InlineData("{\"msg\":\"json, not key-value\"}", ParseFailure.NotKeyValue)]
    [InlineData("user=bob msg=\"AUT24804: cut in the middle", ParseFailure.Truncated)]
    [InlineData("   ", ParseFailure.NotKeyValue)]
    public void Bad_lines_fail_with_a_reason(string line, ParseFailure expected)
    {
        var (result, output) = Parse(Encoding.UTF8.GetBytes(line));

        Assert.Equal(expected, result.Failure);
        Assert.False(string.IsNullOrWhiteSpace(result.Reason));
        Assert.Equal(0, output.WrittenCount);
    }

    [Fact]
    public void A_megabyte_msg_is_parsed_and_kept()
    {
        var detail = new string('x', 1 << 20);
        var (result, output) = Parse(Encoding.UTF8.GetBytes($"user=bob src=10.0.0.1 msg=\"AUT24804: Host Checker policy '{detail}"));

        Assert.Equal(ParseFailure.Truncated, result.Failure);

        (result, output) = Parse(Encoding.UTF8.GetBytes($"user=bob src=10.0.0.1 msg=\"AUT24804: Host Checker policy '{detail}' failed\""));
        Assert.True(result.Success, result.Reason);
        using var document = JsonDocument.Parse(output.WrittenMemory);
        Assert.Equal("AUT24804", document.RootElement.GetProperty("event").GetProperty("code").GetString());
        Assert.EndsWith(detail + "' failed", document.RootElement.GetProperty("event").GetProperty("reason").GetString());
    }

    [Fact]
    public void Syslog_header_is_skipped()
    {
        var (result, output) = Parse("<134>Jan 28 13:46:08 pcs01 PulseSecure: id=firewall time=\"2021-01-28 13:46:08\" user=bob msg=\"SYS31231: ok\""u8.ToArray());

        Assert.True(result.Success, result.Reason);
        using var document = JsonDocument.Parse(output.WrittenMemory);
        Assert.Equal("2021-01-28T13:46:08Z", document.RootElement.GetProperty("@timestamp").GetString());
        Assert.Equal("bob", document.RootElement.GetProperty("user").GetProperty("name").GetString());
    }

    [Fact]
    public void Invalid_values_are_left_out()
    {
        var (result, output) = Parse("time=\"yesterday\" src=not-an-ip dst=10.0.0.999 sent=12kb msg=\"SYS20704: x SNMP trap to 10.0.0.1:99999999999999999999\""u8.ToArray());

        Assert.True(result.Success, result.Reason);
        using var document = JsonDocument.Parse(output.WrittenMemory);
        var root = document.RootElement;
        Assert.False(root.TryGetProperty("@timestamp", out _));
        Assert.False(root.TryGetProperty("source", out _));
        Assert.Equal("10.0.0.1", root.GetProperty("destination").GetProperty("ip").GetString());
        Assert.False(root.GetProperty("destination").TryGetProperty("port", out _));
    }

    private static (ParseResult Result, ArrayBufferWriter<byte> Output) Parse(byte[] line)
    {
        Assert.True(s_router.TryGetFormat("pulse-connect-secure", out var format));
        var output = new ArrayBufferWriter<byte>();
        return (s_router.Parse(format, line, output), output);
    }
}
