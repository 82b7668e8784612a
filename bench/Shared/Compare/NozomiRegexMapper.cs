using System;
using System.Buffers;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using EcsForge.Text;
using EcsForge.UserAgents;
using static EcsForge.Bench.Compare.JsonNodePath;

namespace EcsForge.Bench.Compare;

/// <summary>
/// Nozomi CMC's CEF events mapped the way a user would write it without EcsForge: a regex for the header, a regex for
/// the extension's <c>key=value</c> items into a dictionary (custom fields added under their labels), and the ECS
/// event built as a <see cref="JsonObject"/>.
/// </summary>
internal sealed class NozomiRegexMapper : IEventMapper
{
    private static readonly Regex Header = new(
        @"CEF:(?<version>[^|]*)\|(?<vendor>[^|]*)\|(?<product>[^|]*)\|(?<device_version>[^|]*)\|(?<class_id>[^|]*)\|(?<name>[^|]*)\|(?<severity>[^|]*)\|(?<extension>.*)",
        RegexOptions.Compiled | RegexOptions.CultureInvariant | RegexOptions.Singleline);

    /// <summary>A value runs, lazily, up to the white space before the next <c>key=</c> or to the end.</summary>
    private static readonly Regex Item = new(
        @"(?<key>[^\s=]+)=(?<value>.*?)(?=\s+[^\s=]+=|\s*$)",
        RegexOptions.Compiled | RegexOptions.CultureInvariant | RegexOptions.Singleline);

    private static readonly Regex Severity = new("^(?:[1-9]|10)", RegexOptions.Compiled | RegexOptions.CultureInvariant);

    private static readonly string[] Labeled = ["cs1", "cs2", "cs3", "cs4", "cs5", "cs6", "flexString1", "flexString2"];

    private readonly JsonNodeOutput _output = new();

    public string Name => "Regex + JsonNode (hand-written)";

    public bool TryMap(ReadOnlySpan<byte> input, ArrayBufferWriter<byte> output)
    {
        var message = Encoding.UTF8.GetString(input);
        var header = Header.Match(message);
        if (!header.Success)
        {
            return false;
        }

        var fields = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (Match item in Item.Matches(header.Groups["extension"].Value))
        {
            fields.TryAdd(item.Groups["key"].Value, item.Groups["value"].Value.Trim());
        }

        foreach (var field in Labeled)
        {
            if (fields.TryGetValue(field, out var value) && fields.TryGetValue(field + "Label", out var label) && label.Length > 0)
            {
                fields.TryAdd(label, value);
            }
        }

        var ecs = Map(header, fields);
        _output.Write(ecs, output);
        return true;
    }

    private static JsonObject Map(Match header, Dictionary<string, string> fields)
    {
        var classId = header.Groups["class_id"].Value.Trim();
        var ecs = new JsonObject();
        if (Get(fields, "start") is { } start && long.TryParse(start, NumberStyles.None, CultureInfo.InvariantCulture, out var milliseconds))
        {
            ecs["@timestamp"] = DateTime.UnixEpoch.AddMilliseconds(milliseconds).ToString("yyyy-MM-dd'T'HH:mm:ss.ffffff'Z'", CultureInfo.InvariantCulture);
        }

        Set(ecs, "observer.vendor", "Nozomi");
        Set(ecs, "observer.product", "Nozomi CMC");
        Set(ecs, "event.module", "nozomi.cmc");
        Set(ecs, "event.dataset", classId);
        Set(ecs, "event.outcome", "success");
        Set(ecs, "event.type", new JsonArray("info"));
        SetIfAny(ecs, "event.reason", Get(fields, "msg"));
        SetIfAny(ecs, "destination.ip", Ip(Get(fields, "dst")));
        SetInteger(ecs, "destination.port", Get(fields, "dpt"));
        SetIfAny(ecs, "destination.mac", Get(fields, "dmac"));
        SetIfAny(ecs, "source.ip", Ip(Get(fields, "src")));
        SetIfAny(ecs, "source.mac", Get(fields, "smac"));
        SetInteger(ecs, "source.port", Get(fields, "spt"));
        Set(ecs, "nozomi.cmc.version", header.Groups["device_version"].Value.Trim());
        SetIfAny(ecs, "host.hostname", Get(fields, "dvchost"));
        if (Ip(Get(fields, "dvc")) is { } hostIp)
        {
            Set(ecs, "host.ip", new JsonArray(hostIp));
        }

        var severity = header.Groups["severity"].Value.Trim();
        if (Severity.IsMatch(severity))
        {
            SetInteger(ecs, "event.severity", severity);
        }

        if (classId.Contains("AUDIT", StringComparison.Ordinal))
        {
            Set(ecs, "event.category", new JsonArray("session"));
            SetIfAny(ecs, "source.user.name", Get(fields, "suser"));
            SetIfAny(ecs, "user_agent.original", Get(fields, "browser"));
        }
        else if (classId.Contains("HEALTH", StringComparison.Ordinal))
        {
            Set(ecs, "event.category", new JsonArray("host"));
        }
        else
        {
            MapAlert(ecs, header, fields);
        }

        Infer(ecs);
        return ecs;
    }

