using System;
using EcsForge.Bench.Commands;
using EcsForge.Bench.Data;

namespace EcsForge.Bench.Load;

/// <summary>
/// The arguments of <c>load</c>: <c>--url URL --key KEY [--events N] [--batch N] [--concurrency C] [--warmup N]
/// [--format SLUG] [--seed N]</c>.
/// </summary>
internal sealed record LoadOptions(Uri Url, string Key, int Events, int BatchSize, int Concurrency, int WarmupBatches, string Format, int Seed)
{
    /// <returns>The options, or null with <paramref name="error"/> set.</returns>
    public static LoadOptions? TryParse(string[] args, out string error)
    {
        Uri? url = null;
        string? key = null;
        var events = 100_000;
        var batch = 1_000;
        var concurrency = 4;
        var warmup = 20;
        var format = "cloudflare-firewall-events";
        var seed = SampleEvents.DefaultSeed;
        for (var i = 0; i < args.Length; i++)
        {
            var ok = args[i] switch
            {
                "--url" => Arguments.TryTakeValue(args, ref i, out var text, out error) && TryParseUrl(text, out url, out error),
                "--key" => Arguments.TryTakeValue(args, ref i, out key, out error),
                "--events" => Arguments.TryTakeInt(args, ref i, 1, out events, out error),
                "--batch" => Arguments.TryTakeInt(args, ref i, 1, out batch, out error),
                "--concurrency" => Arguments.TryTakeInt(args, ref i, 1, out concurrency, out error),
                "--warmup" => Arguments.TryTakeInt(args, ref i, 0, out warmup, out error),
                "--format" => Arguments.TryTakeValue(args, ref i, out format, out error),
                "--seed" => Arguments.TryTakeInt(args, ref i, int.MinValue, out seed, out error),
                var other => Fail($"unexpected argument '{other}' for load", out error),
            };
            if (!ok)
            {
                return null;
            }
        }

        if (url is null || string.IsNullOrEmpty(key))
        {
            error = "load needs --url and --key";
            return null;
        }

        if (!SampleEvents.Supports(format))
        {
            error = $"no sample events for '{format}' (known: {string.Join(", ", SampleEvents.Slugs)})";
            return null;
        }

        error = "";
        return new LoadOptions(url, key, events, batch, concurrency, warmup, format, seed);
    }

    private static bool TryParseUrl(string text, out Uri? url, out string error)
    {
        var ok = Uri.TryCreate(text, UriKind.Absolute, out url) && url.Scheme is "http" or "https";
        error = ok ? "" : $"--url must be an absolute http(s) URL, not '{text}'";
        return ok;
    }

    private static bool Fail(string message, out string error)
    {
        error = message;
        return false;
    }
}
