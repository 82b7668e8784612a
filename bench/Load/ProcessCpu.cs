using System;
using System.Globalization;
using System.IO;
using System.Linq;

namespace EcsForge.Bench.Load;

/// <summary>CPU time of a process from <c>/proc/PID/stat</c> (user + system, children excluded), as the kernel accounts it.</summary>
internal static class ProcessCpu
{
    /// <summary>Clock ticks per second of /proc; 100 on every Linux this runs on (sysconf is not reachable from .NET).</summary>
    private const double TicksPerSecond = 100;

    /// <summary>CPU seconds used so far; 0 once the process is gone.</summary>
    public static double Seconds(int pid)
    {
        string stat;
        try
        {
            stat = File.ReadAllText($"/proc/{pid}/stat");
        }
        catch (IOException)
        {
            return 0;
        }

        // The command name (field 2) may hold spaces: fields are counted after its closing parenthesis.
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        return (long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture)) / TicksPerSecond;
    }

    /// <summary>The broker's Erlang VM (<c>beam.smp</c>); null when none runs on this machine (a remote broker).</summary>
    public static int? FindBeam()
    {
        foreach (var directory in Directory.EnumerateDirectories("/proc"))
        {
            try
            {
                if (int.TryParse(Path.GetFileName(directory), out var pid)
                    && File.ReadAllText(Path.Combine(directory, "comm")).Trim() == "beam.smp"
                    && File.ReadAllText(Path.Combine(directory, "cmdline")).Split('\0').Contains("rabbit"))
                {
                    return pid;
                }
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // Not a process, gone meanwhile, or not ours to read.
            }
        }

        return null;
    }
}
