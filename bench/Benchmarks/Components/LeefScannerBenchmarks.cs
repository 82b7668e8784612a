using BenchmarkDotNet.Attributes;
using EcsForge.Pipelines;
using EcsForge.Pipelines.Scanners;

namespace EcsForge.Bench.Benchmarks.Components;

/// <summary>
/// The <c>leef.parse-leef</c> step's scanner on <see cref="ComponentInputs.BatchSize"/> LEEF lines: 1.0 with tabs,
/// 2.0 with a declared delimiter (a character, or its code in hex), behind a syslog header or not. The time includes
/// decoding the UTF-8 line into the event's arena.
/// </summary>
[MemoryDiagnoser]
public class LeefScannerBenchmarks
{
    private static readonly string[] Samples =
    [
        "LEEF:1.0|Microsoft|MSExchange|2016 CU23|15345|devTime=Jun 10 2024 08:03:23\tdevTimeFormat=MMM dd yyyy HH:mm:ss\tsrc=10.50.1.1\tdst=10.50.2.20\tsrcPort=52231\tdstPort=443\tusrName=jdoe@example.com\tsev=3\tcat=MessageTracking\tsubject=Quarterly figures\trecipient=alice@example.com",
        "<13>Jun 10 08:03:23 qradar-ep01 LEEF:2.0|Lancope|StealthWatch|7.4|41|^|src=10.0.1.8^dst=10.0.0.5^sev=5^srcPort=81^dstPort=21^proto=TCP^msg=Suspect long flow from an inside host^cat=Anomaly",
        "LEEF:2.0|Varonis|DatAdvantage|8.6|FileDeleted|x09|cat=Delete\tdevTime=2024-06-10T08:03:23Z\tusrName=CORP\\bob\tsrc=10.12.4.33\tresource=\\\\fs01\\finance\\2024\\budget.xlsx\tfileServer=fs01\toutcome=Success\taccountType=User",
        "LEEF:2.0|Imperva|SecureSphere|14.7|Signature Violation|0x7C|cat=Alert|sev=7|src=203.0.113.45|dst=10.1.1.20|srcPort=60123|dstPort=443|usrName=|proto=TCP|url=/login.php?user=admin' or '1'='1|policy=Web Signatures Policy",
    ];

    private readonly ValueArena _arena = new();
    private byte[][] _lines = [];

    [GlobalSetup]
    public void Setup()
    {
        _lines = ComponentInputs.Utf8Lines(Samples);
        ScannerSetup.RequireDicts(_lines, nameof(LeefScanner), static (arena, input) => LeefScanner.Parse(arena, input));
    }

    [Benchmark]
    public int Parse()
    {
        var members = 0;
        foreach (var line in _lines)
        {
            _arena.Reset();
            members += _arena.Count(LeefScanner.Parse(_arena, _arena.Utf8String(line)));
        }

        return members;
    }
}
