using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text;
using EcsForge.Bench.Benchmarks.Components;
using EcsForge.Patterns;
using EcsForge.UserAgents;

namespace EcsForge.Bench.Commands;

/// <summary>
/// <c>useragents</c>: user agents parsed per second on one thread, cold (no cache: every string matched against the
/// compiled regexes) and warm (through the cache), measured in one run on the generated firewall mix and, when
/// <c>../shared/uap-core-tests</c> is present, on ua-parser's own test strings (thousands of distinct devices).
/// </summary>
internal static class UserAgentsCommand
{
    private const int Rounds = 3;

    public static int Run(string[] args)
    {
        if (args.Length > 0)
        {
            return Usage.IsHelp(args[0]) ? Usage.Show() : Usage.Error($"unexpected argument '{args[0]}' for useragents");
        }

        Console.WriteLine($"User agents per second on one thread, best of {Rounds} rounds; load average {ThreadCpu.LoadAverage()}.");
        Console.WriteLine("| strings | distinct | cold (no cache) /s | cold /s of thread CPU | warm (cache) /s | warm/cold |");
        Console.WriteLine("|---|---:|---:|---:|---:|---:|");
        Measure("generated firewall events", ComponentInputs.JsonStrings(ComponentInputs.Lines("cloudflare-firewall-events", 20_000), "ClientRequestUserAgent"));
        var suite = Path.Combine(AppContext.BaseDirectory, "..", "..", "..", "..", "..", "shared", "uap-core-tests", "test_device.yaml");
        if (File.Exists(suite))
        {
            var strings = File.ReadLines(suite)
                .Where(line => line.TrimStart().StartsWith("- user_agent_string:", StringComparison.Ordinal))
                .Select(line => Encoding.UTF8.GetBytes(line[(line.IndexOf(':') + 1)..].Trim().Trim('\'', '"')))
                .ToArray();
            Measure("uap-core test_device.yaml", strings);
        }
        else
        {
            Console.Error.WriteLine("ecsforge-bench: ../shared/uap-core-tests not found; measured the generated mix only");
        }

        return Usage.Success;
    }

    private static void Measure(string name, byte[][] userAgents)
    {
        var state = new PatternState();
        var parser = new UserAgentParser(8192);
        var distinct = userAgents.Select(Convert.ToBase64String).Distinct().Count();
        var (cold, coldCpu) = Best(() =>
        {
            foreach (var userAgent in userAgents)
            {
                UserAgentParser.ParseUncached(userAgent, state);
            }
        }, userAgents.Length);
        foreach (var userAgent in userAgents)
        {
            parser.Parse(userAgent, state);
        }

        var (warm, _) = Best(() =>
        {
            foreach (var userAgent in userAgents)
            {
                parser.Parse(userAgent, state);
            }
        }, userAgents.Length);
        Console.WriteLine($"| {name} ({userAgents.Length:N0}) | {distinct:N0} | {cold:N0} | {coldCpu:N0} | {warm:N0} | {warm / cold:F0}x |");
    }

    /// <summary>
    /// The best rates of a few rounds, by wall time and by the thread's CPU time (which other tenants of shared cores
    /// inflate less); the first round also pays for JIT compilation of the matchers it reaches.
    /// </summary>
    private static (double Wall, double Cpu) Best(Action pass, int count)
    {
        var best = (Wall: 0.0, Cpu: 0.0);
        for (var round = 0; round < Rounds; round++)
        {
            var stopwatch = Stopwatch.StartNew();
            var cpuStarted = ThreadCpu.Microseconds();
            pass();
            var cpu = ThreadCpu.Microseconds() - cpuStarted;
            best = (Math.Max(best.Wall, count / stopwatch.Elapsed.TotalSeconds), Math.Max(best.Cpu, count / (cpu / 1e6)));
        }

        return best;
    }
}
