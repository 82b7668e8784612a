using System;
using System.Buffers;
using System.Collections.Generic;
using System.Linq;
using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using EcsForge.Inference;
using EcsForge.Text;
using static EcsForge.Bench.Compare.JsonNodePath;

namespace EcsForge.Bench.Compare;

/// <summary>
/// Pulse Connect Secure syslog mapped the way a user would write it without EcsForge: a key=value regex over the line
/// into a dictionary, the event code's grok pattern as a compiled .NET regex (<see cref="PulseGrokRegexes"/>), and the
/// ECS event built as a <see cref="JsonObject"/>. It produces what the generated parser produces, inferred fields included.
/// </summary>
internal sealed class PulseRegexMapper : IEventMapper
{
    private const string Space = @"[ \t\n\x0B\f\r]";
    private const string NotSpace = @"[^ \t\n\x0B\f\r]";

    /// <summary>
    /// One key=value item. A key starts a whitespace-separated token (or right after a closing quote) and stops at
    /// '=' ; a quoted value unescapes \" and \\ only; an unquoted value also takes the following tokens that have no
    /// '=' and do not open a quote (<c>ivs=Default Network</c>). An opening quote never closed is caught as "open".
    /// </summary>
    private static readonly Regex KeyValue = new(
        $@"(?:\G|(?<={Space}))(?<key>[^ \t\n\x0B\f\r=""]+)="
        + $@"(?:""(?<quoted>(?:[^""\\]|\\[""\\]|\\(?![""\\]))*)""|(?<open>"")|(?<plain>{NotSpace}*(?:{Space}+(?!"")[^ \t\n\x0B\f\r=]+(?={Space}|\z))*))",
        RegexOptions.Compiled | RegexOptions.CultureInvariant);

    private static readonly Regex Escape = new(@"\\([""\\])", RegexOptions.Compiled | RegexOptions.CultureInvariant);

    private static readonly char[] Whitespace = [' ', '\t', '\n', '\v', '\f', '\r'];

