using System;
using System.Text.Json;

namespace EcsForge.Bench.Data;

/// <summary>
/// Raw <c>firewall_events</c> as Logpush writes them: every field of the dataset, in Logpush's (alphabetical) order,
/// with values that agree with each other (status codes with the action, ASN and country with the IP).
/// </summary>
internal sealed class FirewallEventGenerator : IEventGenerator
{
    private static readonly JsonEncodedText Firewall = JsonText.Go("firewall");

    /// <summary>Cloudflare's country code for Tor exit nodes.</summary>
    private static readonly JsonEncodedText TorCountry = JsonText.Go("t1");

    private static readonly JsonEncodedText Tor = JsonText.Go("tor");

    private static readonly JsonEncodedText RateLimit = JsonText.Go("ratelimit");

    private static readonly WeightedPool<JsonEncodedText> IpClasses = new(
        (JsonText.Go("noRecord"), 70), (JsonText.Go("unknown"), 8), (JsonText.Go("searchEngine"), 5), (JsonText.Go("badHost"), 5),
        (JsonText.Go("scan"), 4), (JsonText.Go("monitoringService"), 3), (JsonText.Go("allowlist"), 2), (Tor, 3));

    private static readonly WeightedPool<JsonEncodedText> Colos = new(
        (JsonText.Go("CDG"), 8), (JsonText.Go("FRA"), 7), (JsonText.Go("AMS"), 6), (JsonText.Go("LHR"), 7), (JsonText.Go("MRS"), 2),
        (JsonText.Go("IAD"), 8), (JsonText.Go("EWR"), 5), (JsonText.Go("ORD"), 4), (JsonText.Go("SJC"), 5), (JsonText.Go("LAX"), 4),
        (JsonText.Go("NRT"), 3), (JsonText.Go("HKG"), 3), (JsonText.Go("SIN"), 3), (JsonText.Go("SYD"), 2), (JsonText.Go("GRU"), 2),
        (JsonText.Go("BOM"), 2));

    /// <summary>Statuses of requests the firewall let through.</summary>
    private static readonly WeightedPool<int> PassedStatuses = new(
        (200, 70), (304, 8), (404, 8), (302, 5), (301, 3), (206, 1), (403, 1), (500, 2), (502, 1), (503, 1));

    private static readonly WeightedPool<JsonEncodedText> RefererPaths = new(
        (JsonText.Go("/"), 10), (JsonText.Go("/search"), 6), (JsonText.Go("/products/42"), 2), (JsonText.Go("/blog/été"), 1),
        (JsonText.Go("/url"), 3));

    private static readonly WeightedPool<JsonEncodedText> RefererQueries = new(
        (JsonText.Go(""), 12), (JsonText.Go("?q=example+shoes"), 3), (JsonText.Go("?sa=t&rct=j&q=&esrc=s&source=web"), 2),
        (JsonText.Go("?q=東京"), 1));

    private static readonly JsonEncodedText Https = JsonText.Go("https");

    private readonly Random _random;
    private readonly WeightedPool<FirewallRule> _rules;
    private readonly EventClock _clock = new(maxStepMilliseconds: 40);

    public FirewallEventGenerator(Random random)
    {
        _random = random;
        _rules = FirewallRules.Create(random);
    }

