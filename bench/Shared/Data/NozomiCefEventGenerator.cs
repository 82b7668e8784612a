using System;
using System.Buffers;
using System.Globalization;
using System.Text;

namespace EcsForge.Bench.Data;

/// <summary>
/// Raw Nozomi Networks CMC events in CEF, one per line as a syslog collector hands them on: security alerts with
/// their labeled custom fields (risk, id, detail, parents, MITRE technique and tactic), health problems, and audit
/// sign-ins carrying the browser's user agent.
/// </summary>
internal sealed class NozomiCefEventGenerator : ITextEventGenerator
{
    private enum Kind
    {
        Alert,
        Health,
        Audit,
    }

    private static readonly WeightedPool<Kind> Kinds = new((Kind.Alert, 6), (Kind.Health, 2), (Kind.Audit, 2));

    private static readonly string[] Versions = ["22.6.1-03011620_B5D4A", "23.1.0-04211102_C7E91", "19.0.3-10142120_A2F44"];

    private static readonly string[] Sensors = ["sg-plant-2", "sg-substation-07", "cmc-hq.corp.example.com", "local-sg-19.x"];

    /// <summary>Alert type, name, application and transport.</summary>
    private static readonly (string Type, string Name, string App, string Proto)[] Alerts =
    [
        ("SIGN:MALWARE-DETECTED", "Malware detected", "smb", "TCP"),
        ("SIGN:TCP-SYN-FLOOD", "TCP SYN flood", "modbus", "TCP"),
        ("SIGN:PROGRAM:CHANGE", "Program change", "s7", "TCP"),
        ("VI:NEW-NODE", "New node", "dnp3", "UDP"),
        ("SIGN:NETWORK-SCAN", "Network scan", "http", "TCP"),
    ];

    private static readonly (string Technique, string Tactic)[] Mitre =
    [
        ("T0843", "Impair Process Control"), ("T0846", "Discovery"), ("T0814", "Inhibit Response Function"), ("T0867", "Lateral Movement"),
    ];

    private static readonly string[] AlertMessages =
    [
        "Suspicious transferring of malware named 'TemplateAttack_DragonFly_2_0' was detected involving resource '\\\\2.3.4.5\\ADMIN'",
        "Too many SYN packets received in a short time",
        "A program upload to the PLC was detected outside the maintenance window",
        "A new node appeared on the network",
        "The source scanned 124 ports in 10 seconds",
    ];

    private static readonly string[] HealthMessages = ["LINK_DOWN_on_port_em0", "LINK_UP_on_port_em1", "DISK_USAGE_HIGH", "SENSOR_SYNC_DELAYED"];

    private static readonly string[] Browsers =
    [
        "Mozilla/5.0 (Macintosh; Intel Mac OS X 10.15; rv:69.0) Gecko/20100101 Firefox/69.0",
        "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/125.0.0.0 Safari/537.36",
        "Mozilla/5.0 (X11; Linux x86_64; rv:126.0) Gecko/20100101 Firefox/126.0",
    ];

    private static readonly string[] Users = ["admin", "jdoe", "operator-2", "alice"];

    private readonly Random _random;
    private readonly StringBuilder _line = new(1024);
    private long _epochMilliseconds = 1_718_003_003_120;

    public NozomiCefEventGenerator(Random random) => _random = random;

    public void WriteEvent(IBufferWriter<byte> output)
    {
        _epochMilliseconds += _random.Next(1, 5_000);
        var version = _random.Pick(Versions);
        var sensor = _random.Pick(Sensors);
        _line.Clear();
        switch (Kinds.Pick(_random))
        {
            case Kind.Alert:
                WriteAlert(version, sensor);
                break;
            case Kind.Health:
                Append($"CEF:0|Nozomi Networks|N2OS|{version}|HEALTH|Health problem|0|dvchost={sensor} cs6=1 cs6Label=n2os_schema msg={_random.Pick(HealthMessages)}");
                break;
            default:
                var signedIn = _random.Chance(70);
                Append($"CEF:0|Nozomi Networks|N2OS|{version}|AUDIT:SESSIONS:{(signedIn ? "CREATE" : "DESTROY")}|User signed {(signedIn ? "in" : "out")}|0|");
                Append($"dvchost={sensor} cs1={_random.Pick(Browsers)} cs6=1 cs1Label=browser cs6Label=n2os_schema msg=User signed {(signedIn ? "in" : "out")} ");
                Append($"src={Address(10)} suser={_random.Pick(Users)} start={_epochMilliseconds}");
                break;
        }

        var bytes = Encoding.UTF8.GetBytes(_line.ToString());
        bytes.CopyTo(output.GetSpan(bytes.Length));
        output.Advance(bytes.Length);
    }

    private void WriteAlert(string version, string sensor)
    {
        var index = _random.Next(Alerts.Length);
        var (type, name, app, proto) = Alerts[index];
        var (technique, tactic) = _random.Pick(Mitre);
        var severity = _random.Next(1, 11);
        var risk = (_random.Next(10, 100) / 10.0).ToString("0.0", CultureInfo.InvariantCulture);
        Append($"CEF:0|Nozomi Networks|N2OS|{version}|{type}|{name}|{severity}|app={app} dvc={Address(172)} dvchost={sensor} ");
        Append($"cs1={risk} cs2={(_random.Chance(80) ? "true" : "false")} cs3={Guid(_random)} cs4={{trigger_type: yara_rules, trigger_id: rule_{_random.Next(100, 999)}.yar}} ");
        Append($"cs5=[\"{Guid(_random)}\"] cs6=1 cs1Label=Risk cs2Label=IsSecurity cs3Label=Id cs4Label=Detail cs5Label=Parents cs6Label=n2os_schema ");
        Append($"flexString1={technique} flexString1Label=mitre_attack_techniques flexString2={tactic} flexString2Label=mitre_attack_tactics ");
        Append($"dst={Address(10)} dmac={Mac()} dpt={_random.Pick(new[] { 445, 502, 102, 20000, 80 })} msg={AlertMessages[index]} ");
        Append($"src={Address(10)} smac={Mac()} spt={_random.Next(1024, 65536)} proto={proto} start={_epochMilliseconds}");
    }

    private void Append(string text) => _line.Append(text);

    private string Address(int firstOctet)
        => string.Create(CultureInfo.InvariantCulture, $"{firstOctet}.{_random.Next(256)}.{_random.Next(256)}.{_random.Next(1, 255)}");

    private string Mac()
        => string.Create(CultureInfo.InvariantCulture, $"00:1b:{_random.Next(256):x2}:{_random.Next(256):x2}:{_random.Next(256):x2}:{_random.Next(256):x2}");

    private static string Guid(Random random)
    {
        Span<byte> bytes = stackalloc byte[16];
        random.NextBytes(bytes);
        return new Guid(bytes).ToString();
    }
}
