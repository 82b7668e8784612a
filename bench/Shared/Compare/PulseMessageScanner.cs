using System;
using System.Buffers;
using System.Buffers.Text;
using EcsForge.Text;

namespace EcsForge.Bench.Compare;

/// <summary>What the event code's message pattern captured; empty spans are captures that matched nothing.</summary>
internal ref struct PulseDetails
{
    public ReadOnlySpan<byte> Url;
    public ReadOnlySpan<byte> DstPort;
    public ReadOnlySpan<byte> Reason;
    public ReadOnlySpan<byte> Policy;
    public ReadOnlySpan<byte> User;
    public ReadOnlySpan<byte> HostName;
    public ReadOnlySpan<byte> Src;
    public ReadOnlySpan<byte> Dst;
    public ReadOnlySpan<byte> HostIp;
    public ReadOnlySpan<byte> HostMac;
}

/// <summary>
/// The message patterns of <c>PulseConnectSecure.cs</c> as hand-written span code, for the floor mapper. Each grok
/// pattern is read for where its parts can end: an IP, host name or user name can only end at the quote or space
/// that follows it, a lazy DATA before a literal is tried at each occurrence of that literal, and one running to the
/// closing quote of the message ends there. So no backtracking engine is needed, and the captures are those grok finds.
/// </summary>
internal static class PulseMessageScanner
{
    private const int LongestIPv6 = 45;

    private static readonly SearchValues<byte> PathChars = SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789$.+!*'(){},~:;=@#%&_-/"u8);
    private static readonly SearchValues<byte> QueryChars = SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789$.+!*'|(){},~@#%&/=:;_?-[]<>"u8);
    private static readonly SearchValues<byte> IPv6Chars = SearchValues.Create("0123456789abcdefABCDEF:."u8);
    private static readonly SearchValues<byte> HostnameChars = SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-."u8);
    private static readonly SearchValues<byte> UsernameChars = SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789._-"u8);

    /// <summary>Runs the pattern of the message's event code, if it has one; details stay empty when it does not match.</summary>
    public static void Match(ReadOnlySpan<byte> msg, ref PulseDetails details)
    {
        var colon = msg.IndexOf((byte)':');
        var code = colon < 0 ? msg : msg[..colon];
        if (code.Length != 8)
        {
            return;
        }

        switch (code[0])
        {
            case (byte)'A' when code.SequenceEqual("AUT31556"u8):
                UnauthenticatedRequest(msg, ref details);
                break;
            case (byte)'A' when code.SequenceEqual("AUT20920"u8):
                NotAuthenticatedYet(msg, ref details);
                break;
            case (byte)'A' when code.SequenceEqual("AUT24604"u8):
                SslNegotiationFailed(msg, ref details);
                break;
            case (byte)'A' when code.SequenceEqual("AUT24804"u8):
                HostCheck(msg, "AUT24804: Host Checker policy '"u8, "' failed on host '"u8, failed: true, ref details);
                break;
            case (byte)'A' when code.SequenceEqual("AUT24803"u8):
                HostCheck(msg, "AUT24803: Host Checker policy '"u8, "' passed on host '"u8, failed: false, ref details);
                break;
            case (byte)'S' when code.SequenceEqual("SYS20704"u8):
                SnmpTrap(msg, ref details);
                break;
            case (byte)'S' when code.SequenceEqual("SYS31437"u8):
                SyslogConnected(msg, ref details);
                break;
            case (byte)'L' when code.SequenceEqual("LIC30499"u8):
                LicenseLeased(msg, ref details);
                break;
        }
    }

    /// <summary><c>AUT31556: Unauthenticated request url %{URIPATHPARAM:url} %{GREEDYDATA}</c></summary>
    private static void UnauthenticatedRequest(ReadOnlySpan<byte> msg, ref PulseDetails details)
    {
        var prefix = "AUT31556: Unauthenticated request url "u8;
        if (!msg.StartsWith(prefix))
        {
            return;
        }

        var rest = msg[prefix.Length..];
        var space = rest.IndexOf((byte)' ');
        if (space < 0 || !IsUriPathParam(rest[..space]) || rest[(space + 1)..].Contains((byte)'\n'))
        {
            return;
        }

        details.Url = rest[..space];
    }

    /// <summary><c>AUT20920: Connection from IP %{IP:src} not authenticated yet \(URL=%{URIPATHPARAM:url}\)</c></summary>
    private static void NotAuthenticatedYet(ReadOnlySpan<byte> msg, ref PulseDetails details)
    {
        var prefix = "AUT20920: Connection from IP "u8;
        var middle = " not authenticated yet (URL="u8;
        if (!msg.StartsWith(prefix) || msg[^1] != (byte)')')
        {
            return;
        }

        var rest = msg[prefix.Length..];
        var space = rest.IndexOf((byte)' ');
        if (space < 0 || !IsIp(rest[..space]) || !rest[space..].StartsWith(middle))
        {
            return;
        }

        var url = rest[(space + middle.Length)..^1];
        if (IsUriPathParam(url))
        {
            details.Src = rest[..space];
            details.Url = url;
        }
    }

