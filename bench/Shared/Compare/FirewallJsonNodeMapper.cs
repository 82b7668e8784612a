using System;
using System.Buffers;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using EcsForge.Inference;
using EcsForge.Parsing;
using EcsForge.Text;
using EcsForge.UserAgents;
using static EcsForge.Bench.Compare.JsonNodePath;

namespace EcsForge.Bench.Compare;

/// <summary>
/// Cloudflare firewall events mapped the way a user would write it without EcsForge: parse the message into a
/// <see cref="JsonNode"/> tree, build the ECS event as a <see cref="JsonObject"/> from mapping tables, write it out.
/// It produces what the generated parser produces, inferred fields included, so the two can be timed against each other.
/// </summary>
internal sealed class FirewallJsonNodeMapper : IEventMapper
{
    /// <summary>Fields copied as they are (type kept); a second source is read when the first has no value.</summary>
    private static readonly (string From, string? Or, string To)[] Copies =
    [
        ("ClientCountry", null, "source.geo.country_name"),
        ("ClientRequestHost", null, "destination.domain"),
        ("ClientRequestHost", null, "url.domain"),
        ("ClientRequestMethod", null, "http.request.method"),
        ("ClientRequestProtocol", null, "http.version"),
        ("ClientRequestPath", null, "url.path"),
        ("ClientRequestScheme", null, "url.scheme"),
        ("ClientRequestQuery", null, "url.query"),
        ("ClientRequestUserAgent", null, "user_agent.original"),
        ("Action", null, "event.action"),
        ("RuleId", null, "rule.id"),
        ("Description", null, "rule.description"),
        ("Ref", null, "rule.reference"),
        ("clientRequestHTTPProtocol", "ClientRequestProtocol", "network.protocol"),
        ("rulesetId", null, "rule.ruleset"),
        ("ClientRequestReferer", null, "http.request.referrer"),
        ("ClientSSLCipher", null, "tls.cipher"),
        ("ClientSSLProtocol", null, "tls.version_protocol"),
        ("RayID", null, "cloudflare.RayID"),
        ("EdgeColoCode", null, "cloudflare.EdgeColoCode"),
        ("clientASNDescription", null, "cloudflare.clientASNDescription"),
        ("metadata", null, "cloudflare.metadata"),
        ("ClientIPClass", null, "cloudflare.ClientIPClass"),
        ("Source", null, "cloudflare.source"),
        ("OriginatorRayID", null, "cloudflare.OriginatorRayID"),
        ("Kind", null, "cloudflare.Kind"),
        ("ClientRefererHost", null, "cloudflare.ClientRefererHost"),
        ("ClientRefererPath", null, "cloudflare.ClientRefererPath"),
        ("ClientRefererQuery", null, "cloudflare.ClientRefererQuery"),
        ("ClientRefererScheme", null, "cloudflare.ClientRefererScheme"),
    ];

    /// <summary>ECS <c>long</c> fields: integers, or strings holding one; anything else is dropped.</summary>
    private static readonly (string From, string To)[] Integers =
    [
        ("EdgeResponseStatus", "http.response.status_code"),
        ("ClientRequestBytes", "http.request.bytes"),
        ("ClientSrcPort", "source.port"),
    ];

    /// <summary>Custom <c>number</c> fields: any number, or a string holding one.</summary>
    private static readonly (string From, string? Or, string To)[] Numbers =
    [
        ("EdgeResponseStatus", null, "cloudflare.EdgeResponseStatus"),
        ("matchIndex", null, "cloudflare.matchIndex"),
        ("OriginResponseStatus", null, "cloudflare.OriginResponseStatus"),
    ];

    private static readonly Dictionary<string, string> EventTypes = new(StringComparer.Ordinal)
    {
        ["unknown"] = "info",
        ["allow"] = "allowed",
        ["block"] = "denied",
        ["challenge"] = "info",
        ["jschallenge"] = "info",
        ["log"] = "info",
        ["connectionclose"] = "end",
        ["challengesolved"] = "allowed",
        ["challengefailed"] = "denied",
        ["challengebypassed"] = "allowed",
        ["jschallengesolved"] = "allowed",
        ["jschallengefailed"] = "denied",
        ["jschallengebypassed"] = "allowed",
        ["bypass"] = "allowed",
        ["managedchallenge"] = "info",
        ["managedchallengeskipped"] = "allowed",
        ["managedchallengenoninteractivesolved"] = "allowed",
        ["managedchallengeinteractivesolved"] = "allowed",
        ["managedchallengebypassed"] = "allowed",
    };

