using System;
using System.Buffers;
using BenchmarkDotNet.Attributes;
using EcsForge.Bench.Data;
using EcsForge.Parsers;
using EcsForge.Routing;

namespace EcsForge.Bench.Benchmarks;

/// <summary>
/// Parsing a batch of <see cref="BatchSize"/> generated events per dataset through the router, into one reused
/// buffer as a host would; divide the reported time and allocations by the batch size for per-event figures.
/// </summary>
[MemoryDiagnoser]
public class ParserBenchmarks
{
    public const int BatchSize = 1_000;

    private readonly IntakeRouter _router = new(IntakeFormatRegistry.All);
    private readonly ArrayBufferWriter<byte> _output = new(64 * 1024);
    private (IntakeFormat Format, SampleBatch Events) _firewallEvents;
    private (IntakeFormat Format, SampleBatch Events) _accessRequests;
    private (IntakeFormat Format, SampleBatch Events) _auditLogs;
    private (IntakeFormat Format, SampleBatch Events) _pulseConnectSecure;

    [GlobalSetup]
    public void Setup()
    {
        _firewallEvents = Prepare("cloudflare-firewall-events");
        _accessRequests = Prepare("cloudflare-access-requests");
        _auditLogs = Prepare("cloudflare-audit-logs");
        _pulseConnectSecure = Prepare("pulse-connect-secure");
    }

    [Benchmark]
    public int FirewallEvents() => ParseAll(_firewallEvents);

    [Benchmark]
    public int AccessRequests() => ParseAll(_accessRequests);

    [Benchmark]
    public int AuditLogs() => ParseAll(_auditLogs);

    [Benchmark]
    public int PulseConnectSecure() => ParseAll(_pulseConnectSecure);

    /// <summary>Returns the number parsed so the work cannot be optimized away.</summary>
    private int ParseAll((IntakeFormat Format, SampleBatch Events) batch)
    {
        var parsed = 0;
        for (var i = 0; i < batch.Events.Count; i++)
        {
            if (_router.Parse(batch.Format, batch.Events[i], _output).Success)
            {
                parsed++;
            }

            _output.ResetWrittenCount();
        }

        return parsed;
    }

    /// <summary>Fails the setup, rather than timing failures, when a batch does not fully parse.</summary>
    private (IntakeFormat, SampleBatch) Prepare(string slug)
    {
        if (!_router.TryGetFormat(slug, out var format))
        {
            throw new InvalidOperationException($"Intake format '{slug}' is not compiled into the parsers.");
        }

        var batch = (format, SampleBatch.Generate(slug, BatchSize));
        var parsed = ParseAll(batch);
        if (parsed != BatchSize)
        {
            throw new InvalidOperationException($"Only {parsed} of {BatchSize} {slug} events parse; run the alloc command for details.");
        }

        return batch;
    }
}
