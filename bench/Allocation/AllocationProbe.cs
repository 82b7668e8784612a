using System;
using System.Buffers;
using System.Collections.Generic;
using System.Diagnostics;
using EcsForge.Bench.Data;
using EcsForge.Parsing;
using EcsForge.Routing;

namespace EcsForge.Bench.Allocation;

/// <summary>Measures what parsing a batch allocates on the calling thread, once the parser is warm.</summary>
internal static class AllocationProbe
{
    private const int FailuresKept = 5;

    public static AllocationResult Measure(IntakeRouter router, IntakeFormat format, SampleBatch batch)
    {
        var output = new ArrayBufferWriter<byte>(64 * 1024);

        // The warm-up pass JITs and tiers the parser, sizes the buffer and the thread's session, and notes failures;
        // none of that belongs to the steady state the measured pass reports.
        var failures = new List<(int Line, ParseResult Result)>(FailuresKept);
        for (var i = 0; i < batch.Count; i++)
        {
            var result = router.Parse(format, batch[i], output);
            output.ResetWrittenCount();
            if (!result.Success && failures.Count < FailuresKept)
            {
                failures.Add((i, result));
            }
        }

        var parsed = 0;
        var before = GC.GetAllocatedBytesForCurrentThread();
        var stopwatch = Stopwatch.StartNew();
        for (var i = 0; i < batch.Count; i++)
        {
            if (router.Parse(format, batch[i], output).Success)
            {
                parsed++;
            }

            output.ResetWrittenCount();
        }

        stopwatch.Stop();
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        return new AllocationResult(format.Slug, batch.Count, parsed, batch.Count - parsed, allocated, stopwatch.Elapsed, failures);
    }
}
