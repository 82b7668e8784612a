using System;
using System.Buffers;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using EcsForge.Bench.Commands;
using EcsForge.Bench.Data;
using EcsForge.Parsers;
using EcsForge.Routing;

namespace EcsForge.Bench.Compare;

/// <summary>
/// <c>paired</c>: generated/floor of the shipped compared datasets, as the median of many paired rounds (generated,
/// floor, generated, floor) in one process. A busy spell of the shared machine then costs both sides of a round, so
/// the ratio moves far less between runs than <c>compare</c>'s best passes do: enough to tell a change of 2% from noise.
/// </summary>
internal static class PairedCommand
{
    private const int DefaultRounds = 10;

    private const int DefaultEvents = 40_000;

    public static int Run(string[] args)
    {
        var rounds = DefaultRounds;
        var events = DefaultEvents;
        for (var i = 0; i < args.Length; i++)
        {
            string error;
            switch (args[i])
            {
                case "--rounds":
                    if (!Arguments.TryTakeInt(args, ref i, 1, out rounds, out error))
                    {
                        return Usage.Error(error);
                    }

                    break;
                case "--events":
                    if (!Arguments.TryTakeInt(args, ref i, 1, out events, out error))
                    {
                        return Usage.Error(error);
                    }

                    break;
                case var arg when Usage.IsHelp(arg):
                    return Usage.Show();
                case var arg:
                    return Usage.Error($"unexpected argument '{arg}' for paired");
            }
        }

        var router = new IntakeRouter(IntakeFormatRegistry.All);
        Console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{rounds} rounds of generated, floor, generated, floor on {events:N0} events each; load average {ThreadCpu.LoadAverage()}"));
        foreach (var dataset in ComparedDatasets.All)
        {
            if (dataset.Catalogue is not null || !router.TryGetFormat(dataset.Slug, out var format))
            {
                continue;
            }

            var batch = SampleBatch.Generate(dataset.Slug, events);
            var generated = new GeneratedMapper(router, format);
            var floor = dataset.CreateFloor();
            if (!OutputEquivalence.Check(batch, Math.Min(ComparedDatasets.CheckedEvents, batch.Count), generated, floor, Console.Error))
            {
                return Usage.Failure;
            }

            var ratios = Measure(generated, floor, batch, rounds);
            Console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{dataset.Title}: generated/floor median {Quantile(ratios, 0.5):F3} (quartiles {Quantile(ratios, 0.25):F3}..{Quantile(ratios, 0.75):F3})"));
        }

        Console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"load average {ThreadCpu.LoadAverage()}"));
        return Usage.Success;
    }

    /// <summary>The ratio of each round: the floor's time over the generated parser's, each summed over its two passes.</summary>
    private static List<double> Measure(IEventMapper generated, IEventMapper floor, SampleBatch batch, int rounds)
    {
        var output = new ArrayBufferWriter<byte>(64 * 1024);

        // Warm-up: JIT tiering, buffer sizes, the user-agent cache.
        for (var i = 0; i < 2; i++)
        {
            Time(generated, batch, output);
            Time(floor, batch, output);
        }

        var ratios = new List<double>(rounds);
        for (var round = 0; round < rounds; round++)
        {
            var generatedTime = Time(generated, batch, output);
            var floorTime = Time(floor, batch, output);
            generatedTime += Time(generated, batch, output);
            floorTime += Time(floor, batch, output);
            ratios.Add(floorTime / generatedTime);
        }

        ratios.Sort();
        return ratios;
    }

    private static double Time(IEventMapper mapper, SampleBatch batch, ArrayBufferWriter<byte> output)
    {
        var stopwatch = Stopwatch.StartNew();
        for (var i = 0; i < batch.Count; i++)
        {
            mapper.TryMap(batch[i], output);
            output.ResetWrittenCount();
        }

        return stopwatch.Elapsed.TotalSeconds;
    }

    /// <summary>A quantile of sorted values, the nearest rank below.</summary>
    private static double Quantile(List<double> sorted, double quantile) => sorted[(int)(quantile * (sorted.Count - 1))];
}
