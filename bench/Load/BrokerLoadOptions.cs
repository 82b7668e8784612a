using System;
using System.Linq;
using EcsForge.Bench.Commands;
using EcsForge.Bench.Data;

namespace EcsForge.Bench.Load;

/// <summary>
/// The arguments of <c>load --broker</c>: <c>--broker AMQP_URI [--hosts 1,2] [--workers N] [--events N] [--batch N]
/// [--prefetch N] [--warmup N] [--format SLUG] [--seed N]</c>.
/// </summary>
internal sealed record BrokerLoadOptions(Uri Broker, int[] Hosts, int Workers, int Events, int BatchSize, int Prefetch, int WarmupBatches, string Format, int Seed)
{
    /// <returns>The options, or null with <paramref name="error"/> set.</returns>
    public static BrokerLoadOptions? TryParse(string[] args, out string error)
    {
        Uri? broker = null;
        int[] hosts = [1, 2];
        var (workers, events, batch, prefetch, warmup, seed) = (1, 100_000, 1_000, 4, 10, SampleEvents.DefaultSeed);
        var format = "cloudflare-firewall-events";
        for (var i = 0; i < args.Length; i++)
        {
            var ok = args[i] switch
            {
                "--broker" => Arguments.TryTakeValue(args, ref i, out var text, out error) && TryParseBroker(text, out broker, out error),
                "--hosts" => Arguments.TryTakeValue(args, ref i, out var list, out error) && TryParseHosts(list, out hosts, out error),
                "--workers" => Arguments.TryTakeInt(args, ref i, 1, out workers, out error),
                "--events" => Arguments.TryTakeInt(args, ref i, 1, out events, out error),
                "--batch" => Arguments.TryTakeInt(args, ref i, 1, out batch, out error),
                "--prefetch" => Arguments.TryTakeInt(args, ref i, 1, out prefetch, out error),
                "--warmup" => Arguments.TryTakeInt(args, ref i, 0, out warmup, out error),
                "--format" => Arguments.TryTakeValue(args, ref i, out format, out error),
                "--seed" => Arguments.TryTakeInt(args, ref i, int.MinValue, out seed, out error),
                var other => Fail($"unexpected argument '{other}' for load --broker", out error),
            };
            if (!ok)
            {
                return null;
            }
        }

        if (!SampleEvents.Supports(format))
        {
            error = $"no sample events for '{format}' (known: {string.Join(", ", SampleEvents.Slugs)})";
            return null;
        }

        error = "";
        return new BrokerLoadOptions(broker!, hosts, workers, events, batch, prefetch, warmup, format, seed);
    }

    private static bool TryParseBroker(string text, out Uri? broker, out string error)
    {
        var ok = Uri.TryCreate(text, UriKind.Absolute, out broker) && broker.Scheme is "amqp" or "amqps";
        error = ok ? "" : $"--broker must be an amqp:// URI, not '{text}'";
        return ok;
    }

    private static bool TryParseHosts(string text, out int[] hosts, out string error)
    {
        hosts = text.Split(',').Select(h => int.TryParse(h, out var n) && n > 0 ? n : 0).ToArray();
        var ok = hosts.All(h => h > 0);
        error = ok ? "" : $"--hosts takes host counts separated by commas (1,2), not '{text}'";
        return ok;
    }

    private static bool Fail(string message, out string error)
    {
        error = message;
        return false;
    }
}
