using BenchmarkDotNet.Attributes;
using EcsForge.Pipelines;
using EcsForge.Pipelines.Scanners;

namespace EcsForge.Bench.Benchmarks.Components;

/// <summary>
/// The <c>cef.parse-cef</c> step's scanner on <see cref="ComponentInputs.BatchSize"/> CEF lines: header fields,
/// extension items, labeled custom fields, a syslog prefix, escapes. The time includes decoding the UTF-8 line into
/// the event's arena, as a pipeline does before its first step.
/// </summary>
[MemoryDiagnoser]
public class CefScannerBenchmarks
{
    private static readonly string[] Samples =
    [
        "CEF:0|Forcepoint|Security|8.5.5|194|Transaction permitted|1| act=permitted app=https dvc=10.1.2.3 dst=151.101.1.69 dhost=www.example.org dpt=443 src=10.1.40.22 spt=55123 suser=LDAP://10.1.2.10 OU\\=Users,DC\\=corp,DC\\=example/jdoe loginID=jdoe destinationTranslatedPort=0 rt=1718003003000 in=5321 out=1024 requestMethod=CONNECT requestClientApplication=Mozilla/5.0 (Windows NT 10.0; Win64; x64) reason=- cs1Label=Policy cs1=Default cs2Label=DynCat cs2=0 cs3Label=ContentType cs3=- cn1Label=DispositionCode cn1=1026 cn2Label=ScanDuration cn2=3 request=https://www.example.org/ logRecordSource=Cloud",
        "CEF:0|Nozomi Networks|N2OS|22.6.1-03011620_B5D4A|SIGN:TCP-SYN-FLOOD|TCP SYN flood|7|app=modbus dvc=10.20.1.4 dvchost=sg-plant-2 cs1=7.5 cs1Label=Risk cs2=true cs2Label=IsSecurity cs3=8a1f0c52-6d2e-4b7a-9f3c-2e5d7b1a9c04 cs3Label=Id src=10.20.3.17 smac=00:1b:44:11:3a:b7 spt=51020 dst=10.20.3.200 dmac=00:0c:29:7e:41:02 dpt=502 proto=TCP msg=Too many SYN packets received from 10.20.3.17 in 10 seconds start=1718003003120",
        "<134>Jun 10 08:03:23 fw01.example.net CEF:0|Palo Alto Networks|PAN-OS|10.1.6|TRAFFIC|end|3|rt=Jun 10 2024 08:03:23 GMT deviceExternalId=012345678901 src=10.0.0.5 dst=8.8.8.8 sourceTranslatedAddress=203.0.113.9 destinationTranslatedAddress=8.8.8.8 cs1Label=Rule cs1=allow-dns suser=corp\\\\jdoe app=dns cs4Label=FromZone cs4=trust cs5Label=ToZone cs5=untrust deviceInboundInterface=ethernet1/2 deviceOutboundInterface=ethernet1/1 cn1Label=SessionID cn1=82731 spt=53211 dpt=53 proto=UDP act=allow in=74 out=142",
        "CEF:0|Imperva Inc.|Attack Analytics|0|Incident|Bad bot scraping the catalogue|8|cs1=Bad Bots cs1Label=Attack type cs2=https://shop.example.com/catalogue?page\\=2 cs2Label=URL dhost=shop.example.com src=198.51.100.23 requestClientApplication=python-requests/2.31.0 msg=Detected 1412 requests\\nacross 3 minutes cnt=1412 start=1718003003000 end=1718003183000",
        "CEF:0|Trend Micro|Apex Central|2019|AV:File quarantined|Virus found: file quarantined|3|deviceExternalId=5 rt=Jun 10 2024 06:03:23 GMT+00:00 cnt=1 dhost=LAPTOP-7QX2 duser=CORP\\\\alice fname=invoice.pdf.exe filePath=C:\\\\Users\\\\alice\\\\Downloads\\\\ act=Quarantine cn1Label=VLF_FunctionCode cn1=0 cs1Label=Virus_Name cs1=TROJ_GEN.R002C0PF624",
    ];

    private readonly ValueArena _arena = new();
    private byte[][] _lines = [];

    [GlobalSetup]
    public void Setup()
    {
        _lines = ComponentInputs.Utf8Lines(Samples);
        ScannerSetup.RequireDicts(_lines, nameof(CefScanner), static (arena, input) => CefScanner.Parse(arena, input));
    }

    [Benchmark]
    public int Parse()
    {
        var members = 0;
        foreach (var line in _lines)
        {
            _arena.Reset();
            members += _arena.Count(CefScanner.Parse(_arena, _arena.Utf8String(line)));
        }

        return members;
    }
}
