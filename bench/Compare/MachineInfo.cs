using System;
using System.IO;
using System.Runtime.InteropServices;

namespace EcsForge.Bench.Compare;

/// <summary>What the numbers were measured on, printed with them: throughput means little without it.</summary>
internal static class MachineInfo
{
    public static string Describe()
        => $"{Environment.ProcessorCount} logical processors, {CpuModel()}, {RuntimeInformation.OSDescription} ({RuntimeInformation.OSArchitecture}), {RuntimeInformation.FrameworkDescription}";

    /// <summary>The first "model name" of /proc/cpuinfo; other systems do not have the file and get their architecture only.</summary>
    private static string CpuModel()
    {
        try
        {
            foreach (var line in File.ReadLines("/proc/cpuinfo"))
            {
                if (line.StartsWith("model name", StringComparison.Ordinal) && line.IndexOf(':') is var colon and >= 0)
                {
                    return line[(colon + 1)..].Trim();
                }
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Fall through to the architecture.
        }

        return "CPU model unknown (" + RuntimeInformation.ProcessArchitecture + ")";
    }
}
