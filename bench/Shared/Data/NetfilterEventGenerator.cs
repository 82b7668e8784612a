using System;
using System.Buffers;
using System.Globalization;
using System.Text;

namespace EcsForge.Bench.Data;

/// <summary>
/// Raw Linux netfilter (iptables) log messages, as the kernel writes them after the syslog header: a rule's log
/// prefix (a chain name and an action, or a single tag), the interfaces, the MAC header (absent on output chains),
/// the IP header, then TCP, UDP or ICMP details.
/// </summary>
internal sealed class NetfilterEventGenerator : ITextEventGenerator
{
    /// <summary>Log prefixes as rules set them; the last word of a multi-word prefix is the action the pipeline reads.</summary>
    private static readonly WeightedPool<string> Prefixes = new(
        ("INPUT DFLT DROP", 5), ("FW-LAN ACCEPT", 6), ("INTERNET SPOOFING DROP ", 2), ("DA->FEDERATEUR ACCEPT", 3), ("OUTPUT REJECT", 2),
        ("IPTABLES", 3), ("[UFW BLOCK]", 3));

    private static readonly WeightedPool<string> Protocols = new(("TCP", 6), ("UDP", 3), ("ICMP", 1));

    private static readonly string[] Interfaces = ["eth0", "eth1", "enp4s0f0.82", "enp4s0f1", "wg0", "docker0"];

    private static readonly string[] TcpFlags = ["SYN URGP=0", "ACK SYN URGP=0", "ACK FIN URGP=0", "ACK PSH URGP=0", "RST URGP=0"];

    private readonly Random _random;
    private readonly StringBuilder _line = new(512);

    public NetfilterEventGenerator(Random random) => _random = random;

    public void WriteEvent(IBufferWriter<byte> output)
    {
        var protocol = Protocols.Pick(_random);
        var length = _random.Next(40, 1500);
        _line.Clear();
        _line.Append(Prefixes.Pick(_random)).Append(" IN=");
        var outbound = _random.Chance(20);
        if (!outbound)
        {
            _line.Append(_random.Pick(Interfaces));
        }

        _line.Append(" OUT=").Append(_random.Chance(40) ? _random.Pick(Interfaces) : "");
        if (!outbound)
        {
            _line.Append(" MAC=").Append(Mac()).Append(':').Append(Mac()).Append(":08:00");
        }

        _line.Append(CultureInfo.InvariantCulture, $" SRC={Address(192)} DST={Address(10)} LEN={length} TOS=0x{_random.Next(4) * 8:X2} PREC=0x00 TTL={_random.Next(32, 129)} ID={_random.Next(65536)}");
        if (_random.Chance(60))
        {
            _line.Append(" DF");
        }

        _line.Append(" PROTO=").Append(protocol);
        switch (protocol)
        {
            case "TCP":
                _line.Append(CultureInfo.InvariantCulture, $" SPT={_random.Next(1024, 65536)} DPT={_random.Pick(new[] { 22, 80, 443, 3389, 8080 })} WINDOW={_random.Next(1024, 65536)} RES=0x00 {_random.Pick(TcpFlags)}");
                break;
            case "UDP":
                _line.Append(CultureInfo.InvariantCulture, $" SPT={_random.Next(1024, 65536)} DPT={_random.Pick(new[] { 53, 123, 161, 514 })} LEN={length - 20}");
                break;
            default:
                _line.Append(CultureInfo.InvariantCulture, $" TYPE=8 CODE=0 ID={_random.Next(65536)} SEQ={_random.Next(1, 100)}");
                break;
        }

        if (_random.Chance(30))
        {
            _line.Append(" MARK=0x").Append(_random.Next(16).ToString("x", CultureInfo.InvariantCulture));
        }

        var bytes = Encoding.ASCII.GetBytes(_line.ToString());
        bytes.CopyTo(output.GetSpan(bytes.Length));
        output.Advance(bytes.Length);
    }

    private string Address(int firstOctet)
        => string.Create(CultureInfo.InvariantCulture, $"{firstOctet}.{_random.Next(256)}.{_random.Next(256)}.{_random.Next(1, 255)}");

    private string Mac()
        => string.Create(CultureInfo.InvariantCulture, $"{_random.Next(256):x2}:{_random.Next(256):x2}:{_random.Next(256):x2}:{_random.Next(256):x2}:{_random.Next(256):x2}:{_random.Next(256):x2}");
}
