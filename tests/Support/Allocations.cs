using System;

namespace EcsForge.Tests.Support;

/// <summary>Counts what a piece of code allocates in steady state, on this thread.</summary>
internal static class Allocations
{
    /// <summary>Runs <paramref name="action"/> once to warm up, then <paramref name="repetitions"/> times, and returns the bytes allocated.</summary>
    public static long Measure(Action action, int repetitions)
    {
        action();
        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < repetitions; i++)
        {
            action();
        }

        return GC.GetAllocatedBytesForCurrentThread() - before;
    }
}
