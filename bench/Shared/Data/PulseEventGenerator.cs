using System;
using System.Buffers;

namespace EcsForge.Bench.Data;

/// <summary>
/// Raw Pulse Connect Secure (Ivanti) syslog lines: <c>key=value</c> items in the order appliances send them, in the
/// two layouts firmware versions use, for every event code the pipeline has a message pattern for and for common
/// codes it has none for. Empty items stay in (<c>dst=</c>, <c>realm=""</c>), as appliances write them; about one
/// line in ten keeps the syslog header the collector may leave in front.
/// </summary>
internal sealed class PulseEventGenerator : ITextEventGenerator
{
    private enum Code
    {
        UnauthenticatedRequest,
        NotAuthenticatedYet,
        SslNegotiationFailed,
        HostCheckFailed,
        HostCheckPassed,
        SnmpTrap,
        SyslogConnected,
        LicenseLeased,
        LoginFailed,
        SettingsExecuted,
        ShardStats,
        PrimaryAuthentication,
        AgentLogin,
        TunnelStarted,
        TunnelEnded,
        WebRequest,
        Logout,
    }

    /// <summary>A mix dominated by user activity, with every code the pipeline parses well represented.</summary>
    private static readonly WeightedPool<Code> Codes = new(
        (Code.UnauthenticatedRequest, 8), (Code.NotAuthenticatedYet, 6), (Code.SslNegotiationFailed, 5), (Code.HostCheckFailed, 4),
        (Code.HostCheckPassed, 8), (Code.SnmpTrap, 2), (Code.SyslogConnected, 2), (Code.LicenseLeased, 3), (Code.LoginFailed, 7),
        (Code.SettingsExecuted, 3), (Code.ShardStats, 2), (Code.PrimaryAuthentication, 9), (Code.AgentLogin, 5),
        (Code.TunnelStarted, 8), (Code.TunnelEnded, 8), (Code.WebRequest, 4), (Code.Logout, 8));

    private static readonly WeightedPool<Appliance> Appliances = new(
        (new Appliance("pcs-par-01"u8.ToArray(), "172.16.128.22"u8.ToArray(), "10.0.0.12"u8.ToArray(), LongLayout: true), 3),
        (new Appliance("pcs-par-02"u8.ToArray(), "172.16.128.23"u8.ToArray(), "10.0.0.13"u8.ToArray(), LongLayout: true), 3),
        (new Appliance("ivanti-fra-1"u8.ToArray(), "2001:db8:10::5"u8.ToArray(), "10.8.0.2"u8.ToArray(), LongLayout: false), 4),
        (new Appliance("ICS-LAB"u8.ToArray(), "192.168.50.2"u8.ToArray(), "fd00:50::2"u8.ToArray(), LongLayout: false), 2));

    /// <summary>Virtual systems: absent on older firmware, then the root system or the default network.</summary>
    private static readonly WeightedPool<byte[]> VirtualSystems = new(("Root"u8.ToArray(), 4), ("Default Network"u8.ToArray(), 4), ([], 3));

    private static readonly WeightedPool<byte[]> UnauthenticatedUrls = new(
        ("/dana/js?prot=1&svc=4"u8.ToArray(), 4), ("/dana-na/auth/url_default/welcome.cgi"u8.ToArray(), 5),
        ("/dana-cached/hc/HostCheckerInstaller.osx"u8.ToArray(), 2), ("/api/v1/configuration/users/user-roles"u8.ToArray(), 2),
        ("/dana-ws/namedusers"u8.ToArray(), 1), ("/cgi/pal?tm=26&key=8341175290"u8.ToArray(), 2));

    private static readonly WeightedPool<byte[]> TlsFailures = new(
        ("sslv3 alert bad certificate"u8.ToArray(), 4), ("no shared cipher"u8.ToArray(), 3), ("wrong version number"u8.ToArray(), 2),
        ("unexpected eof while reading"u8.ToArray(), 2));

    private static readonly WeightedPool<byte[]> Policies = new(
        ("Corporate_Host Checker"u8.ToArray(), 5), ("HC-Windows-Baseline"u8.ToArray(), 3), ("macOS posture"u8.ToArray(), 2));

