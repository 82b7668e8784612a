using BenchmarkDotNet.Attributes;
using EcsForge.Parsing;

namespace EcsForge.Bench.Benchmarks.Components;

/// <summary>
/// Timestamp conversions of <see cref="ComponentInputs.BatchSize"/> values: the epoch-nanosecond <c>Datetime</c>
/// numbers of generated firewall events, and the <c>time</c> texts of generated Pulse lines.
/// </summary>
[MemoryDiagnoser]
public class TimestampBenchmarks
{
    private readonly EventScratch _scratch = new();
    private byte[][] _epochNanoseconds = [];
    private byte[][] _pulseTimes = [];

    [GlobalSetup]
    public void Setup()
    {
        _epochNanoseconds = ComponentInputs.JsonNumbers(ComponentInputs.Lines("cloudflare-firewall-events"), "Datetime");
        _pulseTimes = ComponentInputs.KeyValues(ComponentInputs.Lines("pulse-connect-secure"), "time"u8);
    }

    [Benchmark]
    public int EpochNanoseconds()
    {
        var total = 0;
        foreach (var bytes in _epochNanoseconds)
        {
            _scratch.Reset();
            total += Timestamps.EpochNanoseconds(bytes, new RawValue(RawKind.Number, 0, bytes.Length), _scratch).Length;
        }

        return total;
    }

    [Benchmark]
    public int Rfc3339()
    {
        var total = 0;
        foreach (var bytes in _pulseTimes)
        {
            _scratch.Reset();
            total += Timestamps.Rfc3339(bytes, new RawValue(RawKind.String, 0, bytes.Length), _scratch).Length;
        }

        return total;
    }
}
