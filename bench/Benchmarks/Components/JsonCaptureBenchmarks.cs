using System.Text.Json;
using BenchmarkDotNet.Attributes;
using EcsForge.Parsing;

namespace EcsForge.Bench.Benchmarks.Components;

/// <summary>
/// Name dispatch and value capture over <see cref="ComponentInputs.BatchSize"/> firewall events: the runtime's
/// <see cref="JsonCapture"/> calls on every top-level property against a bare <c>reader.Read()</c> loop over the same
/// bytes; the difference is what locating the values costs on top of tokenizing.
/// </summary>
[MemoryDiagnoser]
public class JsonCaptureBenchmarks
{
    private readonly EventScratch _scratch = new();
    private byte[][] _events = [];

    [GlobalSetup]
    public void Setup() => _events = ComponentInputs.Lines("cloudflare-firewall-events");

    [Benchmark(Baseline = true)]
    public int ReadTokens()
    {
        var tokens = 0;
        foreach (var line in _events)
        {
            var reader = new Utf8JsonReader(line, JsonCapture.ReaderOptions);
            while (reader.Read())
            {
                tokens++;
            }
        }

        return tokens;
    }

    [Benchmark]
    public int CaptureProperties()
    {
        var total = 0;
        foreach (var line in _events)
        {
            _scratch.Reset();
            var reader = new Utf8JsonReader(line, JsonCapture.ReaderOptions);
            reader.Read(); // the root object
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var name = JsonCapture.PropertyName(ref reader, _scratch);
                JsonCapture.ReadValue(ref reader);
                var value = JsonCapture.Capture(ref reader, line, _scratch);
                total += name.Length + value.Length;
            }
        }

        return total;
    }
}