    /// <summary><c>2021-01-28 13:46:08</c> or ISO 8601, optional fraction and zone; no zone means UTC.</summary>
    private static readonly string[] TimeFormats = ["yyyy-MM-dd HH:mm:ss.FFFFFFFK", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFK"];

    private readonly JsonNodeOutput _output = new();

    public string Name => "Regex + JsonNode (hand-written)";

    public bool TryMap(ReadOnlySpan<byte> input, ArrayBufferWriter<byte> output)
    {
        var line = Encoding.UTF8.GetString(input);
        var fields = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (Match pair in KeyValue.Matches(line))
        {
            if (pair.Groups["open"].Success)
            {
                // A quoted value that never closes: the line was cut, and a half-read line is not an event.
                return false;
            }

            var quoted = pair.Groups["quoted"];
            fields[pair.Groups["key"].Value] = quoted.Success
                ? Escape.Replace(quoted.Value.Trim(Whitespace), "$1")
                : pair.Groups["plain"].Value.Trim(Whitespace);
        }

        if (fields.Count == 0)
        {
            return false;
        }

        var ecs = Map(fields);
        _output.Write(ecs, output);
        return true;
    }

    private static JsonObject Map(Dictionary<string, string> fields)
    {
        var ecs = new JsonObject();
        var msg = Get(fields, "msg");
        var colon = msg?.IndexOf(':') ?? -1;
        var code = msg is null ? null : colon < 0 ? msg : msg[..colon];
        Match? details = null;
        if (!string.IsNullOrEmpty(code) && PulseGrokRegexes.ByCode.TryGetValue(code, out var pattern) && pattern.Match(msg!) is { Success: true } match)
        {
            details = match;
        }

        if (Get(fields, "time") is { } time && ToTimestamp(time) is { } timestamp)
        {
            ecs["@timestamp"] = timestamp;
        }

        if (!string.IsNullOrEmpty(code))
        {
            Set(ecs, "action.name", code);
            Set(ecs, "event.code", code);
            Set(ecs, "event.category", new JsonArray(code switch
            {
                "AUT24804" or "AUT24803" => "host",
                "AUT23457" => "authentication",
                _ => "network",
            }));
            if (code == "AUT23457")
            {
                Set(ecs, "event.outcome", "failure");
            }
        }

        var reason = Detail(details, "reason") ?? (colon >= 0 && colon < msg!.Length - 1 ? msg[(colon + 1)..] : null);
        SetIfAny(ecs, "event.reason", reason);
        SetIfAny(ecs, "event.provider", Get(fields, "proto"));
        Set(ecs, "event.type", new JsonArray("info"));

        if (Get(fields, "fw") is { } fw)
        {
            Set(ecs, "network.forwarded_ip", fw);
            Set(ecs, "observer.ip", new JsonArray(fw));
        }

        SetIfAny(ecs, "service.name", Get(fields, "vpn"));
        SetIfAny(ecs, "service.type", Get(fields, "type"));
        SetIfAny(ecs, "user.domain", Get(fields, "realm"));
        SetIfAny(ecs, "user.name", Detail(details, "user") ?? Get(fields, "user"));
        if (Get(fields, "roles") is { } roles)
        {
            var list = new JsonArray();
            foreach (var role in roles.Split(','))
            {
                list.Add(role);
            }

            Set(ecs, "user.roles", list);
        }

        SetInteger(ecs, "source.bytes", Get(fields, "sent"));
        SetInteger(ecs, "destination.bytes", Get(fields, "rcvd"));
        SetInteger(ecs, "destination.port", Detail(details, "dst_port"));
        SetIfAny(ecs, "destination.domain", Get(fields, "dstname"));
        SetIfAny(ecs, "source.ip", FirstIp(Detail(details, "src"), Get(fields, "src")));
        SetIfAny(ecs, "destination.ip", FirstIp(Detail(details, "dst"), Get(fields, "dst")));
        SetIfAny(ecs, "url.path", Detail(details, "url"));
        SetIfAny(ecs, "rule.name", Detail(details, "policy"));
        SetIfAny(ecs, "host.name", Detail(details, "host_name"));
        if (Detail(details, "host_mac") is { } mac)
        {
            Set(ecs, "host.mac", new JsonArray(mac));
        }

        if (FirstIp(Detail(details, "host_ip"), null) is { } hostIp)
        {
            Set(ecs, "host.ip", new JsonArray(hostIp));
        }

        Infer(ecs);
        return ecs;
    }

    /// <summary>What the platform adds after parsing: addresses, domain parts and the related.* lists.</summary>
    private static void Infer(JsonObject ecs)
    {
        var sourceIp = StringAt(ecs, "source", "ip");
        var destinationIp = StringAt(ecs, "destination", "ip");
        var destinationDomain = StringAt(ecs, "destination", "domain");
        var forwardedIp = StringAt(ecs, "network", "forwarded_ip");
        var hostIp = ecs["host"]?["ip"]?[0]?.GetValue<string>();
        var observerIp = ecs["observer"]?["ip"]?[0]?.GetValue<string>();
        var userName = StringAt(ecs, "user", "name");

        SetIfAny(ecs, "source.address", sourceIp);
        SetIfAny(ecs, "destination.address", destinationDomain ?? destinationIp);
        if (destinationDomain is not null)
        {
            var utf8 = Encoding.UTF8.GetBytes(destinationDomain);
            if (PublicSuffixList.TrySplit(utf8, out var parts, keepUnlisted: true))
            {
                if (parts.HasRegisteredDomain)
                {
                    Set(ecs, "destination.registered_domain", Encoding.UTF8.GetString(parts.RegisteredDomain(utf8)));
                    Set(ecs, "destination.top_level_domain", Encoding.UTF8.GetString(parts.TopLevelDomain(utf8)));
                }

                if (parts.HasSubdomain)
                {
                    Set(ecs, "destination.subdomain", Encoding.UTF8.GetString(parts.Subdomain(utf8)));
                }
            }

        }

        // related.hosts: the destination domain (host.name is not a related host).
        if (destinationDomain is not null)
        {
            Set(ecs, "related.hosts", new JsonArray(destinationDomain));
        }

        SetDistinct(ecs, "related.ip", destinationIp, hostIp, forwardedIp, observerIp, sourceIp);

        if (userName is not null)
        {
            Set(ecs, "related.user", new JsonArray(userName));
        }
    }

    /// <summary>A key's value, or null when the key is absent or its value empty.</summary>
    private static string? Get(Dictionary<string, string> fields, string key)
        => fields.TryGetValue(key, out var value) && value.Length > 0 ? value : null;

    /// <summary>A named capture of the message pattern, or null when the pattern did not match or captured nothing.</summary>
    private static string? Detail(Match? details, string name)
        => details?.Groups[name] is { Success: true, Length: > 0 } group ? group.Value : null;

    private static string? FirstIp(string? first, string? second)
        => first is not null && IsIp(first) ? first : second is not null && IsIp(second) ? second : null;

    /// <summary>RFC 3339 in UTC, with microseconds only when the source has a fraction.</summary>
    private static string? ToTimestamp(string text)
    {
        if (!DateTime.TryParseExact(text, TimeFormats, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var utc))
        {
            return null;
        }

        var format = utc.Ticks % TimeSpan.TicksPerSecond == 0 ? "yyyy-MM-dd'T'HH:mm:ss'Z'" : "yyyy-MM-dd'T'HH:mm:ss.ffffff'Z'";
        return utc.ToString(format, CultureInfo.InvariantCulture);
    }
}