    /// <summary><c>AUT24604: SSL negotiation failed while client at source IP '%{IP:src}' was trying to connect to '%{IP:dst}'. Reason: '%{DATA:reason}'</c></summary>
    private static void SslNegotiationFailed(ReadOnlySpan<byte> msg, ref PulseDetails details)
    {
        var prefix = "AUT24604: SSL negotiation failed while client at source IP '"u8;
        var middle = "' was trying to connect to '"u8;
        var before = " Reason: '"u8;
        if (!msg.StartsWith(prefix) || msg[^1] != (byte)'\'')
        {
            return;
        }

        var rest = msg[prefix.Length..];
        var quote = rest.IndexOf((byte)'\'');
        if (quote < 0 || !IsIp(rest[..quote]) || !rest[quote..].StartsWith(middle))
        {
            return;
        }

        var src = rest[..quote];
        rest = rest[(quote + middle.Length)..];
        quote = rest.IndexOf((byte)'\'');
        if (quote < 0 || !IsIp(rest[..quote]))
        {
            return;
        }

        var dst = rest[..quote];
        var any = CharacterLength(rest, quote + 1);
        if (any == 0 || !rest[(quote + 1 + any)..].StartsWith(before))
        {
            return;
        }

        var reasonStart = quote + 1 + any + before.Length;
        if (reasonStart > rest.Length - 1 || rest[reasonStart..^1].Contains((byte)'\n'))
        {
            return;
        }

        var reason = rest[reasonStart..^1];
        details.Src = src;
        details.Dst = dst;
        details.Reason = reason;
    }

    /// <summary>
    /// <c>AUT2480x: Host Checker policy '%{DATA:policy}' failed|passed on host '%{HOST_ADDRESS}' address '%{MAC:host_mac}'
    /// for user '%{USERNAME:user}'[ reason '%{DATA:reason}'].</c>, HOST_ADDRESS being <c>%{IP:host_ip}|%{HOSTNAME:host_name}</c>.
    /// </summary>
    private static void HostCheck(ReadOnlySpan<byte> msg, ReadOnlySpan<byte> prefix, ReadOnlySpan<byte> onHost, bool failed, ref PulseDetails details)
    {
        if (!msg.StartsWith(prefix))
        {
            return;
        }

        // The policy is lazy: the first occurrence of the literal after which everything else matches.
        var policyStart = prefix.Length;
        var searchFrom = policyStart;
        while (true)
        {
            var found = msg[searchFrom..].IndexOf(onHost);
            if (found < 0)
            {
                return;
            }

            var policyEnd = searchFrom + found;
            if (msg[policyStart..policyEnd].Contains((byte)'\n'))
            {
                return;
            }

            if (TryHostCheckRest(msg, policyEnd + onHost.Length, failed, ref details))
            {
                details.Policy = msg[policyStart..policyEnd];
                return;
            }

            searchFrom = policyEnd + 1;
        }
    }

    private static bool TryHostCheckRest(ReadOnlySpan<byte> msg, int start, bool failed, ref PulseDetails details)
    {
        var rest = msg[start..];
        var quote = rest.IndexOf((byte)'\'');
        if (quote < 0)
        {
            return false;
        }

        var host = rest[..quote];
        var isIp = IsIp(host);
        if (!isIp && !IsHostname(host))
        {
            return false;
        }

        rest = rest[quote..];
        if (!rest.StartsWith("' address '"u8))
        {
            return false;
        }

        rest = rest["' address '"u8.Length..];
        var macLength = MacLength(rest);
        if (macLength == 0 || !rest[macLength..].StartsWith("' for user '"u8))
        {
            return false;
        }

        var mac = rest[..macLength];
        rest = rest[(macLength + "' for user '"u8.Length)..];
        quote = rest.IndexOf((byte)'\'');
        if (quote <= 0 || rest[..quote].IndexOfAnyExcept(UsernameChars) >= 0)
        {
            return false;
        }

        var user = rest[..quote];
        rest = rest[quote..];

        // The message ends with a quote and any one character (the grok pattern's unescaped '.').
        var last = LastCharacterStart(rest);
        if (last < 1 || rest[last] == (byte)'\n' || rest[last - 1] != (byte)'\'')
        {
            return false;
        }

        ReadOnlySpan<byte> reason = default;
        if (failed)
        {
            if (!rest.StartsWith("' reason '"u8) || last - 1 < "' reason '"u8.Length)
            {
                return false;
            }

            reason = rest["' reason '"u8.Length..(last - 1)];
            if (reason.Contains((byte)'\n'))
            {
                return false;
            }
        }
        else if (last != 1)
        {
            return false;
        }

        if (isIp)
        {
            details.HostIp = host;
        }
        else
        {
            details.HostName = host;
        }

        details.HostMac = mac;
        details.User = user;
        details.Reason = reason;
        return true;
    }