    private static readonly WeightedPool<byte[]> HostCheckFailures = new(
        ("Rule-Antivirus_Check:The antivirus product required by the security policy is not installed."u8.ToArray(), 4),
        ("Rule-Firewall_On:Windows Firewall is disabled."u8.ToArray(), 3),
        ("Rule-OS_Patch:Security update KB5034441 is missing."u8.ToArray(), 2),
        ("Rule-Disk_Encryption:Le chiffrement du disque n'est pas activé."u8.ToArray(), 1));

    private static readonly WeightedPool<byte[]> AuthServers = new(
        ("RSA (ACE Server)"u8.ToArray(), 3), ("AD-Corp (Active Directory)"u8.ToArray(), 5), ("RADIUS-MFA (Radius Server)"u8.ToArray(), 2),
        ("Local Admins (Local Authentication)"u8.ToArray(), 1));

    private static readonly WeightedPool<byte[]> ExecutedRequests = new(
        ("Post Settings Request"u8.ToArray(), 3), ("Get Active Sessions"u8.ToArray(), 2), ("Post Config Import"u8.ToArray(), 1));

    private static readonly WeightedPool<byte[]> LicensedFeatures = new(("Virtual CPUs"u8.ToArray(), 2), ("Concurrent Users"u8.ToArray(), 3));

    /// <summary>The VPN client of agent logins; browsers for web requests.</summary>
    private static readonly WeightedPool<byte[]> ClientAgents = new(
        ("Pulse-Secure/9.1.18.24467 (Windows 10) Pulse Secure/9.1.18.24467"u8.ToArray(), 5),
        ("Pulse-Secure/22.3.1.1429 (Mac OS X 13.4) Pulse Secure/22.3.1"u8.ToArray(), 2));

    private static readonly WeightedPool<byte[]> BrowserAgents = new(
        ("Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0 Safari/537.36"u8.ToArray(), 3),
        ("Mozilla/5.0 (Macintosh; Intel Mac OS X 14_4) Gecko/20100101 Firefox/125.0"u8.ToArray(), 1));

    private static readonly WeightedPool<(byte[] Address, byte[] Name, byte[] Path)> InternalServers = new(
        (("10.20.1.15"u8.ToArray(), "intranet.corp.example"u8.ToArray(), "/portal/home.aspx"u8.ToArray()), 4),
        (("10.20.3.40"u8.ToArray(), "owa.corp.example"u8.ToArray(), "/owa/?bO=1"u8.ToArray()), 3),
        (("fd12:3456:789a::25"u8.ToArray(), "files.corp.example"u8.ToArray(), "/share/finance/Q2%20report.xlsx"u8.ToArray()), 1));

    /// <summary>Syslog servers, SNMP managers and license servers the appliances talk to.</summary>
    private static readonly byte[][] Peers = ["10.0.5.20"u8.ToArray(), "10.0.5.21"u8.ToArray(), "2001:db8:5::514"u8.ToArray()];

    private static ReadOnlySpan<byte> HexDigits => "0123456789abcdef"u8;

    private readonly Random _random;
    private readonly PulseUser[] _users;
    private readonly EventClock _clock = new(maxStepMilliseconds: 250);

    public PulseEventGenerator(Random random)
    {
        _random = random;
        _users = PulseUser.CreateMany(random, 300);
    }

