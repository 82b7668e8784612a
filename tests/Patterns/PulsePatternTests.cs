using System.Buffers;
using System.Text;
using System.Text.Json;
using EcsForge.Routing;
using Xunit;

namespace EcsForge.Tests.Patterns;

/// <summary>Each compiled Pulse pattern, on a line it must match and on one it must not (which keeps the generic mapping).</summary>
public sealed class PulsePatternTests
{
    private static readonly IntakeRouter s_router = new(EcsForge.Parsers.IntakeFormatRegistry.All);

    [Theory]
    [InlineData("AUT31556: Unauthenticated request url /dana-na/auth/url_default/welcome.cgi?p=1&q=two came from IP 10.1.2.3.", "url.path", "/dana-na/auth/url_default/welcome.cgi?p=1&q=two")]
    [InlineData("AUT20920: Connection from IP 2001:db8::7 not authenticated yet (URL=/cgi/x(1)?a=b)", "source.ip", "2001:db8::7")]
    [InlineData("AUT20920: Connection from IP 10.9.8.7 not authenticated yet (URL=/cgi/x(1)?a=b)", "url.path", "/cgi/x(1)?a=b")]
    [InlineData("AUT24604: SSL negotiation failed while client at source IP '10.0.0.1' was trying to connect to '10.0.0.2'. Reason: 'no shared cipher'", "destination.ip", "10.0.0.2")]
    [InlineData("AUT24604: SSL negotiation failed while client at source IP '10.0.0.1' was trying to connect to '10.0.0.2'. Reason: 'it's a 'quoted' reason'", "event.reason", "it's a 'quoted' reason")]
    [InlineData("AUT24804: Host Checker policy 'AV check' failed on host 'laptop-7.corp.example' address '00:1a:2b:3c:4d:5e' for user 'jane.doe' reason 'Antivirus: it's off.'.", "host.name", "laptop-7.corp.example")]
    [InlineData("AUT24804: Host Checker policy 'AV check' failed on host '10.4.4.4' address '001a.2b3c.4d5e' for user 'jane.doe' reason 'off'.", "rule.name", "AV check")]
    [InlineData("AUT24803: Host Checker policy 'Disk' passed on host '10.4.4.4' address '00-1A-2B-3C-4D-5E' for user 'j_d'.", "user.name", "j_d")]
    [InlineData("AUT24803: Host Checker policy 'Disk' passed on host 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa.example' address '00-1A-2B-3C-4D-5E' for user 'j_d'.", "host.name", "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa.example")]
    [InlineData("SYS20704: Sending trap [ a='1' ] SNMP trap to 192.0.2.9:10162", "destination.port", "10162")]
    // ":" may continue an IPv6 address: the shorter valid prefixes are tried, longest first, until the port follows.
    [InlineData("SYS20704: Sending SNMP trap to 2001:db8::9:10162", "destination.ip", "2001:db8::9")]
    [InlineData("SYS20704: Sending SNMP trap to 2001:db8::9:10162", "destination.port", "10162")]
    [InlineData("SYS31437: Successful syslog connection to peer: '192.0.2.77'", "source.ip", "192.0.2.77")]
    [InlineData("LIC30499: Leased 4 units of 'Concurrent Users' from 192.0.2.5 - reserved: 2 maximum: 10 incremental quantum: 1", "source.ip", "192.0.2.5")]
    public void Pattern_captures_reach_their_fields(string message, string field, string expected)
    {
        var root = Parse($"id=firewall time=\"2024-05-01 10:00:00\" fw=192.0.2.1 user=System src=198.51.100.1 msg=\"{message}\"");

        Assert.Equal(expected, Field(root, field));
    }

    [Fact]
    public void A_matched_pattern_sets_host_ip_and_mac_as_lists()
    {
        var root = Parse("src=198.51.100.1 msg=\"AUT24804: Host Checker policy 'P' failed on host '10.4.4.4' address '00-d8-61-35-80-81' for user 'bob' reason 'r'.\"");

        Assert.Equal("10.4.4.4", root.GetProperty("host").GetProperty("ip")[0].GetString());
        Assert.Equal("00-d8-61-35-80-81", root.GetProperty("host").GetProperty("mac")[0].GetString());
        Assert.False(root.GetProperty("host").TryGetProperty("name", out _));
        Assert.Equal("r", Field(root, "event.reason"));
    }

    [Theory]
    [InlineData("AUT31556: Unauthenticated request url came from nowhere")]
    [InlineData("AUT20920: Connection from IP 999.1.1.1 not authenticated yet (URL=/x)")]
    // A valid IPv6 prefix ("2001:db8::7") is no match when the address characters run on ("::1::") before the text.
    [InlineData("AUT20920: Connection from IP 2001:db8::7::1:: not authenticated yet (URL=/x)")]
    [InlineData("AUT24604: SSL negotiation failed while client at source IP '10.0.0.1' was trying to connect to 'host'. Reason: 'x'")]
    [InlineData("AUT24804: Host Checker policy 'P' failed on host 'h' address 'not-a-mac' for user 'bob' reason 'r'.")]
    [InlineData("AUT24803: Host Checker policy 'P' passed on host 'h' address '00-d8-61-35-80-81' for user 'bad user'.")]
    // Grok's HOSTNAME bounds a label to 63 characters: a 64-character label is no host name, so the pattern fails.
    [InlineData("AUT24803: Host Checker policy 'P' passed on host 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa.example' address '00-d8-61-35-80-81' for user 'bob'.")]
    [InlineData("SYS20704: Sending SNMP trap to 192.0.2.9:port")]
    [InlineData("SYS31437: Successful syslog connection to peer: '192.0.2.77' (again)")]
    [InlineData("LIC30499: Leased many units of 'x' from 192.0.2.5 - reserved: 2 maximum: 10 incremental quantum: 1")]
    public void Unmatched_lines_keep_the_generic_mapping(string message)
    {
        var root = Parse($"src=198.51.100.1 msg=\"{message}\"");

        var code = message[..message.IndexOf(':')];
        Assert.Equal(code, Field(root, "event.code"));
        Assert.Equal(message[(code.Length + 1)..], Field(root, "event.reason"));
        Assert.Equal("198.51.100.1", Field(root, "source.ip"));
        Assert.False(root.TryGetProperty("url", out _));
        Assert.False(root.TryGetProperty("rule", out _));
        Assert.False(root.TryGetProperty("host", out _));
    }

    [Fact]
    public void Unknown_event_codes_fall_back_to_the_generic_mapping()
    {
        var root = Parse("user=alice src=198.51.100.1 msg=\"XYZ99999: something new happened: details\"");

        Assert.Equal("XYZ99999", Field(root, "event.code"));
        Assert.Equal(" something new happened: details", Field(root, "event.reason"));
        Assert.Equal("network", root.GetProperty("event").GetProperty("category")[0].GetString());
    }

    private static JsonElement Parse(string line)
    {
        Assert.True(s_router.TryGetFormat("pulse-connect-secure", out var format));
        var output = new ArrayBufferWriter<byte>();
        var result = s_router.Parse(format, Encoding.UTF8.GetBytes(line), output);
        Assert.True(result.Success, result.Reason);
        return JsonDocument.Parse(output.WrittenMemory).RootElement.Clone();
    }

    private static string? Field(JsonElement root, string dotted)
    {
        var current = root;
        foreach (var segment in dotted.Split('.'))
        {
            if (!current.TryGetProperty(segment, out current))
            {
                return null;
            }
        }

        return current.ValueKind == JsonValueKind.String ? current.GetString() : current.GetRawText();
    }
}
