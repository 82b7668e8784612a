using System.Linq;
using BenchmarkDotNet.Attributes;
using EcsForge.Inference;

namespace EcsForge.Bench.Benchmarks.Components;

/// <summary>
/// Public Suffix List splits of <see cref="ComponentInputs.BatchSize"/> hosts: the request hosts of generated
/// firewall events, and their non-empty referer hosts.
/// </summary>
[MemoryDiagnoser]
public class PublicSuffixListBenchmarks
{
    private byte[][] _requestHosts = [];
    private byte[][] _refererHosts = [];

    [GlobalSetup]
    public void Setup()
    {
        var events = ComponentInputs.Lines("cloudflare-firewall-events", 4 * ComponentInputs.BatchSize);
        _requestHosts = ComponentInputs.JsonStrings(events, "ClientRequestHost").Take(ComponentInputs.BatchSize).ToArray();
        _refererHosts = ComponentInputs.Cycle(ComponentInputs.JsonStrings(events, "ClientRefererHost"));
        _ = PublicSuffixList.TrySplit("warm.example.com"u8, out _); // loads the list outside the measurements
    }

    [Benchmark(Baseline = true)]
    public int RequestHosts() => SplitAll(_requestHosts);

    [Benchmark]
    public int RefererHosts() => SplitAll(_refererHosts);

    private static int SplitAll(byte[][] hosts)
    {
        var split = 0;
        foreach (var host in hosts)
        {
            if (PublicSuffixList.TrySplit(host, out _))
            {
                split++;
            }
        }

        return split;
    }
}
