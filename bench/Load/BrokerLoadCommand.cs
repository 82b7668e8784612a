using System;
using System.Globalization;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Threading.Tasks;

namespace EcsForge.Bench.Load;

/// <summary>
/// <c>load --broker</c>: the same raw batches through 1, then 2 (<c>--hosts</c>) consumer hosts on this machine's broker,
/// each run on queues of its own; prints events/s, the ratio between the runs, and the broker's CPU per event.
/// </summary>
internal static class BrokerLoadCommand
{
    public static int Run(string[] args)
    {
        var options = BrokerLoadOptions.TryParse(args, out var error);
        return options is null ? Usage.Error(error) : RunAsync(options).GetAwaiter().GetResult();
    }

    private static async Task<int> RunAsync(BrokerLoadOptions options)
    {
        var cli = Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, "..", "..", "..", "..", "host", "bin", "Release", "net10.0", "ecsforge.dll"));
        if (!File.Exists(cli))
        {
            Console.Error.WriteLine($"ecsforge-bench: {cli} not found: build it first (dotnet build -c Release host)");
            return Usage.Failure;
        }

        // The raw batches a front end would publish: the load command's batches, uncompressed.
        var payloads = LoadPayloads.Generate(options.Format, options.Events, options.BatchSize, options.Seed);
        var batches = payloads.Batches.Select(Gunzip).ToArray();
        var beam = ProcessCpu.FindBeam();
        if (beam is null)
        {
            Console.Error.WriteLine("ecsforge-bench: no local beam.smp (rabbit) process: the broker's CPU is not measured");
        }

        Console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"broker mode: {options.Events} {options.Format} events in batches of {options.BatchSize}, {options.Workers} parse worker(s) per host, prefetch {options.Prefetch}; " +
            $"{Environment.ProcessorCount} cores, load average {File.ReadAllText("/proc/loadavg").Split(' ')[0]}"));
        double? first = null;
        foreach (var hosts in options.Hosts)
        {
            BrokerLoadResult result;
            await using (var run = new BrokerLoadRun(options))
            {
                result = await run.RunAsync(cli, hosts, batches, payloads.EventCounts, beam);
            }

            var rate = result.Events / result.Elapsed.TotalSeconds;
            first ??= rate;
            var seconds = result.Elapsed.TotalSeconds;
            Console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{hosts} host(s): {rate:F0} events/s ({rate / first.Value:F2}x); broker CPU {result.BrokerCpu / seconds * 100:F0}% of a core, " +
                $"{result.BrokerCpu / (result.BrokerCpu + result.HostsCpu) * 100:F0}% of broker+hosts CPU, {result.BrokerCpu / result.Events * 1e6:F1} µs per event " +
                $"(hosts {result.HostsCpu / result.Events * 1e6:F1} µs per event)"));
        }

        return Usage.Success;
    }

    private static byte[] Gunzip(byte[] compressed)
    {
        using var gzip = new GZipStream(new MemoryStream(compressed), CompressionMode.Decompress);
        using var raw = new MemoryStream();
        gzip.CopyTo(raw);
        return raw.ToArray();
    }
}
