using System.Linq;
using BenchmarkDotNet.Attributes;
using EcsForge.Text;

namespace EcsForge.Bench.Benchmarks.Components;

/// <summary>
/// <see cref="IpAddressText.IsIpAddress"/> over <see cref="ComponentInputs.BatchSize"/> values of generated firewall
/// events: the client IPs (about one in seven IPv6), which pass, and the request hosts, which are rejected.
/// </summary>
[MemoryDiagnoser]
public class IpAddressTextBenchmarks
{
    private byte[][] _clientIps = [];
    private byte[][] _hosts = [];

    [GlobalSetup]
    public void Setup()
    {
        var events = ComponentInputs.Lines("cloudflare-firewall-events");
        _clientIps = ComponentInputs.JsonStrings(events, "ClientIP");
        _hosts = ComponentInputs.JsonStrings(events, "ClientRequestHost").ToArray();
    }

    [Benchmark(Baseline = true)]
    public int ClientIps() => CountIps(_clientIps);

    [Benchmark]
    public int Hosts() => CountIps(_hosts);

    private static int CountIps(byte[][] values)
    {
        var ips = 0;
        foreach (var value in values)
        {
            if (IpAddressText.IsIpAddress(value))
            {
                ips++;
            }
        }

        return ips;
    }
}
