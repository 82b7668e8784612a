using System;
using System.Diagnostics;
using System.Runtime.InteropServices;

namespace EcsForge.Bench.Commands;

/// <summary>The calling thread's CPU time on Linux (<c>CLOCK_THREAD_CPUTIME_ID</c>; elsewhere, wall time), and the load average.</summary>
internal static partial class ThreadCpu
{
    private const int ClockThreadCpuTimeId = 3;

    public static double Microseconds()
    {
        if (OperatingSystem.IsLinux() && ClockGetTime(ClockThreadCpuTimeId, out var time) == 0)
        {
            return (time.Seconds * 1e6) + (time.Nanoseconds / 1e3);
        }

        return Stopwatch.GetTimestamp() * 1e6 / Stopwatch.Frequency;
    }

    /// <summary>The one-minute load average: other processes share the cores, so timings mean little without it.</summary>
    public static string LoadAverage()
        => System.IO.File.Exists("/proc/loadavg") ? System.IO.File.ReadAllText("/proc/loadavg").Split(' ')[0] : "unknown";

    [DllImport("libc", EntryPoint = "clock_gettime")]
    private static extern int ClockGetTime(int clock, out TimeSpec time);

    [StructLayout(LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }
}
