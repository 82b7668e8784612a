using System;

namespace EcsForge.Bench.Data;

internal static class RandomExtensions
{
    public static bool Chance(this Random random, int percent) => random.Next(100) < percent;

    public static T Pick<T>(this Random random, T[] values) => values[random.Next(values.Length)];
}
