using System;
using System.Globalization;
using System.IO;
using System.IO.Compression;
using System.Text;
using System.Text.RegularExpressions;

namespace EcsForge.Tests.Serve;

/// <summary>
/// Raw events with a unique id each, findable in the ECS output (firewall: <c>cloudflare.RayID</c>; Pulse: the
/// session in <c>event.reason</c>) and in dead letters (the original message).
/// </summary>
internal static partial class TestEvents
{
    public const string FirewallFormat = "cloudflare-firewall-events";

    public const string PulseFormat = "pulse-connect-secure";

    public static string FirewallId(int i) => i.ToString("x16", CultureInfo.InvariantCulture);

    public static string FirewallLine(int i, string? userAgent = null)
        => string.Create(CultureInfo.InvariantCulture, $$"""{"RayID":"{{FirewallId(i)}}","ClientIP":"203.0.113.{{(i % 250) + 1}}","ClientRequestHost":"shop.example.com","ClientRequestMethod":"GET","ClientRequestPath":"/item/{{i}}","ClientRequestUserAgent":"{{userAgent ?? "curl/8.5.0"}}","Action":"block","EdgeResponseStatus":403,"Datetime":{{1717401600000000000L + i}},"Kind":"firewall","Source":"waf"}""");

    /// <summary>A line cut inside a value, as a broken sender would post it: fails as truncated, keeping its id.</summary>
    public static string TruncatedFirewallLine(int i)
        => string.Create(CultureInfo.InvariantCulture, $$"""{"RayID":"{{FirewallId(i)}}","ClientIP":"203.0.113.1","Action":"blo""");

    public static string PulseId(int i) => "s" + i.ToString("D7", CultureInfo.InvariantCulture);

    public static string PulseMessage(int i)
        => string.Create(CultureInfo.InvariantCulture, $"id=firewall time=\"2024-06-03 08:00:00\" pri=6 fw=172.16.128.22 vpn=pcs-par-01 user=user{i} realm=\"Users\" roles=\"Users\" proto=auth src=198.51.100.7 type=vpn msg=\"AUT22673: Logout from 198.51.100.7 (session:{PulseId(i)})\"");

    /// <summary>RFC 5424 with structured data, framed by octet counting (RFC 6587).</summary>
    public static byte[] OctetCountedFrame(string message)
    {
        var syslog = Encoding.UTF8.GetBytes("<134>1 2024-06-03T08:00:00.000Z pcs-par-01 PulseSecure - - [origin ip=\"172.16.128.22\" note=\"a \\] b\"] " + message);
        return [.. Encoding.ASCII.GetBytes(syslog.Length.ToString(CultureInfo.InvariantCulture) + " "), .. syslog];
    }

    /// <summary>RFC 3164, framed by a newline.</summary>
    public static byte[] NewlineFrame(string message) => Encoding.UTF8.GetBytes("<134>Jun  3 08:00:00 pcs-par-01 PulseSecure: " + message + "\n");

    public static byte[] Gzip(byte[] data, CompressionLevel level = CompressionLevel.Fastest)
    {
        using var compressed = new MemoryStream();
        using (var gzip = new GZipStream(compressed, level, leaveOpen: true))
        {
            gzip.Write(data);
        }

        return compressed.ToArray();
    }

    public static byte[] Lines(int from, int count, Func<int, string> line)
    {
        var text = new StringBuilder();
        for (var i = from; i < from + count; i++)
        {
            text.Append(line(i)).Append('\n');
        }

        return Encoding.UTF8.GetBytes(text.ToString());
    }

    [GeneratedRegex("\"RayID\":\"([0-9a-f]{16})\"")]
    public static partial Regex FirewallIdPattern();

    [GeneratedRegex(@"session:(s\d{7})\)")]
    public static partial Regex PulseIdPattern();
}
