using System;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Threading;

namespace EcsForge.Bench.EndToEnd;

/// <summary>One run of the built <c>ecsforge parse</c> on a file: wall time, CPU time and peak resident memory (VmHWM).</summary>
internal sealed record CliRun(TimeSpan Elapsed, double CpuSeconds, long PeakResidentBytes, int ExitCode)
{
    public static CliRun Parse(string cliDll, string slug, string inputPath, int threads)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        // The ECS output is written (every write system call is made) to the null device: a file on this VM's disk made
        // the figures depend on its write-back of earlier runs' gigabytes more than on the CLI.
        var outputPath = OperatingSystem.IsWindows() ? "NUL" : "/dev/null";
        foreach (var argument in new[] { cliDll, "parse", "--format", slug, inputPath, "-o", outputPath, "--dead-letter", inputPath + ".dead-letter" })
        {
            start.ArgumentList.Add(argument);
        }

        if (threads > 0)
        {
            start.ArgumentList.Add("--threads");
            start.ArgumentList.Add(threads.ToString(CultureInfo.InvariantCulture));
        }

        var cpuBefore = ChildCpu.Seconds();
        var stopwatch = Stopwatch.StartNew();
        using var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start");
        var drain = process.StandardOutput.BaseStream.CopyToAsync(Stream.Null);
        var errors = process.StandardError.ReadToEndAsync();
        long peak = 0;
        while (!process.WaitForExit(50))
        {
            peak = Math.Max(peak, PeakResident(process.Id));
        }

        drain.Wait();
        stopwatch.Stop();
        if (process.ExitCode != 0)
        {
            Console.Error.WriteLine(errors.Result);
        }

        return new CliRun(stopwatch.Elapsed, ChildCpu.Seconds() - cpuBefore, peak, process.ExitCode);
    }

    /// <summary>The process's peak resident set (Linux VmHWM), 0 when unavailable or the process is gone.</summary>
    private static long PeakResident(int processId)
    {
        try
        {
            foreach (var line in File.ReadLines($"/proc/{processId}/status"))
            {
                if (line.StartsWith("VmHWM:", StringComparison.Ordinal))
                {
                    var kilobytes = line.AsSpan(6).Trim().TrimEnd("kB").Trim();
                    return long.Parse(kilobytes, CultureInfo.InvariantCulture) * 1024;
                }
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // The process ended between two polls.
        }

        Thread.Yield();
        return 0;
    }
}
