using System;
using System.Buffers;
using System.Collections.Generic;
using System.Text;
using BenchmarkDotNet.Attributes;
using EcsForge.Importer;
using EcsForge.Importer.Compilation;
using EcsForge.Importer.Translation;
using EcsForge.Routing;
using Microsoft.CodeAnalysis.CSharp;

namespace EcsForge.Bench.Benchmarks.Components;

/// <summary>
/// A <c>grok.match</c> step on <see cref="ComponentInputs.BatchSize"/> syslog lines, through the router: the step's
/// matcher is a private method of the generated parser, so each case is a one-step dataset compiled in memory (as
/// the catalogue command compiles imported formats) that matches the raw message and writes one field from the
/// captures. <c>route-only</c> writes the same field without a grok step: subtracting it leaves what the step costs.
/// </summary>
[MemoryDiagnoser]
public class GrokStepBenchmarks : IDisposable
{
    private const string RouteOnly = "route-only";

    /// <summary>Grok pattern, custom patterns (name, body, ...) and sample lines of each case.</summary>
    private static readonly Dictionary<string, (string? Pattern, string[] Custom, string[] Samples)> Cases = new(StringComparer.Ordinal)
    {
        [RouteOnly] = (null, [], SshdSamples()),
        ["sshd"] = (
            "%{SYSLOGTIMESTAMP:timestamp} %{SYSLOGHOST:host} %{SYSLOGPROG}: (?:%{SSHD_AUTH}|%{SSHD_DISCONNECT}|%{GREEDYDATA:other})",
            [
                "SSHD_AUTH", "%{WORD:outcome} %{WORD:method} for (invalid user )?%{USERNAME:user} from %{IP:src} port %{INT:port} ssh2(: %{GREEDYDATA:key})?",
                "SSHD_DISCONNECT", "Disconnected from (authenticating |invalid )?user %{USERNAME:user} %{IP:src} port %{INT:port}( \\[preauth\\])?",
            ],
            SshdSamples()),
        ["iptables"] = (
            "%{SYSLOGTIMESTAMP:timestamp} %{SYSLOGHOST:host} kernel: (\\[%{SPACE}?%{NUMBER:uptime}\\] )?%{DATA:prefix}\\s*IN=%{DATA:in}? OUT=%{DATA:out}?( MAC=%{DATA:mac})? SRC=%{IP:src} DST=%{IP:dst} LEN=%{INT:length} %{DATA} PROTO=%{WORD:transport}( SPT=%{INT:spt} DPT=%{INT:dpt})?%{GREEDYDATA}",
            [],
            [
                "Jun 10 08:03:23 gw01 kernel: [1834211.120033] DROP-WAN IN=eth0 OUT= MAC=52:54:00:12:34:56:00:1b:44:11:3a:b7:08:00 SRC=198.51.100.23 DST=203.0.113.9 LEN=60 TOS=0x00 PREC=0x00 TTL=52 ID=31337 DF PROTO=TCP SPT=44120 DPT=22 WINDOW=64240 RES=0x00 SYN URGP=0",
                "Jun 10 08:03:24 gw01 kernel: ACCEPT-LAN IN=eth1 OUT=eth0 MAC=52:54:00:ab:cd:ef:00:0c:29:7e:41:02:08:00 SRC=10.1.40.22 DST=8.8.8.8 LEN=74 TOS=0x00 PREC=0x00 TTL=63 ID=5120 PROTO=UDP SPT=53211 DPT=53 LEN=54",
                "Jun 10 08:03:25 gw01 kernel: [1834213.000412] REJECT IN=eth1 OUT=eth0 SRC=10.1.41.5 DST=10.1.1.20 LEN=84 TOS=0x00 PREC=0x00 TTL=64 ID=0 DF PROTO=ICMP TYPE=8 CODE=0 ID=4410 SEQ=1",
            ]),
    };

    private readonly ArrayBufferWriter<byte> _output = new(64 * 1024);
    private CompiledCatalogue? _compiled;
    private IntakeRouter _router = null!;
    private IntakeFormat _format = null!;
    private byte[][] _lines = [];

