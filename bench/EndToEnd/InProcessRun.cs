using System;
using System.Buffers;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Threading;
using EcsForge.Bench.Commands;
using EcsForge.Routing;

namespace EcsForge.Bench.EndToEnd;

/// <summary>
/// The same file's lines parsed in this process once the parser is warm, on one thread or split in equal shares over
/// N threads: the figure the CLI should approach, and how far the parser itself scales on this machine.
/// </summary>
internal static class InProcessRun
{
    /// <summary>Lines parsed before timing, so the JIT has tiered the parser up.</summary>
    private const int WarmUpLines = 200_000;

    /// <summary>
    /// Events per second of wall time and of CPU time (the parsing threads' together), one entry per timed pass over
    /// the file.
    /// </summary>
    public static (double[] Wall, double[] Cpu) EventsPerSecond(IntakeRouter router, IntakeFormat format, string inputPath, int passes, int threads = 1)
    {
        var lines = new List<byte[]>();
        foreach (var line in File.ReadLines(inputPath))
        {
            lines.Add(System.Text.Encoding.UTF8.GetBytes(line));
        }

        ParseShare(router, format, lines, 0, Math.Min(WarmUpLines, lines.Count));
        var wall = new double[passes];
        var cpu = new double[passes];
        for (var pass = 0; pass < passes; pass++)
        {
            var cpuSeconds = new double[threads];
            var workers = new Thread[threads];
            using var start = new Barrier(threads + 1);
            for (var t = 0; t < threads; t++)
            {
                var share = t;
                workers[t] = new Thread(() =>
                {
                    var from = (int)((long)lines.Count * share / threads);
                    var to = (int)((long)lines.Count * (share + 1) / threads);
                    // Each thread's parser session is its own: warm it before the clock starts.
                    ParseShare(router, format, lines, from, Math.Min(to, from + (WarmUpLines / threads)));
                    start.SignalAndWait();
                    var cpuStarted = ThreadCpu.Microseconds();
                    ParseShare(router, format, lines, from, to);
                    cpuSeconds[share] = (ThreadCpu.Microseconds() - cpuStarted) / 1e6;
                });
                workers[t].Start();
            }

            start.SignalAndWait();
            var stopwatch = Stopwatch.StartNew();
            foreach (var worker in workers)
            {
                worker.Join();
            }

            wall[pass] = lines.Count / stopwatch.Elapsed.TotalSeconds;
            var totalCpu = 0.0;
            foreach (var seconds in cpuSeconds)
            {
                totalCpu += seconds;
            }

            cpu[pass] = lines.Count / totalCpu;
        }

        return (wall, cpu);
    }

    private static void ParseShare(IntakeRouter router, IntakeFormat format, List<byte[]> lines, int from, int to)
    {
        var output = new ArrayBufferWriter<byte>(1 << 20);
        for (var i = from; i < to; i++)
        {
            output.ResetWrittenCount();
            router.Parse(format, lines[i], output);
        }
    }
}
