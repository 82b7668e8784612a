using System;
using System.Collections.Generic;
using System.Text.RegularExpressions;

namespace EcsForge.Bench.Compare;

/// <summary>
/// The message patterns of <c>PulseConnectSecure.cs</c> translated by hand to .NET regexes, as someone porting the
/// pipeline without EcsForge would do: each grok name spelled out as the regex it stands for, the whole message
/// matched (<c>^...\z</c>), <c>.</c> not crossing a newline. Keyed by the event code before the first ':'.
/// </summary>
internal static class PulseGrokRegexes
{
    private const RegexOptions Options = RegexOptions.Compiled | RegexOptions.CultureInvariant;

    private const string Hex4 = "[0-9A-Fa-f]{1,4}";

    // Grok's IPV4 lets octets carry leading zeros and refuses to start or end inside a longer run of digits.
    private const string GrokOctet = "(?:25[0-5]|2[0-4][0-9]|[01]?[0-9]?[0-9])";
    private const string Ipv4 = $@"(?<![0-9])(?:{GrokOctet}\.){{3}}{GrokOctet}(?![0-9])";

    // An IPv4 tail inside an IPv6 address follows the stricter rules of an address on its own: no leading zeros.
    private const string DecOctet = "(?:25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])";
    private const string Ls32 = $@"(?:{Hex4}:{Hex4}|{DecOctet}(?:\.{DecOctet}){{3}})";

    /// <summary>
    /// RFC 3986's IPv6address, one alternative per position of "::". The patterns below always follow an IP with a
    /// character no address holds, or with ':' then a number running to the end, so where the address ends never
    /// depends on which alternative the engine prefers.
    /// </summary>
    private const string Ipv6 =
        $"(?:(?:{Hex4}:){{6}}{Ls32}"
        + $"|::(?:{Hex4}:){{5}}{Ls32}"
        + $"|(?:{Hex4})?::(?:{Hex4}:){{4}}{Ls32}"
        + $"|(?:(?:{Hex4}:){{0,1}}{Hex4})?::(?:{Hex4}:){{3}}{Ls32}"
        + $"|(?:(?:{Hex4}:){{0,2}}{Hex4})?::(?:{Hex4}:){{2}}{Ls32}"
        + $"|(?:(?:{Hex4}:){{0,3}}{Hex4})?::{Hex4}:{Ls32}"
        + $"|(?:(?:{Hex4}:){{0,4}}{Hex4})?::{Ls32}"
        + $"|(?:(?:{Hex4}:){{0,5}}{Hex4})?::{Hex4}"
        + $"|(?:(?:{Hex4}:){{0,6}}{Hex4})?::)";

    /// <summary>Grok's IP tries IPv6 first.</summary>
    private const string Ip = $"(?:{Ipv6}|{Ipv4})";

    private const string Hostname = @"[0-9A-Za-z][0-9A-Za-z-]*(?:\.[0-9A-Za-z][0-9A-Za-z-]*)*\.?";

    private const string Mac = @"(?:[0-9A-Fa-f]{4}\.[0-9A-Fa-f]{4}\.[0-9A-Fa-f]{4}|(?:[0-9A-Fa-f]{2}-){5}[0-9A-Fa-f]{2}|(?:[0-9A-Fa-f]{2}:){5}[0-9A-Fa-f]{2})";

    private const string Username = "[a-zA-Z0-9._-]+";

    /// <summary>BASE10NUM: atomic, and not glued to a number before it.</summary>
    private const string Number = @"(?<![0-9.+-])(?>[+-]?(?:[0-9]+(?:\.[0-9]+)?|\.[0-9]+))";

    private const string UriPathParam = @"(?:/[A-Za-z0-9$.+!*'(){},~:;=@#%&_\-]*)+(?:\?[A-Za-z0-9$.+!*'|(){},~@#%&/=:;_?\-\[\]<>]*)?";

    /// <summary>The custom HOST_ADDRESS pattern: an IP, else a host name.</summary>
    private const string HostAddress = $"(?:(?<host_ip>{Ip})|(?<host_name>{Hostname}))";

    public static IReadOnlyDictionary<string, Regex> ByCode { get; } = new Dictionary<string, Regex>(StringComparer.Ordinal)
    {
        ["AUT31556"] = new($"^AUT31556: Unauthenticated request url (?<url>{UriPathParam}) .*\\z", Options),
        ["AUT20920"] = new($@"^AUT20920: Connection from IP (?<src>{Ip}) not authenticated yet \(URL=(?<url>{UriPathParam})\)\z", Options),
        ["AUT24604"] = new($@"^AUT24604: SSL negotiation failed while client at source IP '(?<src>{Ip})' was trying to connect to '(?<dst>{Ip})'. Reason: '(?<reason>.*?)'\z", Options),
        ["AUT24804"] = new($@"^AUT24804: Host Checker policy '(?<policy>.*?)' failed on host '{HostAddress}' address '(?<host_mac>{Mac})' for user '(?<user>{Username})' reason '(?<reason>.*?)'.\z", Options),
        ["AUT24803"] = new($@"^AUT24803: Host Checker policy '(?<policy>.*?)' passed on host '{HostAddress}' address '(?<host_mac>{Mac})' for user '(?<user>{Username})'.\z", Options),
        ["SYS20704"] = new($@"^SYS20704: .*? SNMP trap to (?<dst>{Ip}):(?<dst_port>{Number})\z", Options),
        ["SYS31437"] = new($@"^SYS31437: Successful syslog connection to peer: '(?<src>{Ip})'\z", Options),
        ["LIC30499"] = new($@"^LIC30499: Leased {Number} units of '.*?' from (?<src>{Ip}) - reserved: {Number} maximum: {Number} incremental quantum: {Number}\z", Options),
    };
}
