using System;
using System.Globalization;
using System.Text.Json;

namespace EcsForge.Bench.Data;

/// <summary>
/// The rule set of the sample zones: every documented <c>Source</c>, each with rules shaped like that product's
/// (ruleset ids for the rules engine, numeric ids for the legacy WAF, no id for security level and the like).
/// Rule ids are drawn from the seed so a stream is reproducible.
/// </summary>
internal static class FirewallRules
{
    private enum Shape
    {
        /// <summary>Rulesets engine: 32-hex rule id, metadata giving the ruleset's version.</summary>
        Ruleset,

        /// <summary>Legacy firewall rules: 32-hex rule id, metadata giving the rule type.</summary>
        Filter,

        /// <summary>Legacy managed WAF: numeric rule id, metadata naming the rule group.</summary>
        LegacyWaf,

        /// <summary>IP access rules and similar: 32-hex rule id, no metadata.</summary>
        AccessRule,

        /// <summary>Built-in protections: no rule id, no metadata.</summary>
        BuiltIn,
    }

    public static WeightedPool<FirewallRule> Create(Random random)
    {
        (FirewallRule, int)[] rules =
        [
            (Rule(random, "firewallmanaged", Shape.Ruleset, JsonText.Go("Log4j Headers"), ""), 6),
            (Rule(random, "firewallmanaged", Shape.Ruleset, JsonText.Go("SQLi - Comment"), ""), 5),
            (Rule(random, "firewallmanaged", Shape.Ruleset, JsonText.Go("XSS - JavaScript Events"), ""), 4),
            (Rule(random, "firewallmanaged", Shape.Ruleset, JsonText.Go("Apache Struts - Code Injection - CVE:CVE-2017-5638"), ""), 2),
            (Rule(random, "firewallmanaged", Shape.Ruleset, JsonText.Go("WordPress - Dangerous File Upload - CVE:CVE-2020-25213"), ""), 3),
            (Rule(random, "firewallmanaged", Shape.Ruleset, JsonText.Go("Anomaly:Header:User-Agent - Missing"), ""), 3),
            (Rule(random, "firewallmanaged", Shape.Ruleset, JsonText.Go("Version Control - Information Disclosure"), ""), 2),
            (Rule(random, "firewallcustom", Shape.Ruleset, JsonText.Go("Block admin outside office network"), "block-admin"), 6),
            (Rule(random, "firewallcustom", Shape.Ruleset, JsonText.Go("Challenge requêtes hors Europe"), "geo-challenge"), 5),
            (Rule(random, "firewallcustom", Shape.Ruleset, JsonText.Ascii("Bloquer l'accès à /wp-login.php"), ""), 4),
            (Rule(random, "firewallcustom", Shape.Ruleset, JsonText.Go("管理画面へのアクセスを拒否"), "jp-admin"), 2),
            (Rule(random, "firewallcustom", Shape.Ruleset, JsonText.Go("Allow <uptime> monitors & health checks"), "monitoring"), 3),
            (Rule(random, "ratelimit", Shape.Ruleset, JsonText.Go("Login: 10 requests per minute"), "rl-login"), 6),
            (Rule(random, "ratelimit", Shape.Ruleset, JsonText.Go("API > 1000 requests per 5 minutes"), ""), 4),
            (Rule(random, "l7ddos", Shape.Ruleset, JsonText.Go("HTTP requests with unusual HTTP headers or URI path (signature #39)"), ""), 3),
            (Rule(random, "apishield", Shape.Ruleset, JsonText.Go("Schema validation: POST /api/v2/orders"), ""), 1),
            (Rule(random, "dlp", Shape.Ruleset, JsonText.Go("Credit card numbers in responses"), ""), 1),
            (Rule(random, "botmanagement", Shape.Ruleset, JsonText.Go("Definitely automated traffic"), ""), 4),
            (Rule(random, "waf", Shape.LegacyWaf, JsonText.Go("SQLi - AND/OR Digit Operation - CVE:CVE-2018-15517"), ""), 4),
            (Rule(random, "waf", Shape.LegacyWaf, JsonText.Go("XSS, HTML Injection - Script Tag"), ""), 4),
            (Rule(random, "firewallrules", Shape.Filter, JsonText.Go("Block bad bots & scrapers"), "bots"), 5),
            (Rule(random, "firewallrules", Shape.Filter, JsonText.Go("Challenge Tor exit nodes"), ""), 3),
            (Rule(random, "ip", Shape.AccessRule, JsonText.Go("Scanner seen hammering /wp-login.php"), ""), 2),
            (Rule(random, "iprange", Shape.AccessRule, JsonText.Go(""), ""), 2),
            (Rule(random, "country", Shape.AccessRule, JsonText.Go(""), ""), 2),
            (Rule(random, "asn", Shape.AccessRule, JsonText.Go("Hosting providers"), ""), 1),
            (Rule(random, "zonelockdown", Shape.AccessRule, JsonText.Go("Lockdown /admin"), ""), 1),
            (Rule(random, "uablock", Shape.AccessRule, JsonText.Go("Block zgrab"), ""), 2),
            (Rule(random, "securitylevel", Shape.BuiltIn, JsonText.Go(""), ""), 12),
            (Rule(random, "botfight", Shape.BuiltIn, JsonText.Go(""), ""), 8),
            (Rule(random, "bic", Shape.BuiltIn, JsonText.Go(""), ""), 3),
            (Rule(random, "hot", Shape.BuiltIn, JsonText.Go(""), ""), 1),
            (Rule(random, "validation", Shape.BuiltIn, JsonText.Go(""), ""), 1),
            (Rule(random, "unknown", Shape.BuiltIn, JsonText.Go(""), ""), 1),
        ];
        return new WeightedPool<FirewallRule>(rules);
    }

    private static FirewallRule Rule(Random random, string source, Shape shape, JsonEncodedText description, string reference)
    {
        var ruleId = shape switch
        {
            Shape.LegacyWaf => random.Next(100_000, 999_999).ToString(CultureInfo.InvariantCulture),
            Shape.BuiltIn => "",
            _ => Identifiers.NewHex(random, 32),
        };
        (JsonEncodedText, JsonEncodedText)[] metadata = shape switch
        {
            Shape.Ruleset =>
            [
                (JsonText.Go("ruleset_version"), JsonText.Go(random.Next(1, 90).ToString(CultureInfo.InvariantCulture))),
                (JsonText.Go("type"), JsonText.Go(source == "firewallmanaged" ? "managed" : "customer")),
            ],
            Shape.Filter => [(JsonText.Go("type"), JsonText.Go("customer"))],
            Shape.LegacyWaf => [(JsonText.Go("group"), JsonText.Go("cloudflare_specials"))],
            _ => [],
        };
        return new FirewallRule(JsonText.Go(source), JsonText.Go(ruleId), description, JsonText.Go(reference), metadata);
    }
}
