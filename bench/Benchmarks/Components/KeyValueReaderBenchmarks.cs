using BenchmarkDotNet.Attributes;
using EcsForge.Parsing;

namespace EcsForge.Bench.Benchmarks.Components;

/// <summary>Reading every <c>key=value</c> pair of <see cref="ComponentInputs.BatchSize"/> generated Pulse Connect Secure lines.</summary>
[MemoryDiagnoser]
public class KeyValueReaderBenchmarks
{
    private readonly EventScratch _scratch = new();
    private byte[][] _lines = [];

    [GlobalSetup]
    public void Setup() => _lines = ComponentInputs.Lines("pulse-connect-secure");

    [Benchmark]
    public int ReadPairs()
    {
        var total = 0;
        foreach (var line in _lines)
        {
            _scratch.Reset();
            var reader = new KeyValueReader(line);
            while (reader.TryRead(_scratch, out var key, out var value))
            {
                total += key.Length + value.Length;
            }
        }

        return total;
    }
}