    public void WriteEvent(IBufferWriter<byte> output)
    {
        var random = _random;
        var code = Codes.Pick(random);
        var appliance = Appliances.Pick(random);
        var user = IsSystemEvent(code) ? null : random.Pick(_users);
        var time = DateTimeOffset.FromUnixTimeMilliseconds(_clock.NextUnixMilliseconds(random)).UtcDateTime;
        Span<byte> client = stackalloc byte[IpAddresses.MaxLength];
        var network = Networks.All.Pick(random);
        client = client[..(random.Chance(15) ? IpAddresses.WriteIPv6(random, network, client) : IpAddresses.WriteIPv4(random, network, client))];
        var server = InternalServers.Pick(random);
        var agent = code switch
        {
            Code.AgentLogin => ClientAgents.Pick(random),
            Code.WebRequest => BrowserAgents.Pick(random),
            _ => [],
        };
        var source = code is Code.SnmpTrap or Code.SyslogConnected or Code.LicenseLeased or Code.SettingsExecuted or Code.ShardStats
            ? appliance.InternalAddress
            : client;

        if (random.Chance(10))
        {
            WriteHeader(output, random, time, appliance.Name);
        }

        output.Append("id=firewall time=\""u8);
        output.AppendTime(time, "yyyy'-'MM'-'dd' 'HH':'mm':'ss");
        output.Append("\" pri="u8);
        output.AppendNumber(Priority(code));
        output.Append(" fw="u8);
        output.Append(appliance.Address);
        output.Append(" vpn="u8);
        output.Append(appliance.Name);
        var virtualSystem = VirtualSystems.Pick(random);
        if (virtualSystem.Length > 0)
        {
            output.Append(" ivs="u8);
            output.Append(virtualSystem);
        }

        output.Append(" user="u8);
        output.Append(user is null ? "System"u8 : user.Name);
        output.Append(" realm=\""u8);
        output.Append(user is null ? default : user.Realm);
        output.Append("\" roles=\""u8);
        output.Append(user is null ? default : user.Roles);
        output.AppendByte((byte)'"');
        var type = user is null && !appliance.LongLayout ? "mgmt"u8 : "vpn"u8;
        if (!appliance.LongLayout)
        {
            output.Append(" type="u8);
            output.Append(type);
        }

        output.Append(" proto="u8);
        output.Append(Protocol(code, user));
        output.Append(" src="u8);
        output.Append(source);
        var web = code == Code.WebRequest;
        output.Append(" dst="u8);
        output.Append(web ? server.Address : default);
        output.Append(" dstname="u8);
        output.Append(web ? server.Name : default);
        var sent = code is Code.WebRequest or Code.TunnelEnded ? random.Next(200, 2_000_000) : -1;
        var received = sent < 0 ? -1 : random.Next(500, 50_000_000);
        if (appliance.LongLayout)
        {
            output.Append(" type="u8);
            output.Append(type);
            output.Append(" op="u8);
            output.Append(web ? (random.Chance(80) ? "GET"u8 : "POST"u8) : default);
            output.Append(" arg=\""u8);
            output.Append(web ? server.Path : default);
            output.Append("\" result="u8);
            output.Append(web ? (random.Chance(90) ? "200"u8 : "302"u8) : default);
            WriteCounters(output, sent, received);
            output.Append(" agent=\""u8);
            output.Append(agent);
            output.Append("\" duration="u8);
            if (sent >= 0)
            {
                output.AppendNumber(random.Next(1, 30_000));
            }
        }
        else
        {
            WriteCounters(output, sent, received);
        }

        output.Append(" msg=\""u8);
        WriteMessage(output, random, code, user, client, appliance, server, agent);
        output.AppendByte((byte)'"');
    }

    private static bool IsSystemEvent(Code code) =>
        code is Code.UnauthenticatedRequest or Code.NotAuthenticatedYet or Code.SslNegotiationFailed or Code.SnmpTrap
            or Code.SyslogConnected or Code.LicenseLeased or Code.SettingsExecuted or Code.ShardStats;

    /// <summary>Syslog severity: alerts for a nearly full log, warnings for failures, informational otherwise.</summary>
    private static int Priority(Code code) => code switch
    {
        Code.SnmpTrap => 0,
        Code.SslNegotiationFailed or Code.HostCheckFailed or Code.LoginFailed => 4,
        _ => 6,
    };

    private static ReadOnlySpan<byte> Protocol(Code code, PulseUser? user) => code switch
    {
        Code.TunnelStarted or Code.TunnelEnded => "ip"u8,
        Code.WebRequest => "http"u8,
        Code.NotAuthenticatedYet => "auth"u8,
        _ => user is null ? default : "auth"u8,
    };

    /// <summary>
    /// The header a relay leaves in front: RFC 3164 (<c>Jun  3 08:00:00</c>, day padded with a space) or RFC 5424
    /// with nil structured data.
    /// </summary>
    private static void WriteHeader(IBufferWriter<byte> output, Random random, DateTime time, byte[] host)
    {
        output.Append("<134>"u8);
        if (random.Chance(50))
        {
            output.AppendTime(time, "MMM' '");
            if (time.Day < 10)
            {
                output.AppendByte((byte)' ');
            }

            output.AppendTime(time, "d' 'HH':'mm':'ss");
            output.AppendByte((byte)' ');
            output.Append(host);
            output.Append(" PulseSecure: "u8);
        }
        else
        {
            output.Append("1 "u8);
            output.AppendTime(time, "yyyy'-'MM'-'dd'T'HH':'mm':'ss'Z'");
            output.AppendByte((byte)' ');
            output.Append(host);
            output.Append(" PulseSecure - - - "u8);
        }
    }

