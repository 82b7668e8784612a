using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.Linq;
using System.Text;
using EcsForge.Bench.Benchmarks.Components;
using EcsForge.Patterns;
using EcsForge.UserAgents;

namespace EcsForge.Bench.Commands;

/// <summary>
/// <c>uacost</c>: the cost of one user-agent cache miss, as a distribution (p50, p99, p99.9, max), measured in one
/// run on the normal mix (user agents of generated firewall events) and on hostile strings of 512 bytes to 1 MiB:
/// every call parses a string not seen before, so nothing comes from the cache. CPU time is the thread's own
/// (CLOCK_THREAD_CPUTIME_ID), which other processes on shared cores do not inflate the way they inflate wall time.
/// Bytes per miss are what the parsing thread allocated (result, cache entry, matching); the collections during the
/// timed loop, and the time the runtime was paused for them, tell how much of the tail is garbage collection.
/// </summary>
internal static class UserAgentCostCommand
{
    /// <summary>Strings per input: enough for p99.9 to be the 10th worst, and for the collections a steady stream of misses causes to show.</summary>
    private const int Samples = 10_000;

    /// <summary>Strings of 1 MiB, which are refused by their length: fewer, to keep the inputs' memory small.</summary>
    private const int HugeSamples = 200;

    public static int Run(string[] args)
    {
        if (args.Length > 0)
        {
            return Usage.IsHelp(args[0]) ? Usage.Show() : Usage.Error($"unexpected argument '{args[0]}' for uacost");
        }

        var parser = new UserAgentParser(8192);
        var state = new PatternState();
        var normal = ComponentInputs.JsonStrings(ComponentInputs.Lines("cloudflare-firewall-events", 20_000), "ClientRequestUserAgent")
            .Select(Encoding.UTF8.GetString).Distinct().ToArray();
        Console.WriteLine($"User-agent cache misses, one thread; each string parsed once (matched bytes: first {UserAgentParser.MatchedBytes}); load average {ThreadCpu.LoadAverage()}.");
        Console.WriteLine("| input | strings | CPU p50 µs | CPU p99 µs | CPU p99.9 µs | CPU max µs | wall p50 µs | wall p99.9 µs | bytes per miss | GCs (gen0 / gen2) | GC pause ms |");
        Console.WriteLine("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        Measure(parser, state, "normal mix (generated firewall events)", i => normal[i % normal.Length] + " n" + i.ToString(CultureInfo.InvariantCulture));
        foreach (var length in new[] { 512, 1024, 4096, 1 << 20 })
        {
            foreach (var (name, make) in Hostile())
            {
                Measure(parser, state, $"{name}, {length:N0} bytes", i => Fit(make(i), length, i));
            }
        }

        return Usage.Success;
    }

    /// <summary>Shapes that reach many regexes past their prefilters: repeated browser and OS tokens, version runs, noise.</summary>
    private static IEnumerable<(string Name, Func<int, string> Make)> Hostile()
    {
        const string android = "Mozilla/5.0 (Linux; Android 13; SM-G991B Build/TP1A.220624.014; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/120.0.6099.230 Mobile Safari/537.36 ";
        yield return ("repeated Android WebView", _ => android);
        yield return ("token soup", i => string.Join(' ', Enumerable.Range(0, 64).Select(j => s_tokens[(i + (j * 7)) % s_tokens.Length])));
        yield return ("version runs", _ => "Chrome/1.2.3.4.5.6.7.8.9 Android 1.2.3; iPhone OS 1_2_3 like Mac OS X ");
        yield return ("random printable", i =>
        {
            var random = new Random(i);
            return new string(Enumerable.Range(0, 512).Select(_ => (char)random.Next(32, 127)).ToArray());
        });
    }

    private static readonly string[] s_tokens =
    [
        "Mozilla/5.0", "(Windows", "NT", "10.0;", "Win64;", "x64)", "AppleWebKit/537.36", "(KHTML,", "like", "Gecko)", "Chrome/120.0",
        "Safari/537.36", "Edg/120.0", "Android", "Mobile", "iPhone;", "CPU", "OS", "17_2", "Firefox/121.0", "Opera", "OPR/105.0",
        "bot", "crawler", "spider", "Build/", "MIUI", "SAMSUNG", "SM-", "Linux;", "U;", "wv)", "Version/4.0", "YaBrowser/23",
    ];

    /// <summary>Repeats <paramref name="unit"/> to exactly <paramref name="length"/> bytes, made unique by <paramref name="i"/>.</summary>
    private static string Fit(string unit, int length, int i)
    {
        var builder = new StringBuilder(length + unit.Length);
        builder.Append(i.ToString(CultureInfo.InvariantCulture)).Append(' ');
        while (builder.Length < length)
        {
            builder.Append(unit);
        }

        return builder.ToString(0, length);
    }

    private static void Measure(UserAgentParser parser, PatternState state, string name, Func<int, string> make)
    {
        var samples = name.Contains("1,048,576", StringComparison.Ordinal) ? HugeSamples : Samples;
        var inputs = Enumerable.Range(0, samples).Select(i => Encoding.UTF8.GetBytes(make(i + (name.Length * 100_000)))).ToArray();
        // One uncached pass first, so that the JIT has compiled every matcher these inputs reach.
        foreach (var input in inputs)
        {
            UserAgentParser.ParseUncached(input, state);
        }

        var wall = new double[inputs.Length];
        var cpu = new double[inputs.Length];
        // The inputs and the warm-up's garbage go to gen2 first: a collection in the loop then pays for the parser's
        // allocations only, not for promoting megabytes of test strings made just before.
        GC.Collect();
        GC.WaitForPendingFinalizers();
        var allocated = 0L;
        var paused = GC.GetTotalPauseDuration();
        var gen0 = GC.CollectionCount(0);
        var gen2 = GC.CollectionCount(2);
        for (var i = 0; i < inputs.Length; i++)
        {
            var started = Stopwatch.GetTimestamp();
            var cpuStarted = ThreadCpu.Microseconds();
            var bytesBefore = GC.GetAllocatedBytesForCurrentThread();
            parser.Parse(inputs[i], state);
            allocated += GC.GetAllocatedBytesForCurrentThread() - bytesBefore;
            cpu[i] = ThreadCpu.Microseconds() - cpuStarted;
            wall[i] = Stopwatch.GetElapsedTime(started).TotalMicroseconds;
        }

        paused = GC.GetTotalPauseDuration() - paused;
        gen0 = GC.CollectionCount(0) - gen0;
        gen2 = GC.CollectionCount(2) - gen2;

        Array.Sort(wall);
        Array.Sort(cpu);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"| {name} | {samples:N0} | {Percentile(cpu, 0.5):F1} | {Percentile(cpu, 0.99):F1} | {Percentile(cpu, 0.999):F1} | {cpu[^1]:F1} | {Percentile(wall, 0.5):F1} | {Percentile(wall, 0.999):F1} | {allocated / samples:N0} | {gen0} / {gen2} | {paused.TotalMilliseconds:F1} |"));
    }

    private static double Percentile(double[] sorted, double p) => sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(p * sorted.Length) - 1)];
}
