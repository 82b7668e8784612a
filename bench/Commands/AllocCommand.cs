using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using EcsForge.Bench.Allocation;
using EcsForge.Bench.Data;
using EcsForge.Importer.Compilation;
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
        string? catalogue = null;
        var imported = new List<string>();
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
                case "--catalogue" or "--only" when i + 1 >= args.Length:
                    return Usage.Error($"{args[i]} needs a value");
                case "--catalogue":
                    catalogue = args[++i];
                    break;
                case "--only":
                    imported.Add(args[++i].TrimEnd('/'));
                    break;
                case var arg when Usage.IsHelp(arg):
                    return Usage.Show();
                case var arg:
                    return Usage.Error($"unexpected argument '{arg}' for alloc");
            }
        }

        if (catalogue is not null)
        {
            return imported.Count == 0 ? Usage.Error("--catalogue needs at least one --only Vendor/format") : RunImported(catalogue, imported, events);
        }

        if (imported.Count > 0)
        {
            return Usage.Error("--only needs --catalogue DIR");
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

            results.Add(Measure(router, format, SampleBatch.Generate(slug, events)));
        }

        AllocationTable.Write(Console.Out, results);
        return results.TrueForAll(r => r.Failed == 0) ? Usage.Success : Usage.Failure;
    }

    /// <summary>
    /// Imports the named catalogue formats, compiles them in memory with the generator, and measures each on its test
    /// cases' messages repeated to <paramref name="events"/> events.
    /// </summary>
    private static int RunImported(string catalogue, IReadOnlyList<string> names, int events)
    {
        var formats = ImportedFormats.Load(catalogue, names);
        using var compiled = CatalogueCompiler.Compile(formats.Select(f => f.Dataset).ToList());
        foreach (var (name, errors) in compiled.Rejected)
        {
            Console.Error.WriteLine($"ecsforge-bench: {name} does not compile: {errors}");
        }

        var router = new IntakeRouter(compiled.Formats);
        var results = new List<AllocationResult>();
        foreach (var (dataset, messages) in formats)
        {
            if (!router.TryGetFormat(dataset.Slug, out var format) || messages.Count == 0)
            {
                continue;
            }

            results.Add(Measure(router, format, SampleBatch.Repeat(messages, events)));
        }

        AllocationTable.Write(Console.Out, results);
        return compiled.Rejected.Count == 0 && results.Count == names.Count ? Usage.Success : Usage.Failure;
    }

    private static AllocationResult Measure(IntakeRouter router, IntakeFormat format, SampleBatch batch)
    {
        var result = AllocationProbe.Measure(router, format, batch);
        ReportFailures(result, batch);
        return result;
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