    // One writer reused across events, as a service would; only the tree work is per event.
    private readonly JsonNodeOutput _output = new();

    public string Name => "JsonNode (hand-written)";

    public bool TryMap(ReadOnlySpan<byte> input, ArrayBufferWriter<byte> output)
    {
        JsonObject raw;
        try
        {
            if (JsonNode.Parse(input) is not JsonObject parsed)
            {
                return false;
            }

            raw = parsed;

            // The tree is built on first access; a property named twice fails there (the generated parser keeps the last).
            _ = raw.Count;
        }
        catch (JsonException)
        {
            return false;
        }
        catch (ArgumentException)
        {
            return false;
        }

        var ecs = Map(raw);
        _output.Write(ecs, output);
        return true;
    }

    private static JsonObject Map(JsonObject raw)
    {
        var ecs = new JsonObject();
        foreach (var (from, or, to) in Copies)
        {
            if (Pick(raw, from, or) is { } value)
            {
                Set(ecs, to, value.DeepClone());
            }
        }

        foreach (var (from, to) in Integers)
        {
            if (Pick(raw, from, null) is { } value && TryGetInteger(value, out var integer))
            {
                Set(ecs, to, integer);
            }
        }

        foreach (var (from, or, to) in Numbers)
        {
            if (Pick(raw, from, or) is { } value && ToNumber(value) is { } number)
            {
                Set(ecs, to, number);
            }
        }

        if (Pick(raw, "Datetime", null) is { } datetime && ToTimestamp(datetime) is { } timestamp)
        {
            ecs["@timestamp"] = timestamp;
        }

        if (Pick(raw, "ClientIP", null) is JsonValue clientIp && clientIp.GetValueKind() == JsonValueKind.String
            && IpAddressText.IsIpAddress(Encoding.UTF8.GetBytes(clientIp.GetValue<string>())))
        {
            Set(ecs, "source.ip", clientIp.GetValue<string>());
        }

        if (Pick(raw, "Action", null) is JsonValue action && action.GetValueKind() == JsonValueKind.String
            && EventTypes.TryGetValue(action.GetValue<string>(), out var eventType))
        {
            Set(ecs, "event.type", new JsonArray(eventType));
        }

        if (Pick(raw, "Source", null) is { } product)
        {
            Set(ecs, "event.module", "cloudflare." + Text(product));
        }

        Set(ecs, "event.category", new JsonArray("network"));
        Set(ecs, "event.dataset", "firewall-events");
        Set(ecs, "observer.vendor", "Cloudflare");
        Set(ecs, "observer.type", "firewall");
        Infer(ecs);
        return ecs;
    }

    /// <summary>What the platform adds after parsing: user-agent parts, addresses, domain parts and the related.* lists.</summary>
    private static void Infer(JsonObject ecs)
    {
        // A user would call a user-agent library too: the same cached parser the generated code uses.
        if (StringAt(ecs, "user_agent", "original") is { } userAgent && UserAgentParser.Shared.Parse(userAgent) is { } agent)
        {
            SetIfPresent(ecs, "user_agent.name", agent.Name);
            SetIfPresent(ecs, "user_agent.version", agent.Version);
            SetIfPresent(ecs, "user_agent.os.name", agent.OperatingSystemName);
            SetIfPresent(ecs, "user_agent.os.version", agent.OperatingSystemVersion);
            SetIfPresent(ecs, "user_agent.device.name", agent.DeviceName);
        }

        var sourceIp = StringAt(ecs, "source", "ip");
        var destinationDomain = StringAt(ecs, "destination", "domain");
        var urlDomain = StringAt(ecs, "url", "domain");
        if (sourceIp is not null)
        {
            Set(ecs, "source.address", sourceIp);
            Set(ecs, "related.ip", new JsonArray(sourceIp));
        }

        if (destinationDomain is not null)
        {
            Set(ecs, "destination.address", destinationDomain);
            SetDomainParts(ecs, destinationDomain, "destination.registered_domain", "destination.top_level_domain", "destination.subdomain");
        }

        if (urlDomain is not null)
        {
            SetDomainParts(ecs, urlDomain, "url.registered_domain", "url.top_level_domain", "url.subdomain");
        }

        var hosts = new List<string>();
        foreach (var host in new[] { destinationDomain, urlDomain })
        {
            if (host is not null && !hosts.Contains(host))
            {
                hosts.Add(host);
            }
        }

        if (hosts.Count > 0)
        {
            var list = new JsonArray();
            hosts.ForEach(host => list.Add(host));
            Set(ecs, "related.hosts", list);
        }
    }

