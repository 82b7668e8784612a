using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using EcsForge.Bench.Commands;
using EcsForge.Bench.Data;
using EcsForge.Importer.Compilation;
using EcsForge.Parsers;
using EcsForge.Routing;

namespace EcsForge.Bench.Compare;

/// <summary>
/// <c>compare</c>: the generated parsers against what a user would write instead (JsonNode, Regex) and against the
/// best hand-written code (the floor), on the same generated events, in one process. Hand-written mappers are first
/// checked to write exactly what the generated parser writes, so the timings compare the same work.
/// </summary>
internal static class CompareCommand
{
    private const int DefaultEvents = 200_000;

    private const int Passes = 3;

    public static int Run(string[] args)
    {
        var events = DefaultEvents;
        string? svgPath = null;
        var catalogue = CatalogueFormats.DefaultDirectory;
        for (var i = 0; i < args.Length; i++)
        {
            string error;
            switch (args[i])
            {
                case "--events":
                    if (!Arguments.TryTakeInt(args, ref i, 1, out events, out error))
                    {
                        return Usage.Error(error);
                    }

                    break;
                case "--svg":
                    if (!Arguments.TryTakeValue(args, ref i, out var path, out error))
                    {
                        return Usage.Error(error);
                    }

                    svgPath = path;
                    break;
                case "--catalogue":
                    if (!Arguments.TryTakeValue(args, ref i, out var directory, out error))
                    {
                        return Usage.Error(error);
                    }

                    catalogue = directory;
                    break;
                case var arg when Usage.IsHelp(arg):
                    return Usage.Show();
                case var arg:
                    return Usage.Error($"unexpected argument '{arg}' for compare");
            }
        }

        var progress = Console.Error;
        var total = Stopwatch.StartNew();
        var router = new IntakeRouter(IntakeFormatRegistry.All);
        var comparisons = new List<DatasetComparison>();
        var skipped = new List<(string Dataset, string Reason)>();
        CompiledCatalogue? compiled = null;
        try
        {
            IntakeRouter? catalogueRouter = null;
            if (Directory.Exists(catalogue))
            {
                progress.WriteLine($"compare: importing and compiling {string.Join(", ", CatalogueFormats.Datasets.Select(d => d.Catalogue))} from {catalogue}");
                (compiled, _) = CatalogueFormats.Compile(catalogue);
                catalogueRouter = new IntakeRouter(compiled.Formats);
            }

            foreach (var dataset in ComparedDatasets.All)
            {
                var from = dataset.Catalogue is null ? router : catalogueRouter;
                if (from is null)
                {
                    skipped.Add((dataset.Title, $"skipped: {catalogue} not found"));
                    continue;
                }

                if (!from.TryGetFormat(dataset.Slug, out var format))
                {
                    Console.Error.WriteLine($"ecsforge-bench: no compiled parser for '{dataset.Slug}'");
                    return Usage.Failure;
                }

                var comparison = Compare(dataset, new GeneratedMapper(from, format), events);
                if (comparison is null)
                {
                    return Usage.Failure;
                }

                comparisons.Add(comparison);
            }
        }
        catch (InvalidDataException e)
        {
            Console.Error.WriteLine($"ecsforge-bench: the catalogue formats of compare: {e.Message}");
            return Usage.Failure;
        }
        finally
        {
            compiled?.Dispose();
        }

        var machine = MachineInfo.Describe();
        CompareTable.Write(Console.Out, comparisons, skipped, events, Passes, machine);
        if (svgPath is not null)
        {
            try
            {
                SvgChart.Write(svgPath, comparisons, events, Passes, machine);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                Console.Error.WriteLine("ecsforge-bench: " + e.Message);
                return Usage.Failure;
            }

            Console.Out.WriteLine();
            Console.Out.WriteLine("Chart written to " + svgPath);
        }

        Console.Out.WriteLine();
        Console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Total run time: {total.Elapsed.TotalSeconds:F1} s"));
        var rejected = comparisons.TrueForAll(c => c.Generated.Failed + c.Baseline.Failed + c.Floor.Failed == 0);
        return rejected ? Usage.Success : Usage.Failure;
    }

    /// <summary>Generates the events, checks the hand-written mappers against the generated one, then times all three; null on a mismatch.</summary>
    private static DatasetComparison? Compare(ComparedDataset dataset, IEventMapper generated, int events)
    {
        var progress = Console.Error;
        var stopwatch = Stopwatch.StartNew();
        var batch = SampleBatch.Generate(dataset.Slug, events);
        long inputBytes = 0;
        for (var i = 0; i < batch.Count; i++)
        {
            inputBytes += batch[i].Length;
        }

        progress.WriteLine(string.Create(CultureInfo.InvariantCulture, $"compare: {events:N0} {dataset.Slug} events ({inputBytes / 1e6:F1} MB) generated in {stopwatch.Elapsed.TotalSeconds:F1} s"));
        var baseline = dataset.CreateBaseline();
        var floor = dataset.CreateFloor();
        var checkedEvents = Math.Min(ComparedDatasets.CheckedEvents, batch.Count);
        foreach (var candidate in (IEventMapper[])[baseline, floor])
        {
            if (!OutputEquivalence.Check(batch, checkedEvents, generated, candidate, progress))
            {
                return null;
            }
        }

        progress.WriteLine($"compare: {dataset.Title}: the hand-written mappers write the generated parser's output on the first {checkedEvents} events");
        var results = MapperTimer.Measure(
            dataset.Title,
            [generated, baseline, floor],
            batch,
            inputBytes,
            Passes,
            line => progress.WriteLine(string.Create(CultureInfo.InvariantCulture, $"compare: {dataset.Title}: {line}")));
        foreach (var result in results)
        {
            if (result.Failed > 0)
            {
                progress.WriteLine($"compare: {result.Mapper} rejected {result.Failed} events");
            }
        }

        return new DatasetComparison(dataset.Title, dataset.BaselineKind, results[0], results[1], results[2]);
    }
}