    /// <summary>Byte counters are only reported for web requests and tunnel ends, otherwise left empty.</summary>
    private static void WriteCounters(IBufferWriter<byte> output, int sent, int received)
    {
        output.Append(" sent="u8);
        if (sent >= 0)
        {
            output.AppendNumber(sent);
        }

        output.Append(" rcvd="u8);
        if (received >= 0)
        {
            output.AppendNumber(received);
        }
    }

    private static void WriteMessage(
        IBufferWriter<byte> output,
        Random random,
        Code code,
        PulseUser? user,
        ReadOnlySpan<byte> client,
        Appliance appliance,
        (byte[] Address, byte[] Name, byte[] Path) server,
        byte[] agent)
    {
        var name = user is null ? default : user.Name;
        switch (code)
        {
            case Code.UnauthenticatedRequest:
                output.Append("AUT31556: Unauthenticated request url "u8);
                output.Append(UnauthenticatedUrls.Pick(random));
                output.Append(" came from IP "u8);
                output.Append(client);
                output.AppendByte((byte)'.');
                break;
            case Code.NotAuthenticatedYet:
                output.Append("AUT20920: Connection from IP "u8);
                output.Append(client);
                output.Append(" not authenticated yet (URL="u8);
                output.Append(UnauthenticatedUrls.Pick(random));
                output.AppendByte((byte)')');
                break;
            case Code.SslNegotiationFailed:
                output.Append("AUT24604: SSL negotiation failed while client at source IP '"u8);
                output.Append(client);
                output.Append("' was trying to connect to '"u8);
                output.Append(appliance.Address);
                output.Append("'. Reason: '"u8);
                output.Append(TlsFailures.Pick(random));
                output.AppendByte((byte)'\'');
                break;
            case Code.HostCheckFailed or Code.HostCheckPassed:
                output.Append(code == Code.HostCheckFailed ? "AUT24804: Host Checker policy '"u8 : "AUT24803: Host Checker policy '"u8);
                output.Append(Policies.Pick(random));
                output.Append(code == Code.HostCheckFailed ? "' failed on host '"u8 : "' passed on host '"u8);
                WriteCheckedHost(output, random, client);
                output.Append("' address '"u8);
                WriteMac(output, random);
                output.Append("' for user '"u8);
                output.Append(name);
                if (code == Code.HostCheckFailed)
                {
                    output.Append("' reason '"u8);
                    output.Append(HostCheckFailures.Pick(random));
                }

                output.Append("'."u8);
                break;
            case Code.SnmpTrap:
                output.Append("SYS20704: Sending iveLogNearlyFull [ logFullPercent='"u8);
                output.AppendNumber(random.Next(85, 100));
                output.Append(random.Chance(70) ? "' logName='event' ] SNMP trap to "u8 : "' logName='admin' ] SNMP trap to "u8);
                output.Append(random.Pick(Peers));
                output.Append(":162"u8);
                break;
            case Code.SyslogConnected:
                output.Append("SYS31437: Successful syslog connection to peer: '"u8);
                output.Append(random.Pick(Peers));
                output.AppendByte((byte)'\'');
                break;
            case Code.LicenseLeased:
                output.Append("LIC30499: Leased "u8);
                output.AppendNumber(random.Next(0, 50));
                output.Append(" units of '"u8);
                output.Append(LicensedFeatures.Pick(random));
                output.Append("' from "u8);
                output.Append(random.Pick(Peers));
                output.Append(" - reserved: "u8);
                output.AppendNumber(random.Next(0, 10));
                output.Append(" maximum: "u8);
                output.AppendNumber(random.Next(50, 500));
                output.Append(" incremental quantum: "u8);
                output.AppendNumber(random.Next(0, 5));
                break;
            case Code.LoginFailed:
                output.Append("AUT23457: Login failed using auth server "u8);
                output.Append(AuthServers.Pick(random));
                output.Append(".  Reason: Failed"u8);
                break;
            case Code.SettingsExecuted:
                output.Append("SYS31231: Successfully executed '"u8);
                output.Append(ExecutedRequests.Pick(random));
                output.Append("'."u8);
                break;
            case Code.ShardStats:
                // Ends with spaces inside the quotes, which the platform trims off the stored message.
                output.Append("SYS32083: LMDB shards usage stats shard: "u8);
                for (var shard = 0; shard < 16; shard++)
                {
                    output.AppendByte(HexDigits[shard]);
                    output.AppendByte((byte)':');
                    output.AppendNumber(random.Next(1, 4));
                    output.Append("%   "u8);
                }

                break;
            case Code.PrimaryAuthentication:
                output.Append("AUT24326: Primary authentication successful for "u8);
                output.Append(name);
                output.AppendByte((byte)'/');
                output.Append(AuthServers.Pick(random));
                output.Append(" from "u8);
                output.Append(client);
                break;
            case Code.AgentLogin:
                output.Append("AUT24414: Agent login succeeded for "u8);
                output.Append(name);
                output.AppendByte((byte)'/');
                output.Append(user!.Realm);
                output.Append(" from "u8);
                output.Append(client);
                output.Append(" with "u8);
                output.Append(agent);
                output.AppendByte((byte)'.');
                break;
            case Code.TunnelStarted or Code.TunnelEnded:
                output.Append(code == Code.TunnelStarted
                    ? "NWC23464: VPN Tunneling: Session started for user with IPv4 address 10.200."u8
                    : "NWC23465: VPN Tunneling: Session ended for user with IPv4 address 10.200."u8);
                output.AppendNumber(random.Next(0, 16));
                output.AppendByte((byte)'.');
                output.AppendNumber(random.Next(1, 255));
                if (code == Code.TunnelStarted)
                {
                    output.Append(", hostname "u8);
                    WriteWorkstation(output, random);
                }

                break;
            case Code.WebRequest:
                output.Append("WEB20174: WebRequest completed, GET to https://"u8);
                output.Append(server.Name);
                output.Append(":443"u8);
                output.Append(server.Path);
                output.Append(" from "u8);
                output.Append(client);
                output.Append(" result=200 sent="u8);
                output.AppendNumber(random.Next(200, 2_000));
                output.Append(" received="u8);
                output.AppendNumber(random.Next(500, 90_000));
                output.Append(" in "u8);
                output.AppendNumber(random.Next(0, 30));
                output.Append(" seconds"u8);
                break;
            default:
                output.Append("AUT22673: Logout from "u8);
                output.Append(client);
                output.Append(" (session:"u8);
                for (var i = 0; i < 8; i++)
                {
                    output.AppendByte(HexDigits[random.Next(16)]);
                }

                output.AppendByte((byte)')');
                break;
        }
    }