    [ParamsSource(nameof(CaseNames))]
    public string Case { get; set; } = "sshd";

    public static IEnumerable<string> CaseNames => Cases.Keys;

    [GlobalSetup]
    public void Setup()
    {
        var (pattern, custom, samples) = Cases[Case];
        var dataset = new ImportedDataset("Bench/grok-step", "bench-grok-step", "BenchGrokStep", Source(pattern, custom), [], InputKind.SyslogGrok);
        _compiled = CatalogueCompiler.Compile([dataset]);
        if (_compiled.Rejected.TryGetValue(dataset.Name, out var errors))
        {
            throw new InvalidOperationException("The grok benchmark dataset does not compile: " + errors);
        }

        _router = new IntakeRouter(_compiled.Formats);
        _format = _compiled.Formats[0];
        _lines = ComponentInputs.Utf8Lines(samples);
        foreach (var line in _lines)
        {
            _output.ResetWrittenCount();
            if (!_router.Parse(_format, line, _output).Success || (pattern is not null && !Encoding.UTF8.GetString(_output.WrittenSpan).Contains("\"matched\":true", StringComparison.Ordinal)))
            {
                throw new InvalidOperationException($"The {Case} pattern does not match '{Encoding.UTF8.GetString(line)}': {Encoding.UTF8.GetString(_output.WrittenSpan)}");
            }
        }
    }

    [Benchmark]
    public int Parse()
    {
        var parsed = 0;
        foreach (var line in _lines)
        {
            if (_router.Parse(_format, line, _output).Success)
            {
                parsed++;
            }

            _output.ResetWrittenCount();
        }

        return parsed;
    }

    [GlobalCleanup]
    public void Dispose()
    {
        _compiled?.Dispose();
        _compiled = null;
        GC.SuppressFinalize(this);
    }

    /// <summary>The dataset class: the grok step when there is a pattern, then one field saying whether it matched.</summary>
    private static string Source(string? pattern, string[] custom)
    {
        var source = new StringBuilder("using EcsForge.Mapping;\nnamespace EcsForge.Catalogue;\n");
        source.Append("[IntakeFormat(\"0b6f3d2a-5c41-4e8f-9a7d-1c2e3f4a5b6c\", \"bench-grok-step\")]\n");
        if (pattern is not null)
        {
            source.Append("[ParseGrok(\"grokked\", ").Append(Literal(pattern));
            if (custom.Length > 0)
            {
                source.Append(", CustomPatterns = new[] { ").Append(string.Join(", ", Array.ConvertAll(custom, Literal))).Append(" }");
            }

            source.Append(")]\n");
        }

        source.Append("[Stage(\"values\")]\n");
        source.Append(pattern is null
            ? "[Set(\"bench.matched\", \"{{ original.message is none }}\")]\n"
            : "[Set(\"bench.matched\", \"{{ grokked.message is not none }}\")]\n");
        source.Append("[CustomField(\"bench.matched\", FieldType.Boolean, \"whether the grok step matched\")]\n");
        source.Append("public partial class BenchGrokStep\n{\n}\n");
        return source.ToString();
    }

    private static string Literal(string text) => SymbolDisplay.FormatLiteral(text, quote: true);

    private static string[] SshdSamples() =>
    [
        "Jun 10 08:03:23 bastion-01 sshd[24117]: Accepted publickey for jdoe from 10.1.40.22 port 55123 ssh2: RSA SHA256:Jr0kHzM1cZ8gq9Y2m3Xv5uT6wQ4pL7nB0aC1dE2fG3h",
        "Jun 10 08:03:24 bastion-01 sshd[24120]: Failed password for invalid user oracle from 198.51.100.23 port 44120 ssh2",
        "Jun 10 08:03:25 bastion-01 sshd[24120]: Disconnected from invalid user oracle 198.51.100.23 port 44120 [preauth]",
        "Jun 10 08:03:26 bastion-01 sshd[24125]: pam_unix(sshd:session): session opened for user alice(uid=1002) by (uid=0)",
    ];
}
