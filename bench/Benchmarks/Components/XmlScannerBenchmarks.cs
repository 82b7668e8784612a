using BenchmarkDotNet.Attributes;
using EcsForge.Pipelines;
using EcsForge.Pipelines.Scanners;

namespace EcsForge.Bench.Benchmarks.Components;

/// <summary>
/// The <c>xml.parse-xml</c> step's scanner on <see cref="ComponentInputs.BatchSize"/> documents: Windows events as
/// forwarded (namespaces, attributes, repeated <c>Data</c> children, entities) and a smaller alert document. The time
/// includes decoding the UTF-8 text into the event's arena.
/// </summary>
[MemoryDiagnoser]
public class XmlScannerBenchmarks
{
    private static readonly string[] Samples =
    [
        "<Event xmlns='http://schemas.microsoft.com/win/2004/08/events/event'><System><Provider Name='Microsoft-Windows-Security-Auditing' Guid='{54849625-5478-4994-a5ba-3e3b0328c30d}'/><EventID>4624</EventID><Version>2</Version><Level>0</Level><Task>12544</Task><Opcode>0</Opcode><Keywords>0x8020000000000000</Keywords><TimeCreated SystemTime='2024-06-10T08:03:23.4217410Z'/><EventRecordID>1873321</EventRecordID><Correlation ActivityID='{a1b2c3d4-0001-0002-0003-000000000004}'/><Execution ProcessID='812' ThreadID='9120'/><Channel>Security</Channel><Computer>DC01.corp.example.com</Computer><Security/></System><EventData><Data Name='SubjectUserSid'>S-1-5-18</Data><Data Name='SubjectUserName'>DC01$</Data><Data Name='SubjectDomainName'>CORP</Data><Data Name='SubjectLogonId'>0x3e7</Data><Data Name='TargetUserSid'>S-1-5-21-1004336348-1177238915-682003330-1105</Data><Data Name='TargetUserName'>jdoe</Data><Data Name='TargetDomainName'>CORP</Data><Data Name='TargetLogonId'>0x8a3f21c</Data><Data Name='LogonType'>3</Data><Data Name='LogonProcessName'>Kerberos</Data><Data Name='AuthenticationPackageName'>Kerberos</Data><Data Name='WorkstationName'>-</Data><Data Name='IpAddress'>10.1.40.22</Data><Data Name='IpPort'>55123</Data></EventData></Event>",
        "<Event xmlns='http://schemas.microsoft.com/win/2004/08/events/event'><System><Provider Name='Microsoft-Windows-Sysmon' Guid='{5770385f-c22a-43e0-bf4c-06f5698ffbd9}'/><EventID>1</EventID><Level>4</Level><TimeCreated SystemTime='2024-06-10T08:03:24.0012345Z'/><EventRecordID>99120</EventRecordID><Channel>Microsoft-Windows-Sysmon/Operational</Channel><Computer>LAPTOP-7QX2.corp.example.com</Computer></System><EventData><Data Name='Image'>C:\\Windows\\System32\\cmd.exe</Data><Data Name='CommandLine'>cmd.exe /c &quot;whoami &amp;&amp; net group &quot;Domain Admins&quot; /domain&quot;</Data><Data Name='User'>CORP\\alice</Data><Data Name='ParentImage'>C:\\Program Files\\Microsoft Office\\root\\Office16\\WINWORD.EXE</Data><Data Name='Hashes'>SHA256=4D89FC34D5F0F9BABD022271C585A9477BF41E834E46B991DEAA0530FDB25E22</Data></EventData></Event>",
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?><alert id=\"7712\" severity=\"high\"><time>2024-06-10T08:03:25Z</time><sensor>ids-dmz-01</sensor><source ip=\"198.51.100.23\" port=\"44120\"/><destination ip=\"10.1.1.20\" port=\"443\"/><signature sid=\"2027865\">ET SCAN Suspicious inbound to MSSQL port 1433</signature><![CDATA[payload <binary> elided]]></alert>",
    ];

    private readonly ValueArena _arena = new();
    private byte[][] _lines = [];

    [GlobalSetup]
    public void Setup()
    {
        _lines = ComponentInputs.Utf8Lines(Samples);
        ScannerSetup.RequireDicts(_lines, nameof(XmlScanner), static (arena, input) => XmlScanner.Parse(arena, input));
    }

    [Benchmark]
    public int Parse()
    {
        var members = 0;
        foreach (var line in _lines)
        {
            _arena.Reset();
            members += _arena.Count(XmlScanner.Parse(_arena, _arena.Utf8String(line)));
        }

        return members;
    }
}
