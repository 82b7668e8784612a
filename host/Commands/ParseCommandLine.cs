using System.CommandLine;
using System.Linq;
using EcsForge.Host.Cli;
using EcsForge.UserAgents;

namespace EcsForge.Host.Commands;

/// <summary>
/// <c>parse</c>'s command line: <c>--format &lt;slug|uuid&gt; [FILE|-] [-o PATH] [--dead-letter PATH] [--threads N]
/// [--user-agent-cache N] [--quiet]</c>.
/// </summary>
public static class ParseCommandLine
{
    public const int MaxThreads = 256;

    public static Command Create()
    {
        var format = FormatArgument.Option();
        var input = new Argument<string?>("FILE")
        {
            Description = "Raw events, one per line; stdin when absent or '-'.",
            Arity = ArgumentArity.ZeroOrOne,
        }.Rejected();
        input.Validators.Add(result =>
        {
            // Tokens, not the converted value: a validator that converts would throw on a value that does not convert.
            if (result.Tokens.Any(token => token.Value.Length == 0))
            {
                result.AddError("FILE cannot be empty: give a file, or - for stdin");
            }
        });
        var output = new Option<string?>("--output", "-o")
        {
            Description = "Write the events to this file (created or truncated), not stdout.",
            HelpName = "PATH",
        };
        var deadLetter = new Option<string>("--dead-letter")
        {
            Description = "Append failed events and their reasons to this NDJSON file, opened before any input is read.",
            HelpName = "PATH",
            DefaultValueFactory = _ => ParseOptions.DefaultDeadLetterPath,
        };
        var threads = new Option<int?>("--threads")
        {
            Description = "Parse on N threads (1 to 256), output in input order; default: 1. Reading and writing have threads of their own.",
            HelpName = "N",
        };
        threads.Validators.Add(result =>
        {
            if (result.Tokens is [{ Value: var value }] && int.TryParse(value, out var count) && count is < 1 or > MaxThreads)
            {
                result.AddError($"--threads takes a number of workers from 1 to {MaxThreads}, got {count}");
            }
        });
        var userAgentCache = new Option<int?>("--user-agent-cache")
        {
            Description = $"Keep N recent distinct user agents parsed (1 to {UserAgentParser.MaximumCacheCapacity}); default: {UserAgentParser.DefaultCacheCapacity}.",
            HelpName = "N",
        };
        userAgentCache.Validators.Add(result =>
        {
            if (result.Tokens is [{ Value: var value }] && int.TryParse(value, out var count) && count is < 1 or > UserAgentParser.MaximumCacheCapacity)
            {
                result.AddError($"--user-agent-cache takes a number of entries from 1 to {UserAgentParser.MaximumCacheCapacity}, got {count}");
            }
        });
        var quiet = new Option<bool>("--quiet", "-q")
        {
            Description = "No progress line on stderr (shown only on a terminal).",
        };

        var command = new Command("parse", """
            Parse raw events, one per line, and write one ECS JSON object per line (NDJSON) to stdout or --output.
            Failed events go to the dead-letter file; blank lines are skipped. The summary goes to stderr:
            in=N parsed=N failed=N skipped=N, with in = parsed + failed + skipped. Exit code 0 when every event
            parsed, 3 when some or all failed, 1 on an I/O error, 2 on a usage error (a directory as FILE included).
            Ctrl+C stops reading and prints the summary of what was written; a closed output pipe stops the run.
            """)
        {
            format, input, output, deadLetter, threads, userAgentCache, quiet,
        };
        command.SetAction(result => ParseCommand.Run(result, new ParseOptions
        {
            Format = result.GetRequiredValue(format),
            InputPath = result.GetValue(input) is "-" ? null : result.GetValue(input),
            OutputPath = result.GetValue(output),
            DeadLetterPath = result.GetRequiredValue(deadLetter),
            Threads = result.GetValue(threads),
            UserAgentCacheEntries = result.GetValue(userAgentCache),
            Quiet = result.GetValue(quiet),
        }));
        return command;
    }
}
