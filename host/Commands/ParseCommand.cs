using System;
using System.Globalization;
using System.CommandLine;
using System.IO;
using System.Threading;
using EcsForge.Host.Cli;
using EcsForge.Host.IO;
using EcsForge.Parsers;
using EcsForge.Routing;

namespace EcsForge.Host.Commands;

/// <summary>
/// <c>parse</c>: raw events, one per line, to ECS NDJSON on stdout; failures to a dead-letter file. One parsing thread
/// by default, <c>--threads N</c> for N; reading and writing run on threads of their own, and the output keeps the
/// input order (<see cref="ParallelParse"/>). Its command line is <see cref="ParseCommandLine"/>.
/// </summary>
public static class ParseCommand
{
    public static int Run(System.CommandLine.ParseResult command, ParseOptions options)
    {
        var router = new IntakeRouter(IntakeFormatRegistry.All);
        if (FormatArgument.Resolve(router, command, options.Format) is not { } format)
        {
            return ExitCodes.Usage;
        }

        if (options.InputPath is not null && Directory.Exists(options.InputPath))
        {
            return UsageError.Report(command, $"'{options.InputPath}' is a directory: give a file of raw events, one per line, or - for stdin");
        }

        if (options.UserAgentCacheEntries is { } userAgentCacheEntries)
        {
            EcsForge.UserAgents.UserAgentParser.ConfigureShared(userAgentCacheEntries);
        }

        // Opened before any input is read, so a wrong path fails at once and no output is lost to it.
        DeadLetterFile deadLetter;
        try
        {
            deadLetter = DeadLetterFile.Open(options.DeadLetterPath);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Console.Error.WriteLine($"ecsforge: cannot open the dead-letter file '{options.DeadLetterPath}': {e.Message}");
            return ExitCodes.Failure;
        }

        using var interrupt = new CancellationTokenSource();
        ConsoleCancelEventHandler onInterrupt = (_, e) =>
        {
            // The first Ctrl+C stops reading and prints the summary of what was written; a second one kills.
            e.Cancel = !interrupt.IsCancellationRequested;
            interrupt.Cancel();
        };
        Console.CancelKeyPress += onInterrupt;
        var counters = new ParseCounters();
        ParseStats stats;
        try
        {
            using var input = OpenInput(options.InputPath, interrupt.Token);
            using var output = OpenOutput(options.OutputPath);
            using (ProgressLine.StartIfWanted(options.Quiet, counters))
            {
                stats = ParallelParse.Execute(router, format, input, output, deadLetter.Take, options.Threads ?? 1, interrupt.Token, counters);
            }
        }
        catch (IOException e) when (options.OutputPath is null && StandardOutput.IsBrokenPipe(e))
        {
            // `ecsforge parse ... | head -1`: the reader of the output is gone, so there is nothing left to do.
            Console.Error.WriteLine("ecsforge: output closed (broken pipe); stopped reading");
            return ExitCodes.Success;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Console.Error.WriteLine("ecsforge: " + e.Message);
            return ExitCodes.Failure;
        }
        finally
        {
            Console.CancelKeyPress -= onInterrupt;
            deadLetter.Close();
        }

        Console.Error.WriteLine(Summary(stats, interrupt.IsCancellationRequested, deadLetter.Path));
        return stats.Failed > 0 ? ExitCodes.EventsFailed : ExitCodes.Success;
    }

    /// <summary>
    /// The summary line on stderr: <c>in=… parsed=… failed=… skipped=… elapsed=…s events/s=…</c>, the dead-letter path
    /// when events failed, and an <c>interrupted: </c> prefix after Ctrl+C.
    /// </summary>
    public static string Summary(ParseStats stats, bool interrupted, string deadLetterPath)
    {
        var summary = string.Create(
            CultureInfo.InvariantCulture,
            $"in={stats.In} parsed={stats.Parsed} failed={stats.Failed} skipped={stats.Skipped} elapsed={stats.Elapsed.TotalSeconds:F3}s events/s={stats.EventsPerSecond:F0}");
        return (interrupted ? "interrupted: " : string.Empty) + (stats.Failed > 0 ? summary + " dead-letter=" + deadLetterPath : summary);
    }

    /// <summary>A line of nothing but spaces, tabs and a CR is no event: it is skipped, and counted as skipped.</summary>
    internal static bool IsBlank(ReadOnlySpan<byte> line) => line.TrimStart(" \t\r"u8).IsEmpty;

    /// <summary>A CRLF line's '\r' is part of its terminator, not of the original message.</summary>
    internal static ReadOnlySpan<byte> WithoutCarriageReturn(ReadOnlySpan<byte> line)
        => line.EndsWith("\r"u8) ? line[..^1] : line;

    /// <summary>The output file, created or truncated, or stdout.</summary>
    private static Stream OpenOutput(string? path)
    {
        // Each write is a block of events already, hence no FileStream buffer.
        return path is null
            ? StandardOutput.Open()
            : new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.Read, bufferSize: 0);
    }

    private static Stream OpenInput(string? path, CancellationToken stop)
    {
        // Each read fills a block of lines, hence no FileStream buffer. A file never keeps a read waiting; stdin may.
        return path is null
            ? new InterruptibleInput(Console.OpenStandardInput(), stop)
            : new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 0, FileOptions.SequentialScan);
    }

}
