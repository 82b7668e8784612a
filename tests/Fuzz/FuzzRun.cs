using System;
using CsCheck;

namespace EcsForge.Tests.Fuzz;

/// <summary>
/// How the fuzz tests run: in CI, a short run from fixed seeds (the same inputs every time); for a longer hunt,
/// <c>ECSFORGE_FUZZ_ITERATIONS=200000 ECSFORGE_FUZZ_SEED=7 dotnet test --filter "FullyQualifiedName~Tests.Fuzz"</c>.
/// A failure names the iteration and seed that reproduce it.
/// </summary>
internal static class FuzzRun
{
    public static int Iterations => int.TryParse(Environment.GetEnvironmentVariable("ECSFORGE_FUZZ_ITERATIONS"), out var n) ? n : 2_000;

    public static ulong Seed => ulong.TryParse(Environment.GetEnvironmentVariable("ECSFORGE_FUZZ_SEED"), out var seed) ? seed : 20261202;

    /// <summary>Runs <paramref name="property"/> on <see cref="Iterations"/> inputs drawn from <paramref name="gen"/>, deterministically from <see cref="Seed"/>.</summary>
    public static void Each<T>(Gen<T> gen, Action<T> property)
    {
        var seed = Seed;
        for (var i = 0; i < Iterations; i++)
        {
            var input = gen.Generate(new PCG(1, seed + (ulong)i), null, out _);
            try
            {
                property(input);
            }
            catch (Exception e)
            {
                throw new InvalidOperationException($"fuzz iteration {i} (ECSFORGE_FUZZ_SEED={seed}) failed: {e.Message}", e);
            }
        }
    }
}
