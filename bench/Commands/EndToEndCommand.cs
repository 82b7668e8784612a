using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using EcsForge.Bench.Data;
using EcsForge.Bench.EndToEnd;
using EcsForge.Parsers;
using EcsForge.Routing;

namespace EcsForge.Bench.Commands;

/// <summary>
/// <c>e2e</c>: the built CLI (<c>ecsforge parse</c>) on generated files of 300,000 and 1,000,000 events, with its peak
/// resident memory, next to the same events parsed in this process once warm (on as many threads as the CLI's
/// <c>--threads</c>, and then on one, to show how far the parser itself scales); medians of <c>--runs</c> runs, by wall
/// time and by CPU time (the CLI's whole process: start-up, JIT, reading and writing included).
/// </summary>
internal static class EndToEndCommand
{
    private static readonly int[] s_sizes = { 300_000, 1_000_000 };

    public static int Run(string[] args)
    {
        var slug = "cloudflare-firewall-events";
        var threads = 0;
        var runs = 3;
        for (var i = 0; i < args.Length; i++)
        {
            string error;
            switch (args[i])
            {
                case "--format":
                    if (!Arguments.TryTakeValue(args, ref i, out var value, out error))
                    {
                        return Usage.Error(error);
                    }

                    slug = value;
                    break;
                case "--runs":
                    if (!Arguments.TryTakeInt(args, ref i, 1, out runs, out error))
                    {
                        return Usage.Error(error);
                    }

                    break;
                case "--threads":
                    if (!Arguments.TryTakeInt(args, ref i, 1, out threads, out error))
                    {
                        return Usage.Error(error);
                    }

                    break;
                case var arg when Usage.IsHelp(arg):
                    return Usage.Show();
                case var arg:
                    return Usage.Error($"unexpected argument '{arg}' for e2e");
            }
        }

        var cli = Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, "..", "..", "..", "..", "host", "bin", "Release", "net10.0", "ecsforge.dll"));
        if (!File.Exists(cli))
        {
            Console.Error.WriteLine($"ecsforge-bench: {cli} not found: build it first (dotnet build -c Release host)");
            return Usage.Failure;
        }

        var router = new IntakeRouter(IntakeFormatRegistry.All);
        if (!SampleEvents.Supports(slug) || !router.TryGetFormat(slug, out var format))
        {
            return Usage.Error($"no sample events or parser for '{slug}'");
        }

        var directory = Directory.CreateTempSubdirectory("ecsforge-e2e-");
        try
        {
            Console.WriteLine($"CLI: {cli}{(threads > 0 ? $" --threads {threads}" : "")}; median of {runs} runs each; load average before: {LoadAverage()}");
            Console.WriteLine("| events | CLI events/s | CLI events/CPU-s | CLI peak RSS (MiB) | in-process events/s (warm) | in-process events/CPU-s | CLI / in-process (wall) | (CPU) |");
            Console.WriteLine("|--:|--:|--:|--:|--:|--:|--:|--:|");
            var scaling = new List<string>();
            foreach (var size in s_sizes)
            {
                var input = Path.Combine(directory.FullName, $"{slug}-{size}.ndjson");
                using (var file = File.Create(input))
                {
                    SampleEvents.Write(slug, size, SampleEvents.DefaultSeed, file);
                    // On disk before any run, so the kernel's write-back of it does not run during one.
                    file.Flush(flushToDisk: true);
                }

                var cliWall = new double[runs];
                var cliCpu = new double[runs];
                long peak = 0;
                for (var run = 0; run < runs; run++)
                {
                    var result = CliRun.Parse(cli, slug, input, threads);
                    if (result.ExitCode is not (0 or 1))
                    {
                        return Usage.Failure;
                    }

                    cliWall[run] = size / result.Elapsed.TotalSeconds;
                    cliCpu[run] = size / result.CpuSeconds;
                    peak = Math.Max(peak, result.PeakResidentBytes);
                }

                var (wall, cpu) = InProcessRun.EventsPerSecond(router, format, input, runs, Math.Max(threads, 1));
                var (cliRate, cliCpuRate, inProcess, inProcessCpu) = (Median(cliWall), Median(cliCpu), Median(wall), Median(cpu));
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"| {size:N0} | {cliRate:N0} | {cliCpuRate:N0} | {peak / (1024.0 * 1024.0):N0} | {inProcess:N0} | {inProcessCpu:N0} | {cliRate / inProcess:N2} | {cliCpuRate / inProcessCpu:N2} |"));
                if (threads > 1)
                {
                    // How far the parser itself scales here, with no reading, writing or hand-offs: the CLI's ceiling.
                    var (oneWall, _) = InProcessRun.EventsPerSecond(router, format, input, runs, threads: 1);
                    scaling.Add(string.Create(CultureInfo.InvariantCulture,
                        $"{size:N0} events in-process: {Median(oneWall):N0} events/s on 1 thread, {inProcess:N0} on {threads} ({inProcess / Median(oneWall):N2}x)"));
                }
                File.Delete(input);
            }

            foreach (var line in scaling)
            {
                Console.WriteLine(line);
            }

            Console.WriteLine($"load average after: {LoadAverage()}");
        }
        finally
        {
            directory.Delete(recursive: true);
        }

        return Usage.Success;
    }

    private static double Median(double[] values)
    {
        var sorted = (double[])values.Clone();
        Array.Sort(sorted);
        return sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[(sorted.Length / 2) - 1] + sorted[sorted.Length / 2]) / 2;
    }

    /// <summary>The 1, 5 and 15 minute load averages (Linux), so each table says how busy the machine was.</summary>
    private static string LoadAverage()
        => File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ')[..3]) : "unknown";
}
