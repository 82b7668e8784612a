using System;

namespace EcsForge.Bench;

internal static class Usage
{
    public const string Text = """
        Usage (from the repository root: dotnet run -c Release --project bench -- COMMAND ...):
          generate <slug> <count> [--seed N] [--out FILE]
              Write <count> raw events of intake format <slug>, one per line, to FILE (stdout when absent or '-').
              The same slug, count and seed (default 42) always give the same bytes. Slugs:
              cloudflare-firewall-events, cloudflare-access-requests, cloudflare-audit-logs, pulse-connect-secure.

          alloc [--events N]
              For each format: generate N events in memory (default 100000), parse them all once to warm up, then
              again into one reused buffer, and print the allocations and single-thread throughput of that pass.
              Formats with sample events but no compiled parser yet are skipped, with a note on stderr.

          bdn [BenchmarkDotNet arguments]
              Run the BenchmarkDotNet suite, e.g. bdn --filter '*' --job short.

        Exit codes: 0 success, 1 I/O error or events that failed to parse, 2 usage error.
        """;

    public const int Success = 0;

    public const int Failure = 1;

    public const int UsageError = 2;

    public static int Show()
    {
        Console.Out.WriteLine(Text);
        return Success;
    }

    /// <summary>Reports a usage error on stderr, followed by the usage text.</summary>
    public static int Error(string message)
    {
        Console.Error.WriteLine("ecsforge-bench: " + message);
        Console.Error.WriteLine();
        Console.Error.WriteLine(Text);
        return UsageError;
    }

    public static bool IsHelp(string arg) => arg is "--help" or "-h" or "help";
}
