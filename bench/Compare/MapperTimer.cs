using System;
using System.Buffers;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using EcsForge.Bench.Data;

namespace EcsForge.Bench.Compare;

/// <summary>
/// Times the mappers of one dataset on the calling thread: a warm-up pass each (JIT tiering, buffer sizing, caches),
/// then timed passes, each a single stopwatch over the whole batch with what the thread allocated during it; the best
/// pass of each mapper is kept. Passes are interleaved (one pass of every mapper, in rotating order, then the next), so
/// that when other work shares the machine, a busy spell costs every mapper a pass rather than all of one mapper's.
/// </summary>
internal static class MapperTimer
{
    public static MapperResult[] Measure(string dataset, IReadOnlyList<IEventMapper> mappers, SampleBatch batch, long inputBytes, int passes, Action<string> progress)
    {
        var output = new ArrayBufferWriter<byte>(64 * 1024);
        var best = new TimeSpan[mappers.Count];
        var allocated = new long[mappers.Count];
        var failed = new int[mappers.Count];
        for (var m = 0; m < mappers.Count; m++)
        {
            var warmUp = Stopwatch.StartNew();
            Run(mappers[m], batch, output);
            progress(string.Create(CultureInfo.InvariantCulture, $"{mappers[m].Name}: warm-up pass {warmUp.Elapsed.TotalSeconds:F1} s"));
            best[m] = TimeSpan.MaxValue;
            allocated[m] = long.MaxValue;
        }

        for (var pass = 0; pass < passes; pass++)
        {
            for (var i = 0; i < mappers.Count; i++)
            {
                var m = (i + pass) % mappers.Count;

                // Garbage left by the previous pass is not this pass's cost; what this pass makes still is.
                GC.Collect();
                GC.WaitForPendingFinalizers();
                GC.Collect();
                var before = GC.GetAllocatedBytesForCurrentThread();
                var stopwatch = Stopwatch.StartNew();
                var passFailed = Run(mappers[m], batch, output);
                stopwatch.Stop();
                allocated[m] = Math.Min(allocated[m], GC.GetAllocatedBytesForCurrentThread() - before);
                if (stopwatch.Elapsed < best[m])
                {
                    best[m] = stopwatch.Elapsed;
                    failed[m] = passFailed;
                }

                progress(string.Create(CultureInfo.InvariantCulture, $"{mappers[m].Name}: pass {pass + 1}: {batch.Count / stopwatch.Elapsed.TotalSeconds:N0} events/s"));
            }
        }

        var results = new MapperResult[mappers.Count];
        for (var m = 0; m < mappers.Count; m++)
        {
            results[m] = new MapperResult(dataset, mappers[m].Name, batch.Count, inputBytes, best[m], allocated[m], failed[m]);
        }

        return results;
    }

    /// <summary>Maps every event into one reused buffer, as a pipeline handing each event on would; returns the rejected count.</summary>
    private static int Run(IEventMapper mapper, SampleBatch batch, ArrayBufferWriter<byte> output)
    {
        var failed = 0;
        for (var i = 0; i < batch.Count; i++)
        {
            if (!mapper.TryMap(batch[i], output))
            {
                failed++;
            }

            output.ResetWrittenCount();
        }

        return failed;
    }
}
