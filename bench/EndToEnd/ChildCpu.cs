using System;
using System.Runtime.InteropServices;

namespace EcsForge.Bench.EndToEnd;

/// <summary>
/// CPU time (user + system) of this process's exited and reaped children (Linux <c>getrusage(RUSAGE_CHILDREN)</c>):
/// the difference around one CLI run is that run's CPU, which the machine's other load inflates much less than wall time.
/// </summary>
internal static partial class ChildCpu
{
    private const int RusageChildren = -1;

    /// <summary>Seconds so far, or NaN where getrusage is unavailable.</summary>
    public static double Seconds()
    {
        if (!OperatingSystem.IsLinux() || GetResourceUsage(RusageChildren, out var usage) != 0)
        {
            return double.NaN;
        }

        return usage.UserSeconds + (usage.UserMicroseconds / 1e6) + usage.SystemSeconds + (usage.SystemMicroseconds / 1e6);
    }

    [DllImport("libc", EntryPoint = "getrusage")]
    private static extern int GetResourceUsage(int who, out ResourceUsage usage);

    /// <summary><c>struct rusage</c> (144 bytes on 64-bit Linux): its two timevals, then room for the fields not read.</summary>
    [StructLayout(LayoutKind.Sequential, Size = 144)]
    private struct ResourceUsage
    {
        public long UserSeconds;
        public long UserMicroseconds;
        public long SystemSeconds;
        public long SystemMicroseconds;
    }
}