    public void WriteEvent(Utf8JsonWriter json)
    {
        var random = _random;
        var network = Networks.All.Pick(random);
        var rule = _rules.Pick(random);
        var action = FirewallAction.All.Pick(random);
        var ipClass = IpClasses.Pick(random);
        var edgeStatus = action.StopsRequest ? (rule.Source.Equals(RateLimit) ? 429 : 403) : PassedStatuses.Pick(random);
        var method = WebRequests.Methods.Pick(random);
        Span<byte> text = stackalloc byte[IpAddresses.MaxLength];

        json.WriteStartObject();
        json.WriteString("Action"u8, action.Name);
        json.WriteNumber("ClientASN"u8, network.Asn);
        json.WriteString("ClientASNDescription"u8, network.Description);
        json.WriteString("ClientCountry"u8, ipClass.Equals(Tor) ? TorCountry : network.Country);
        var ipLength = random.Chance(15) ? IpAddresses.WriteIPv6(random, network, text) : IpAddresses.WriteIPv4(random, network, text);
        json.WriteString("ClientIP"u8, text[..ipLength]);
        json.WriteString("ClientIPClass"u8, ipClass);
        WriteReferer(json, random);
        json.WriteNumber("ClientRequestBytes"u8, method.Equals(WebRequests.Post) ? random.Next(800, 6_000) : random.Next(250, 2_000));
        json.WriteString("ClientRequestHost"u8, Sites.Hosts.Pick(random));
        json.WriteString("ClientRequestMethod"u8, method);
        WebRequests.WritePath(json, "ClientRequestPath"u8, random);
        json.WriteString("ClientRequestProtocol"u8, WebRequests.Protocols.Pick(random));
        WebRequests.WriteQuery(json, "ClientRequestQuery"u8, random);
        json.WriteString("ClientRequestScheme"u8, WebRequests.Schemes.Pick(random));
        json.WriteString("ClientRequestUserAgent"u8, UserAgents.All.Pick(random));
        json.WriteNumber("ClientSrcPort"u8, random.Next(1024, 65536));
        json.WriteNumber("Datetime"u8, _clock.NextUnixMilliseconds(random) * 1_000_000);
        json.WriteString("Description"u8, rule.Description);
        json.WriteString("EdgeColoCode"u8, Colos.Pick(random));
        json.WriteNumber("EdgeResponseStatus"u8, edgeStatus);
        json.WriteString("Kind"u8, Firewall);
        json.WriteNumber("MatchIndex"u8, random.Chance(80) ? 0 : random.Next(1, 4));
        json.WriteStartObject("Metadata"u8);
        foreach (var (key, value) in rule.Metadata)
        {
            json.WriteString(key, value);
        }

        json.WriteEndObject();
        // Cached responses report no origin status either.
        json.WriteNumber("OriginResponseStatus"u8, action.StopsRequest || random.Chance(10) ? 0 : edgeStatus);
        WriteRayId(json, "OriginatorRayID"u8, random, present: action.AnswersChallenge, text);
        WriteRayId(json, "RayID"u8, random, present: true, text);
        json.WriteString("Ref"u8, rule.Reference);
        json.WriteString("RuleID"u8, rule.RuleId);
        json.WriteString("Source"u8, rule.Source);
        json.WriteEndObject();
    }

    /// <summary>Most requests have no referer, and then all four referer fields are empty.</summary>
    private static void WriteReferer(Utf8JsonWriter json, Random random)
    {
        if (random.Chance(70))
        {
            json.WriteString("ClientRefererHost"u8, ""u8);
            json.WriteString("ClientRefererPath"u8, ""u8);
            json.WriteString("ClientRefererQuery"u8, ""u8);
            json.WriteString("ClientRefererScheme"u8, ""u8);
            return;
        }

        json.WriteString("ClientRefererHost"u8, Sites.RefererHosts.Pick(random));
        json.WriteString("ClientRefererPath"u8, RefererPaths.Pick(random));
        json.WriteString("ClientRefererQuery"u8, RefererQueries.Pick(random));
        json.WriteString("ClientRefererScheme"u8, Https);
    }

    private static void WriteRayId(Utf8JsonWriter json, ReadOnlySpan<byte> propertyName, Random random, bool present, Span<byte> scratch)
    {
        if (!present)
        {
            json.WriteString(propertyName, ""u8);
            return;
        }

        var rayId = scratch[..Identifiers.RayIdLength];
        Identifiers.WriteHex(random, rayId);
        json.WriteString(propertyName, rayId);
    }
}
