using BenchmarkDotNet.Attributes;
using EcsForge.Pipelines;
using EcsForge.Pipelines.Scanners;

namespace EcsForge.Bench.Benchmarks.Components;

/// <summary>
/// The <c>dsv.parse-dsv</c> step's scanner on <see cref="ComponentInputs.BatchSize"/> rows each: proxy-style CSV with
/// quoted fields (commas and doubled quotes inside), and plain semicolon-separated rows. The time includes decoding
/// the UTF-8 line into the event's arena.
/// </summary>
[MemoryDiagnoser]
public class DelimitedScannerBenchmarks
{
    private static readonly string[] CsvColumns =
        ["date", "time", "client_ip", "user", "method", "url", "status", "bytes_in", "bytes_out", "category", "user_agent", "action"];

    private static readonly string[] CsvSamples =
    [
        "2024-06-10,08:03:23,10.1.40.22,CORP\\jdoe,GET,\"https://www.example.org/search?q=a,b&lang=en\",200,5321,1024,\"Search Engines and Portals\",\"Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/125.0 Safari/537.36\",allowed",
        "2024-06-10,08:03:24,10.1.40.37,-,CONNECT,cdn.example.net:443,200,183420,2210,\"Content Delivery Networks\",\"curl/8.5.0\",allowed",
        "2024-06-10,08:03:25,10.1.41.5,CORP\\alice,POST,\"https://upload.example.com/api/v2/files\",403,0,48211,\"Personal Network Storage and Backup\",\"Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Safari/605.1.15\",\"blocked \"\"DLP: card numbers\"\"\"",
    ];

    private static readonly string[] SemicolonColumns = ["timestamp", "host", "severity", "module", "user", "source_ip", "action", "message"];

    private static readonly string[] SemicolonSamples =
    [
        "2024-06-10T08:03:23Z;bastion-01;info;session;jdoe;10.1.40.22;open;Session opened on target srv-db-02 with protocol SSH",
        "2024-06-10T08:04:10Z;bastion-01;warning;auth;alice;198.51.100.7;deny;Authentication failed: invalid one-time password",
        "2024-06-10T08:05:42Z;bastion-02;info;session;bob;10.1.41.5;close;Session closed after 00:42:13, 3 files transferred",
    ];

    private readonly ValueArena _arena = new();
    private byte[][] _csv = [];
    private byte[][] _semicolons = [];

    [GlobalSetup]
    public void Setup()
    {
        _csv = ComponentInputs.Utf8Lines(CsvSamples);
        _semicolons = ComponentInputs.Utf8Lines(SemicolonSamples);
        ScannerSetup.RequireDicts(_csv, nameof(DelimitedScanner), static (arena, input) => DelimitedScanner.Parse(arena, input, CsvColumns, ','));
        ScannerSetup.RequireDicts(_semicolons, nameof(DelimitedScanner), static (arena, input) => DelimitedScanner.Parse(arena, input, SemicolonColumns, ';'));
    }

    [Benchmark]
    public int QuotedCsv() => ParseAll(_csv, CsvColumns, ',');

    [Benchmark]
    public int PlainSemicolons() => ParseAll(_semicolons, SemicolonColumns, ';');

    private int ParseAll(byte[][] lines, string[] columns, char delimiter)
    {
        var members = 0;
        foreach (var line in lines)
        {
            _arena.Reset();
            members += _arena.Count(DelimitedScanner.Parse(_arena, _arena.Utf8String(line), columns, delimiter));
        }

        return members;
    }
}
