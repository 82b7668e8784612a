using System;

namespace EcsForge.Host.Commands;

/// <summary>The arguments of <c>parse</c>: <c>--format &lt;slug|uuid&gt; [FILE] [--dead-letter PATH] [--threads N]</c>.</summary>
public sealed class ParseOptions
{
    public const string DefaultDeadLetterPath = "dead-letter.ndjson";

    private ParseOptions(string format, string? inputPath, string deadLetterPath, int? threads)
    {
        Format = format;
        InputPath = inputPath;
        DeadLetterPath = deadLetterPath;
        Threads = threads;
    }

    public string Format { get; }

    /// <summary>The input file, or null for stdin.</summary>
    public string? InputPath { get; }

    public string DeadLetterPath { get; }

    /// <summary>
    /// Parsing workers, with reading and writing on threads of their own; null (no <c>--threads</c>) parses, reads
    /// and writes on the calling thread: one core.
    /// </summary>
    public int? Threads { get; }

    /// <returns>The options, or null with <paramref name="error"/> set.</returns>
    public static ParseOptions? TryParse(ReadOnlySpan<string> args, out string error)
    {
        string? format = null;
        string? input = null;
        string? deadLetter = null;
        string? threads = null;
        for (var i = 0; i < args.Length; i++)
        {
            var arg = args[i];
            switch (arg)
            {
                case "--format" or "-f":
                    if (!TryTakeValue(args, ref i, ref format, out error))
                    {
                        return null;
                    }

                    break;
                case "--threads":
                    if (!TryTakeValue(args, ref i, ref threads, out error))
                    {
                        return null;
                    }

                    break;
                case "--dead-letter":
                    if (!TryTakeValue(args, ref i, ref deadLetter, out error))
                    {
                        return null;
                    }

                    break;
                case "":
                    error = "parse got an empty argument";
                    return null;
                case "-":
                case not ['-', ..]:
                    if (input is not null)
                    {
                        error = $"parse takes one input file, got '{input}' and '{arg}'";
                        return null;
                    }

                    input = arg;
                    break;
                default:
                    error = $"unknown option '{arg}' for parse";
                    return null;
            }
        }

        if (format is null)
        {
            error = "parse needs --format <slug|uuid>";
            return null;
        }

        int? threadCount = null;
        if (threads is not null)
        {
            if (!int.TryParse(threads, out var count) || count < 1 || count > 256)
            {
                error = $"--threads takes a number of workers from 1 to 256, got '{threads}'";
                return null;
            }

            threadCount = count;
        }

        error = string.Empty;
        return new ParseOptions(format, input is "-" ? null : input, deadLetter ?? DefaultDeadLetterPath, threadCount);
    }

    private static bool TryTakeValue(ReadOnlySpan<string> args, ref int i, ref string? target, out string error)
    {
        var option = args[i];
        if (target is not null)
        {
            error = $"{option} is given twice";
            return false;
        }

        if (i + 1 >= args.Length || args[i + 1].Length == 0)
        {
            error = $"{option} needs a value";
            return false;
        }

        target = args[++i];
        error = string.Empty;
        return true;
    }
}
