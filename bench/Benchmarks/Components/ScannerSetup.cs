using System;
using EcsForge.Pipelines;

namespace EcsForge.Bench.Benchmarks.Components;

/// <summary>What every parse-step scanner suite checks before timing: each sample line gives a dict, so no figure times a rejection.</summary>
internal static class ScannerSetup
{
    public static void RequireDicts(byte[][] lines, string scanner, Func<ValueArena, Value, Value> parse)
    {
        var arena = new ValueArena();
        for (var i = 0; i < lines.Length; i++)
        {
            arena.Reset();
            var parsed = parse(arena, arena.Utf8String(lines[i]));
            if (parsed.Kind != ValueKind.Dict || arena.Count(parsed) == 0)
            {
                throw new InvalidOperationException($"{scanner} does not read sample line {i}: {System.Text.Encoding.UTF8.GetString(lines[i])}");
            }
        }
    }
}
