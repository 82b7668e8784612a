namespace EcsForge.Bench.Compare;

/// <summary>The datasets <c>compare</c> times, each with its hand-written mappers (the tests check them too).</summary>
internal static class ComparedDatasets
{
    /// <summary>Events whose outputs are compared before timing: every kind of generated event occurs many times in them.</summary>
    internal const int CheckedEvents = 2_000;

    internal static readonly ComparedDataset[] All =
    [
        new("Cloudflare firewall events", "cloudflare-firewall-events", "JsonNode",
            () => new FirewallJsonNodeMapper(), () => new FirewallFloorMapper()),
        new("Pulse Connect Secure", "pulse-connect-secure", "Regex", () => new PulseRegexMapper(), () => new PulseFloorMapper()),
        new("Nozomi CMC (CEF, catalogue)", "nozomi-cmc", "Regex", () => new NozomiRegexMapper(), () => new NozomiFloorMapper(),
            Catalogue: "Nozomi/nozomi-cmc"),
        new("Netfilter (syslog + grok, catalogue)", "netfilter", "Regex", () => new NetfilterRegexMapper(), () => new NetfilterFloorMapper(),
            Catalogue: "Netfilter/netfilter"),
    ];
}
