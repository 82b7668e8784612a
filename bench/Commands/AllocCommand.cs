using System;
using System.Collections.Generic;
using System.Text;
using EcsForge.Bench.Allocation;
using EcsForge.Bench.Data;
using EcsForge.Parsers;
using EcsForge.Routing;

namespace EcsForge.Bench.Commands;

/// <summary><c>alloc</c>: allocations and single-thread throughput of parsing generated events, per format.</summary>
internal static class AllocCommand
{
    private const int DefaultEvents = 100_000;

    /// <summary>How much of a failed event to echo: enough to recognize it, not a screenful.</summary>
    private const int EchoedBytes = 300;

    public static int Run(string[] args)
    {
        var events = DefaultEvents;
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--events":
                    if (!Arguments.TryTakeInt(args, ref i, 1, out events, out var error))
                    {
                        return Usage.Error(error);
                    }

                    break;
                case var arg when Usage.IsHelp(arg):
                    return Usage.Show();
                case var arg:
                    return Usage.Error($"unexpected argument '{arg}' for alloc");
            }
        }

        var router = new IntakeRouter(IntakeFormatRegistry.All);
        var results = new List<AllocationResult>();
        foreach (var slug in SampleEvents.Slugs)
        {
            if (!router.TryGetFormat(slug, out var format))
            {
                // Sample events can exist before their dataset does; that is not a measurement failure.
                Console.Error.WriteLine($"ecsforge-bench: skipping '{slug}': no parser for it is compiled in yet");
                continue;
            }

            var batch = SampleBatch.Generate(slug, events);
            var result = AllocationProbe.Measure(router, format, batch);
            ReportFailures(result, batch);
            results.Add(result);
        }

        AllocationTable.Write(Console.Out, results);
        return results.TrueForAll(r => r.Failed == 0) ? Usage.Success : Usage.Failure;
    }

    private static void ReportFailures(AllocationResult result, SampleBatch batch)
    {
        foreach (var (line, failure) in result.FirstFailures)
        {
            var raw = batch[line];
            var echoed = Encoding.UTF8.GetString(raw[..Math.Min(raw.Length, EchoedBytes)]);
            Console.Error.WriteLine($"{result.Slug} line {line + 1}: {failure.Reason}");
            Console.Error.WriteLine("  " + echoed + (raw.Length > EchoedBytes ? "..." : ""));
        }
    }
}
