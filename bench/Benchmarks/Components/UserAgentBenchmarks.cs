using BenchmarkDotNet.Attributes;
using EcsForge.Patterns;
using EcsForge.UserAgents;

namespace EcsForge.Bench.Benchmarks.Components;

/// <summary>
/// User-agent lookups over the user agents of <see cref="ComponentInputs.BatchSize"/> generated firewall events:
/// cold (every string matched against the compiled uap-core regexes) and warm (through the bounded cache).
/// </summary>
[MemoryDiagnoser]
public class UserAgentBenchmarks
{
    private readonly PatternState _state = new();
    private readonly UserAgentParser _cached = new(8192);
    private byte[][] _userAgents = [];

    [GlobalSetup]
    public void Setup()
    {
        _userAgents = ComponentInputs.JsonStrings(ComponentInputs.Lines("cloudflare-firewall-events"), "ClientRequestUserAgent");
        Warm();
    }

    [Benchmark(Baseline = true)]
    public int Cold()
    {
        var named = 0;
        foreach (var userAgent in _userAgents)
        {
            named += UserAgentParser.ParseUncached(userAgent, _state).Name is null ? 0 : 1;
        }

        return named;
    }

    [Benchmark]
    public int Warm()
    {
        var named = 0;
        foreach (var userAgent in _userAgents)
        {
            named += _cached.Parse(userAgent, _state)?.Name is null ? 0 : 1;
        }

        return named;
    }
}
