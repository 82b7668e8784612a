using System;
using System.Diagnostics;
using System.IO;

namespace EcsForge.Tests.Host;

/// <summary>The built <c>ecsforge</c> CLI (ecsforge.dll beside the tests) run as a child process, as a shell runs it.</summary>
internal static class CliProcess
{
    public static string Dll => Path.Combine(AppContext.BaseDirectory, "ecsforge.dll");

    public static ProcessStartInfo StartInfo(string workingDirectory, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            ArgumentList = { Dll },
            WorkingDirectory = workingDirectory,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        return start;
    }

    /// <summary>
    /// As <see cref="StartInfo"/>, with SIGINT handled by default in the child: a test run started in the background
    /// of a non-interactive shell (<c>.ci/run &amp;</c>) ignores SIGINT, and a child inherits that, so Ctrl+C would
    /// never reach the CLI. GNU env resets it.
    /// </summary>
    public static ProcessStartInfo StartInfoWithDefaultSigint(string workingDirectory, params string[] args)
    {
        var start = StartInfo(workingDirectory, args);
        start.ArgumentList.Insert(0, start.FileName);
        start.ArgumentList.Insert(0, "--default-signal=INT");
        start.FileName = "env";
        return start;
    }

    /// <summary>Runs the CLI to its end with an empty stdin.</summary>
    public static (int ExitCode, string Output, string Error) Run(string workingDirectory, params string[] args)
    {
        using var process = Process.Start(StartInfo(workingDirectory, args))!;
        process.StandardInput.Close();
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, output.Result, error);
    }
}
