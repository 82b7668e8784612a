using System;

namespace EcsForge.Tests.Support;

/// <summary>Counts what a piece of code allocates in steady state, on this thread.</summary>
internal static class Allocations
{
    /// <summary>How many measurements may be taken: code that allocates does so in every one of them.</summary>
    private const int Attempts = 3;

    /// <summary>
    /// Runs <paramref name="action"/> once to warm up, then <paramref name="repetitions"/> times, and returns the bytes
    /// allocated and how many times the action ran. The bytes are the least of up to three measurements, since work of
    /// the runtime on other threads (a forced collection by an in-process host's memory trimmer, tiering) can now and
    /// then be charged to this thread's count, while an allocation of the code itself shows in every measurement.
    /// </summary>
    public static (long Allocated, int Calls) Measure(Action action, int repetitions)
    {
        action();
        var calls = 1;
        var least = long.MaxValue;
        for (var attempt = 0; attempt < Attempts && least > 0; attempt++)
        {
            var before = GC.GetAllocatedBytesForCurrentThread();
            for (var i = 0; i < repetitions; i++)
            {
                action();
            }

            least = Math.Min(least, GC.GetAllocatedBytesForCurrentThread() - before);
            calls += repetitions;
        }

        return (least, calls);
    }
}