    private static void SetDomainParts(JsonObject ecs, string domain, string registeredPath, string topLevelPath, string subdomainPath)
    {
        var utf8 = Encoding.UTF8.GetBytes(domain);
        if (!PublicSuffixList.TrySplit(utf8, out var parts))
        {
            return;
        }

        Set(ecs, registeredPath, Encoding.UTF8.GetString(parts.RegisteredDomain(utf8)));
        Set(ecs, topLevelPath, Encoding.UTF8.GetString(parts.TopLevelDomain(utf8)));
        if (parts.HasSubdomain)
        {
            Set(ecs, subdomainPath, Encoding.UTF8.GetString(parts.Subdomain(utf8)));
        }
    }

    /// <summary>The first of the two sources that has a value: missing, null, "", [] and {} count as none.</summary>
    private static JsonNode? Pick(JsonObject raw, string from, string? or)
    {
        var value = raw[from];
        if (HasValue(value))
        {
            return value;
        }

        return or is not null && HasValue(raw[or]) ? raw[or] : null;
    }

    private static bool HasValue(JsonNode? node) => node switch
    {
        null => false,
        JsonObject o => o.Count > 0,
        JsonArray a => a.Count > 0,
        JsonValue v => v.GetValueKind() != JsonValueKind.String || v.GetValue<string>().Length > 0,
        _ => true,
    };

    private static bool TryGetInteger(JsonNode node, out long integer)
    {
        integer = 0;
        return node.GetValueKind() switch
        {
            JsonValueKind.Number => node.AsValue().TryGetValue(out integer),
            JsonValueKind.String => long.TryParse(node.GetValue<string>(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out integer),
            _ => false,
        };
    }

    private static JsonNode? ToNumber(JsonNode node)
    {
        if (node.GetValueKind() == JsonValueKind.Number)
        {
            return node.DeepClone();
        }

        if (node.GetValueKind() != JsonValueKind.String)
        {
            return null;
        }

        var text = node.GetValue<string>();
        if (long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var integer))
        {
            return integer;
        }

        return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var real) ? real : null;
    }

    /// <summary>Epoch nanoseconds (number or numeric string) to RFC 3339; an RFC 3339 string is kept; anything else is dropped.</summary>
    private static JsonNode? ToTimestamp(JsonNode node)
    {
        double nanoseconds;
        switch (node.GetValueKind())
        {
            case JsonValueKind.Number:
                var value = node.AsValue();
                if (value.TryGetValue(out long integer))
                {
                    nanoseconds = integer;
                }
                else if (!value.TryGetValue(out nanoseconds))
                {
                    return null;
                }

                break;
            case JsonValueKind.String:
                var text = node.GetValue<string>();
                if (long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var parsed))
                {
                    nanoseconds = parsed;
                }
                else if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out nanoseconds))
                {
                    return EpochNanoseconds.LooksLikeRfc3339(Encoding.UTF8.GetBytes(text)) ? text : null;
                }

                break;
            default:
                return null;
        }

        return Timestamps.TryEpochNanosecondsToUtc(nanoseconds, out var utc) ? utc.ToString(EpochNanoseconds.Format, CultureInfo.InvariantCulture) : null;
    }

    /// <summary>A value as template text: strings unquoted, anything else as its JSON.</summary>
    private static void SetIfPresent(JsonObject ecs, string path, JsonEncodedText? value)
    {
        if (value is { } present)
        {
            Set(ecs, path, present.ToString());
        }
    }

    private static string Text(JsonNode node) => node.GetValueKind() == JsonValueKind.String ? node.GetValue<string>() : node.ToJsonString();
}
