using System;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using EcsForge.Bench.Data;

namespace EcsForge.Bench.Commands;

/// <summary><c>generate</c>: sample raw events, one per line, to a file or stdout; a summary goes to stderr.</summary>
internal static class GenerateCommand
{
    public static int Run(string[] args)
    {
        string? slug = null;
        int? count = null;
        var seed = SampleEvents.DefaultSeed;
        string? outPath = null;
        for (var i = 0; i < args.Length; i++)
        {
            var arg = args[i];
            string error;
            switch (arg)
            {
                case "--seed":
                    if (!Arguments.TryTakeInt(args, ref i, int.MinValue, out seed, out error))
                    {
                        return Usage.Error(error);
                    }

                    break;
                case "--out":
                    if (!Arguments.TryTakeValue(args, ref i, out var path, out error))
                    {
                        return Usage.Error(error);
                    }

                    outPath = path;
                    break;
                case var _ when Usage.IsHelp(arg):
                    return Usage.Show();
                case var _ when Arguments.IsOption(arg):
                    return Usage.Error($"unknown option '{arg}' for generate");
                case var _ when slug is null:
                    slug = arg;
                    break;
                case var _ when count is null:
                    if (!Arguments.TryParseInt(arg, "<count>", 0, out var parsed, out error))
                    {
                        return Usage.Error(error);
                    }

                    count = parsed;
                    break;
                default:
                    return Usage.Error($"unexpected argument '{arg}' for generate");
            }
        }

        if (slug is null || count is null)
        {
            return Usage.Error("generate needs <slug> and <count>");
        }

        if (!SampleEvents.Supports(slug))
        {
            return Usage.Error($"no sample events for '{slug}' (known: {string.Join(", ", SampleEvents.Slugs)})");
        }

        var stopwatch = Stopwatch.StartNew();
        long bytes;
        try
        {
            using var output = outPath is null or "-" ? Console.OpenStandardOutput() : File.Create(outPath);
            bytes = SampleEvents.Write(slug, count.Value, seed, output);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Console.Error.WriteLine("ecsforge-bench: " + e.Message);
            return Usage.Failure;
        }

        var perLine = count.Value == 0 ? 0 : (double)bytes / count.Value;
        Console.Error.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"generated {count.Value} {slug} events, {bytes} bytes ({perLine:F1} bytes/line with newline) in {stopwatch.Elapsed.TotalSeconds:F2}s"));
        return Usage.Success;
    }
}