    private static void MapAlert(JsonObject ecs, Match header, Dictionary<string, string> fields)
    {
        Set(ecs, "event.kind", "alert");
        Set(ecs, "event.type", new JsonArray("indicator"));
        Set(ecs, "event.category", new JsonArray("malware"));
        Set(ecs, "event.action", header.Groups["name"].Value.Trim());
        SetIfAny(ecs, "network.transport", Get(fields, "proto"));
        SetIfAny(ecs, "network.protocol", Get(fields, "app"));
        Set(ecs, "threat.technique.id", new JsonArray(Get(fields, "mitre_attack_techniques") ?? ""));
        Set(ecs, "threat.tactic.name", new JsonArray(Get(fields, "mitre_attack_tactics") ?? ""));
        SetIfAny(ecs, "nozomi.cmc.alert.id", Get(fields, "Id"));
        if (Get(fields, "Risk") is { } risk && double.TryParse(risk, NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
        {
            Set(ecs, "nozomi.cmc.alert.risk", number);
        }

        if (Get(fields, "IsSecurity") is { } isSecurity)
        {
            Set(ecs, "nozomi.cmc.alert.is_security", isSecurity == "true");
        }

        if (Get(fields, "Parents") is { } parents)
        {
            Set(ecs, "nozomi.cmc.alert.parents", JsonNode.Parse(parents));
        }

        SetIfAny(ecs, "nozomi.cmc.alert.detail", Get(fields, "Detail"));
    }

    /// <summary>What the platform adds after parsing: host name, addresses, user-agent parts and the related.* lists.</summary>
    private static void Infer(JsonObject ecs)
    {
        var hostname = StringAt(ecs, "host", "hostname");
        var sourceIp = StringAt(ecs, "source", "ip");
        var destinationIp = StringAt(ecs, "destination", "ip");
        var hostIp = ecs["host"]?["ip"]?[0]?.GetValue<string>();
        var user = ecs["source"]?["user"]?["name"]?.GetValue<string>();
        SetIfAny(ecs, "host.name", hostname);
        SetIfAny(ecs, "source.address", sourceIp);
        SetIfAny(ecs, "destination.address", destinationIp);
        if (StringAt(ecs, "user_agent", "original") is { } original && UserAgentParser.Shared.Parse(original) is { } agent)
        {
            // ua-parser's "Other" families are written too, as the platform writes them for pipelines.
            SetIfAny(ecs, "user_agent.name", agent.Agent.Family);
            SetIfAny(ecs, "user_agent.version", agent.Version?.ToString());
            SetIfAny(ecs, "user_agent.os.name", agent.OperatingSystem.Family);
            SetIfAny(ecs, "user_agent.os.version", agent.OperatingSystemVersion?.ToString());
            SetIfAny(ecs, "user_agent.device.name", agent.Device.Family);
        }

        if (hostname is not null)
        {
            Set(ecs, "related.hosts", new JsonArray(hostname));
        }

        SetDistinct(ecs, "related.ip", sourceIp, destinationIp, hostIp);

        if (user is not null)
        {
            Set(ecs, "related.user", new JsonArray(user));
        }
    }

    private static string? Get(Dictionary<string, string> fields, string key)
        => fields.TryGetValue(key, out var value) && value.Length > 0 ? value : null;

    private static string? Ip(string? text) => text is not null && IsIp(text) ? text : null;
}
