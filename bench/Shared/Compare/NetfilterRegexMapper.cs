using System;
using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using EcsForge.Text;
using static EcsForge.Bench.Compare.JsonNodePath;

namespace EcsForge.Bench.Compare;

/// <summary>
/// Netfilter (iptables) log messages mapped the way a user would write it without EcsForge: the catalogue's grok
/// pattern written as one compiled .NET regex, and the ECS event built as a <see cref="JsonObject"/>.
/// </summary>
internal sealed class NetfilterRegexMapper : IEventMapper
{
    private const string Mac = "(?:[0-9A-Fa-f]{2}:){5}[0-9A-Fa-f]{2}";

    private static readonly Regex Line = new(
        @"^(?:.*?(?: \b(?<action>\w+)\b)?)?\s+IN=.*? OUT=.*?"
        + $@"(?: MAC=(?<dmac>{Mac}):(?<smac>{Mac}):[0-9A-Fa-f]{{2}}:[0-9A-Fa-f]{{2}})?"
        + @" SRC=(?<src>[0-9A-Fa-f.:]+) DST=(?<dst>[0-9A-Fa-f.:]+) LEN=(?<len>[+-]?\d+) TOS=(?:0x)?[0-9A-Fa-f]+ PREC=(?:0x)?[0-9A-Fa-f]+ TTL=\d+ ID=\d+"
        + @"(?: (?:CE|DF|MF)?)?(?: FRAG: \d+)? PROTO=\b(?<proto>\w+)\b(?: SPT=(?<spt>[+-]?\d+) DPT=(?<dpt>[+-]?\d+))?",
        RegexOptions.Compiled | RegexOptions.CultureInvariant);

    private readonly JsonNodeOutput _output = new();

    public string Name => "Regex + JsonNode (hand-written)";

    public bool TryMap(ReadOnlySpan<byte> input, ArrayBufferWriter<byte> output)
    {
        var message = Encoding.UTF8.GetString(input);
        var match = Line.Match(message);
        if (!match.Success)
        {
            return false;
        }

        var ecs = new JsonObject();
        if (Group(match, "action") is { } action)
        {
            Set(ecs, "action.name", action.ToLowerInvariant());
            Set(ecs, "action.outcome", "success");
            Set(ecs, "event.outcome", "success");
        }

        SetIfAny(ecs, "destination.mac", Group(match, "dmac"));
        SetIfAny(ecs, "source.mac", Group(match, "smac"));
        SetInteger(ecs, "source.port", Group(match, "spt"));
        SetInteger(ecs, "destination.port", Group(match, "dpt"));
        Set(ecs, "network.transport", match.Groups["proto"].Value.ToLowerInvariant());
        var source = match.Groups["src"].Value;
        var destination = match.Groups["dst"].Value;
        Set(ecs, "source.address", source);
        Set(ecs, "destination.address", destination);
        SetInteger(ecs, "source.bytes", match.Groups["len"].Value);
        var sourceIp = IsIp(source) ? source : null;
        var destinationIp = IsIp(destination) ? destination : null;
        SetIfAny(ecs, "source.ip", sourceIp);
        SetIfAny(ecs, "destination.ip", destinationIp);
        SetDistinct(ecs, "related.ip", sourceIp, destinationIp);

        _output.Write(ecs, output);
        return true;
    }

    private static string? Group(Match match, string name) => match.Groups[name] is { Success: true, Length: > 0 } group ? group.Value : null;
}
