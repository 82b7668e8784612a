using System;
using System.Buffers;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using EcsForge.Bench.Commands;
using EcsForge.Routing;

namespace EcsForge.Bench.EndToEnd;

/// <summary>The same file's lines parsed in this process once the parser is warm: the figure the CLI should approach.</summary>
internal static class InProcessRun
{
    /// <summary>Lines parsed before timing, so the JIT has tiered the parser up.</summary>
    private const int WarmUpLines = 200_000;

    /// <summary>Events per second of wall time and of this thread's CPU time, one entry per timed pass over the file.</summary>
    public static (double[] Wall, double[] Cpu) EventsPerSecond(IntakeRouter router, IntakeFormat format, string inputPath, int passes)
    {
        var lines = new List<byte[]>();
        foreach (var line in File.ReadLines(inputPath))
        {
            lines.Add(System.Text.Encoding.UTF8.GetBytes(line));
        }

        var output = new ArrayBufferWriter<byte>(1 << 20);
        for (var i = 0; i < Math.Min(WarmUpLines, lines.Count); i++)
        {
            output.ResetWrittenCount();
            router.Parse(format, lines[i], output);
        }

        var wall = new double[passes];
        var cpu = new double[passes];
        for (var pass = 0; pass < passes; pass++)
        {
            var cpuStarted = ThreadCpu.Microseconds();
            var stopwatch = Stopwatch.StartNew();
            foreach (var line in lines)
            {
                output.ResetWrittenCount();
                router.Parse(format, line, output);
            }

            wall[pass] = lines.Count / stopwatch.Elapsed.TotalSeconds;
            cpu[pass] = lines.Count / ((ThreadCpu.Microseconds() - cpuStarted) / 1e6);
        }

        return (wall, cpu);
    }
}
