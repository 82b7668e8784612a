using System;
using System.Diagnostics;
using System.Globalization;
using System.Linq;
using System.Net.Http;
using System.Threading.Tasks;

namespace EcsForge.Bench.Load;

/// <summary><c>load</c>: drives an <c>ecsforge serve</c> HTTP intake with gzip batches and reports events/s.</summary>
internal static class LoadCommand
{
    public static int Run(string[] args)
    {
        if (args.Any(Usage.IsHelp))
        {
            return Usage.Show();
        }

        if (args.Contains("--broker"))
        {
            return BrokerLoadCommand.Run(args);
        }

        var options = LoadOptions.TryParse(args, out var error);
        return options is null ? Usage.Error(error) : RunAsync(options).GetAwaiter().GetResult();
    }

    private static async Task<int> RunAsync(LoadOptions options)
    {
        var preparing = Stopwatch.StartNew();
        var payloads = LoadPayloads.Generate(options.Format, options.Events, options.BatchSize, options.Seed);
        Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"prepared {options.Events} {options.Format} events in {payloads.Batches.Length} batches " +
            $"({payloads.RawBytes / 1e6:F1} MB raw, {payloads.CompressedBytes / 1e6:F1} MB gzip) in {preparing.Elapsed.TotalSeconds:F1}s"));

        using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = options.Concurrency }) { Timeout = TimeSpan.FromMinutes(2) };
        var run = new LoadRun(http, options, payloads);
        // The host's JIT and pools warm up on batches that are not measured (they are sent again in the measured run).
        var warmup = Math.Min(options.WarmupBatches, payloads.Batches.Length);
        if (warmup > 0)
        {
            await run.RunAsync(warmup);
        }

        var result = await run.RunAsync(payloads.Batches.Length);
        Report(options, payloads, result);
        return result.Errors == 0 ? Usage.Success : Usage.Failure;
    }

    private static void Report(LoadOptions options, LoadPayloads payloads, LoadResult result)
    {
        var seconds = result.Elapsed.TotalSeconds;
        var acknowledged = result.LatenciesMs.Select((ms, i) => (ms, i)).Where(b => !double.IsNaN(b.ms)).ToArray();
        var events = acknowledged.Sum(b => (long)payloads.EventCounts[b.i]);
        var sorted = acknowledged.Select(b => b.ms).Order().ToArray();
        var output = Console.Out;
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{options.Url} concurrency={options.Concurrency} batch={options.BatchSize}: " +
            $"{acknowledged.Length}/{payloads.Batches.Length} batches acknowledged, {events} events in {seconds:F2}s"));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"events/s={events / seconds:F0} batches/s={acknowledged.Length / seconds:F1} raw MB/s={payloads.RawBytes / 1e6 / seconds:F1}"));
        if (sorted.Length > 0)
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"batch latency ms: p50={Percentile(sorted, 0.50):F1} p90={Percentile(sorted, 0.90):F1} p99={Percentile(sorted, 0.99):F1} max={sorted[^1]:F1}"));
        }

        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"host counts (warm-up included): parsed={result.Parsed} failed={result.Failed}; errors={result.Errors}"));
        if (result.FirstError is not null)
        {
            Console.Error.WriteLine("ecsforge-bench: first error: " + result.FirstError);
        }
    }

    private static double Percentile(double[] sorted, double quantile)
        => sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(quantile * sorted.Length) - 1)];
}