    /// <summary><c>SYS20704: %{DATA} SNMP trap to %{IP:dst}:%{NUMBER:dst_port}</c></summary>
    private static void SnmpTrap(ReadOnlySpan<byte> msg, ref PulseDetails details)
    {
        var prefix = "SYS20704: "u8;
        var literal = " SNMP trap to "u8;
        if (!msg.StartsWith(prefix))
        {
            return;
        }

        var searchFrom = prefix.Length;
        while (true)
        {
            var found = msg[searchFrom..].IndexOf(literal);
            if (found < 0 || msg[prefix.Length..(searchFrom + found)].Contains((byte)'\n'))
            {
                return;
            }

            // The number runs to the end and holds no ':', so the address ends at the last ':'.
            var rest = msg[(searchFrom + found + literal.Length)..];
            var colon = rest.LastIndexOf((byte)':');
            if (colon > 0 && IsIp(rest[..colon]) && NumberEnd(rest, colon + 1) == rest.Length)
            {
                details.Dst = rest[..colon];
                details.DstPort = rest[(colon + 1)..];
                return;
            }

            searchFrom += found + 1;
        }
    }

    /// <summary><c>SYS31437: Successful syslog connection to peer: '%{IP:src}'</c></summary>
    private static void SyslogConnected(ReadOnlySpan<byte> msg, ref PulseDetails details)
    {
        var prefix = "SYS31437: Successful syslog connection to peer: '"u8;
        if (msg.StartsWith(prefix) && msg.Length > prefix.Length && msg[^1] == (byte)'\'' && IsIp(msg[prefix.Length..^1]))
        {
            details.Src = msg[prefix.Length..^1];
        }
    }

    /// <summary>
    /// <c>LIC30499: Leased %{NUMBER} units of '%{DATA}' from %{IP:src} - reserved: %{NUMBER} maximum: %{NUMBER}
    /// incremental quantum: %{NUMBER}</c>
    /// </summary>
    private static void LicenseLeased(ReadOnlySpan<byte> msg, ref PulseDetails details)
    {
        var prefix = "LIC30499: Leased "u8;
        var units = " units of '"u8;
        var from = "' from "u8;
        if (!msg.StartsWith(prefix))
        {
            return;
        }

        var leased = NumberEnd(msg, prefix.Length);
        if (leased < 0 || !msg[leased..].StartsWith(units))
        {
            return;
        }

        var featureStart = leased + units.Length;
        var searchFrom = featureStart;
        while (true)
        {
            var found = msg[searchFrom..].IndexOf(from);
            if (found < 0 || msg[featureStart..(searchFrom + found)].Contains((byte)'\n'))
            {
                return;
            }

            var ipStart = searchFrom + found + from.Length;
            var space = msg[ipStart..].IndexOf((byte)' ');
            if (space > 0 && IsIp(msg.Slice(ipStart, space)) && CountersMatch(msg, ipStart + space))
            {
                details.Src = msg.Slice(ipStart, space);
                return;
            }

            searchFrom += found + 1;
        }
    }

    /// <summary>The <c> - reserved: N maximum: N incremental quantum: N</c> tail, to the end of the message.</summary>
    private static bool CountersMatch(ReadOnlySpan<byte> msg, int position)
        => TryLiteralThenNumber(msg, ref position, " - reserved: "u8)
            && TryLiteralThenNumber(msg, ref position, " maximum: "u8)
            && TryLiteralThenNumber(msg, ref position, " incremental quantum: "u8)
            && position == msg.Length;

    private static bool TryLiteralThenNumber(ReadOnlySpan<byte> msg, ref int position, ReadOnlySpan<byte> literal)
    {
        if (!msg[position..].StartsWith(literal))
        {
            return false;
        }

        position = NumberEnd(msg, position + literal.Length);
        return position >= 0;
    }

    /// <summary>Grok's IP: an IPv6 address (within the 45 characters an address can take) or a grok IPv4.</summary>
    private static bool IsIp(ReadOnlySpan<byte> text)
        => (text.Length is >= 2 and <= LongestIPv6 && text.IndexOfAnyExcept(IPv6Chars) < 0 && IpAddressText.IsIPv6(text)) || IsGrokIPv4(text);