    /// <summary>Host Checker names the host by its address, or by name when the agent reports one.</summary>
    private static void WriteCheckedHost(IBufferWriter<byte> output, Random random, ReadOnlySpan<byte> client)
    {
        if (random.Chance(70))
        {
            output.Append(client);
            return;
        }

        WriteWorkstation(output, random);
    }

    /// <summary>A Windows-style workstation name, <c>LAPTOP-</c> and seven upper-case letters or digits.</summary>
    private static void WriteWorkstation(IBufferWriter<byte> output, Random random)
    {
        output.Append("LAPTOP-"u8);
        for (var i = 0; i < 7; i++)
        {
            output.AppendByte("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789"u8[random.Next(34)]);
        }
    }

    /// <summary>A MAC address as Host Checker reports it: dash-separated lowercase hex pairs.</summary>
    private static void WriteMac(IBufferWriter<byte> output, Random random)
    {
        for (var i = 0; i < 6; i++)
        {
            if (i > 0)
            {
                output.AppendByte((byte)'-');
            }

            var octet = random.Next(256);
            output.AppendByte(HexDigits[octet >> 4]);
            output.AppendByte(HexDigits[octet & 0xF]);
        }
    }

    /// <param name="InternalAddress">Its address on the internal network, the source of the events it raises itself.</param>
    /// <param name="LongLayout">
    /// Older firmware: <c>type</c> after <c>dstname</c>, followed by <c>op arg result sent rcvd agent duration</c>; newer
    /// firmware puts <c>type</c> before <c>proto</c> and sends only <c>sent rcvd</c>.
    /// </param>
    private sealed record Appliance(byte[] Name, byte[] Address, byte[] InternalAddress, bool LongLayout);
}
