using BenchmarkDotNet.Attributes;
using EcsForge.Pipelines;
using EcsForge.Pipelines.Scanners;

namespace EcsForge.Bench.Benchmarks.Components;

/// <summary>
/// The <c>kv.parse-kv</c> step's scanner on <see cref="ComponentInputs.BatchSize"/> lines each: Fortigate-style
/// <c>key=value</c> items separated by white space (quoted values, values with spaces), and <c>key:value</c> items
/// separated by <c>|</c>. Separators are compiled once, as a generated step holds them. The time includes decoding the
/// UTF-8 line into the event's arena.
/// </summary>
[MemoryDiagnoser]
public class KeyValueScannerBenchmarks
{
    private static readonly string[] SpaceSamples =
    [
        "date=2024-06-10 time=08:03:23 devname=\"FGT-HQ-01\" devid=\"FG100FTK19000001\" eventtime=1718003003120456789 tz=\"+0200\" logid=\"0000000013\" type=\"traffic\" subtype=\"forward\" level=\"notice\" vd=\"root\" srcip=10.1.40.22 srcport=55123 srcintf=\"port2\" srcintfrole=\"lan\" dstip=151.101.1.69 dstport=443 dstintf=\"wan1\" dstintfrole=\"wan\" srccountry=\"Reserved\" dstcountry=\"United States\" sessionid=8123712 proto=6 action=\"close\" policyid=12 policytype=\"policy\" poluuid=\"5c2a1f3e-27d1-51ee-7a0c-9d3b4e1f2a6c\" service=\"HTTPS\" trandisp=\"snat\" transip=203.0.113.9 transport=55123 appcat=\"unscanned\" duration=31 sentbyte=5321 rcvdbyte=48211 sentpkt=18 rcvdpkt=40",
        "date=2024-06-10 time=08:03:24 devname=\"FGT-HQ-01\" logid=\"0100032002\" type=\"event\" subtype=\"system\" level=\"alert\" vd=\"root\" logdesc=\"Admin login failed\" sn=\"0\" user=\"admin\" ui=\"https(198.51.100.7)\" method=\"https\" srcip=198.51.100.7 dstip=10.1.1.1 action=\"login\" status=\"failed\" reason=\"passwd_invalid\" msg=\"Administrator admin login failed from https(198.51.100.7) because of invalid password\"",
        "time=\"2024-06-10 08:03:25\" id=firewall sn=C0EAE4A1B2C3 fw=203.0.113.1 pri=6 c=1024 m=537 msg=\"Connection Closed\" app=49177 appName=General HTTPS n=1284711 src=10.1.41.5:61020:X0 dst=142.250.74.46:443:X1 proto=tcp/https sent=1840 rcvd=9812 spkt=14 rpkt=16 cdur=2201 rule=\"LAN->WAN\"",
    ];

    private static readonly string[] PipeSamples =
    [
        "user:jdoe|domain:CORP|src:10.1.40.22|action:login|result:success|method:kerberos|workstation:LAPTOP-7QX2|duration:0.412",
        "user:alice|domain:CORP|src:198.51.100.7|action:login|result:failure|reason:bad password|method:ntlm|workstation:|duration:1.008",
    ];

    private static readonly TextSeparator Space = TextSeparator.Parse("\\s");
    private static readonly TextSeparator EqualsSign = TextSeparator.Parse("=");
    private static readonly TextSeparator Pipe = TextSeparator.Parse("\\|");
    private static readonly TextSeparator Colon = TextSeparator.Parse(":");

    private readonly ValueArena _arena = new();
    private byte[][] _spaces = [];
    private byte[][] _pipes = [];

    [GlobalSetup]
    public void Setup()
    {
        _spaces = ComponentInputs.Utf8Lines(SpaceSamples);
        _pipes = ComponentInputs.Utf8Lines(PipeSamples);
        ScannerSetup.RequireDicts(_spaces, nameof(KeyValueScanner), static (arena, input) => KeyValueScanner.Parse(arena, input, Space, EqualsSign));
        ScannerSetup.RequireDicts(_pipes, nameof(KeyValueScanner), static (arena, input) => KeyValueScanner.Parse(arena, input, Pipe, Colon));
    }

    [Benchmark]
    public int SpaceSeparated() => ParseAll(_spaces, Space, EqualsSign);

    [Benchmark]
    public int PipeSeparated() => ParseAll(_pipes, Pipe, Colon);

    private int ParseAll(byte[][] lines, TextSeparator item, TextSeparator value)
    {
        var members = 0;
        foreach (var line in lines)
        {
            _arena.Reset();
            members += _arena.Count(KeyValueScanner.Parse(_arena, _arena.Utf8String(line), item, value));
        }

        return members;
    }
}