    /// <summary>Four dot-separated octets of one to three digits up to 255; unlike an address on its own, leading zeros pass.</summary>
    private static bool IsGrokIPv4(ReadOnlySpan<byte> text)
    {
        var position = 0;
        for (var octet = 0; octet < 4; octet++)
        {
            if (octet > 0)
            {
                if (position >= text.Length || text[position] != (byte)'.')
                {
                    return false;
                }

                position++;
            }

            var value = 0;
            var digits = 0;
            while (position < text.Length && digits < 3 && char.IsAsciiDigit((char)text[position]))
            {
                value = (value * 10) + (text[position++] - '0');
                digits++;
            }

            if (digits == 0 || value > 255)
            {
                return false;
            }
        }

        return position == text.Length;
    }

    /// <summary>HOSTNAME: labels of letters, digits and '-' that start with a letter or digit, joined by '.', one trailing '.' allowed.</summary>
    private static bool IsHostname(ReadOnlySpan<byte> text)
    {
        if (text.IsEmpty || text.IndexOfAnyExcept(HostnameChars) >= 0)
        {
            return false;
        }

        if (text[^1] == (byte)'.')
        {
            text = text[..^1];
        }

        foreach (var label in text.Split((byte)'.'))
        {
            if (label.End.Value == label.Start.Value || text[label.Start] == (byte)'-')
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>URIPATHPARAM matched whole: a path of '/'-started segments, then optionally '?' and a query.</summary>
    private static bool IsUriPathParam(ReadOnlySpan<byte> text)
    {
        if (text.IsEmpty || text[0] != (byte)'/')
        {
            return false;
        }

        var pathEnd = text.IndexOfAnyExcept(PathChars);
        if (pathEnd < 0)
        {
            return true;
        }

        return text[pathEnd] == (byte)'?' && text[(pathEnd + 1)..].IndexOfAnyExcept(QueryChars) < 0;
    }

    /// <summary>Length of a Cisco (<c>0011.2233.4455</c>), Windows (<c>00-11-...</c>) or colon MAC address at the start, or 0.</summary>
    private static int MacLength(ReadOnlySpan<byte> text)
    {
        if (HexGroups(text, groups: 3, digits: 4, (byte)'.'))
        {
            return 14;
        }

        return HexGroups(text, groups: 6, digits: 2, (byte)'-') || HexGroups(text, groups: 6, digits: 2, (byte)':') ? 17 : 0;
    }

    private static bool HexGroups(ReadOnlySpan<byte> text, int groups, int digits, byte separator)
    {
        var length = (groups * (digits + 1)) - 1;
        if (text.Length < length)
        {
            return false;
        }

        for (var i = 0; i < length; i++)
        {
            var separatorHere = (i + 1) % (digits + 1) == 0;
            if (separatorHere ? text[i] != separator : !char.IsAsciiHexDigit((char)text[i]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// Where grok's BASE10NUM starting at <paramref name="position"/> ends (it is atomic: one end only), or -1; like
    /// grok it refuses to start right after a digit, '.', '+' or '-'.
    /// </summary>
    private static int NumberEnd(ReadOnlySpan<byte> text, int position)
    {
        if (position > 0 && (text[position - 1] is (byte)'.' or (byte)'+' or (byte)'-' || char.IsAsciiDigit((char)text[position - 1])))
        {
            return -1;
        }

        var cursor = position;
        if (cursor < text.Length && text[cursor] is (byte)'+' or (byte)'-')
        {
            cursor++;
        }

        var digitsStart = cursor;
        while (cursor < text.Length && char.IsAsciiDigit((char)text[cursor]))
        {
            cursor++;
        }

        if (cursor + 1 < text.Length && text[cursor] == (byte)'.' && char.IsAsciiDigit((char)text[cursor + 1]))
        {
            cursor += 2;
            while (cursor < text.Length && char.IsAsciiDigit((char)text[cursor]))
            {
                cursor++;
            }
        }
        else if (cursor == digitsStart)
        {
            return -1;
        }

        return cursor;
    }

    /// <summary>Bytes of the UTF-8 character at <paramref name="position"/> (what grok's '.' consumes), 0 at the end or on a newline.</summary>
    private static int CharacterLength(ReadOnlySpan<byte> text, int position)
    {
        if (position >= text.Length || text[position] == (byte)'\n')
        {
            return 0;
        }

        var lead = text[position];
        var length = lead < 0xC0 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4;
        return Math.Min(length, text.Length - position);
    }

    /// <summary>Start of the last UTF-8 character of <paramref name="text"/> (input is valid UTF-8), or -1 when empty.</summary>
    private static int LastCharacterStart(ReadOnlySpan<byte> text)
    {
        var start = text.Length - 1;
        while (start > 0 && (text[start] & 0xC0) == 0x80)
        {
            start--;
        }

        return start;
    }
}
