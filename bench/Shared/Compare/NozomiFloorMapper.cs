using System;
using System.Buffers;
using System.Buffers.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using EcsForge.Parsing;
using EcsForge.Patterns;
using EcsForge.Text;
using EcsForge.UserAgents;

namespace EcsForge.Bench.Compare;

/// <summary>
/// The floor for Nozomi CMC's CEF events: a byte scanner written for this one format, locating the seven header fields
/// and the extension items it reads (custom fields by their labels), then writing the ECS event with pre-encoded names
/// straight into the caller's buffer. Nothing is allocated per event.
/// </summary>
internal sealed class NozomiFloorMapper : IEventMapper
{
    private static readonly JsonWriterOptions WriterOptions = new() { SkipValidation = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private static readonly JsonEncodedText NTimestamp = JsonEncodedText.Encode("@timestamp");
    private static readonly JsonEncodedText NEvent = JsonEncodedText.Encode("event");
    private static readonly JsonEncodedText NKind = JsonEncodedText.Encode("kind");
    private static readonly JsonEncodedText NModule = JsonEncodedText.Encode("module");
    private static readonly JsonEncodedText NDataset = JsonEncodedText.Encode("dataset");
    private static readonly JsonEncodedText NOutcome = JsonEncodedText.Encode("outcome");
    private static readonly JsonEncodedText NType = JsonEncodedText.Encode("type");
    private static readonly JsonEncodedText NReason = JsonEncodedText.Encode("reason");
    private static readonly JsonEncodedText NSeverity = JsonEncodedText.Encode("severity");
    private static readonly JsonEncodedText NCategory = JsonEncodedText.Encode("category");
    private static readonly JsonEncodedText NAction = JsonEncodedText.Encode("action");
    private static readonly JsonEncodedText NObserver = JsonEncodedText.Encode("observer");
    private static readonly JsonEncodedText NVendor = JsonEncodedText.Encode("vendor");
    private static readonly JsonEncodedText NProduct = JsonEncodedText.Encode("product");
    private static readonly JsonEncodedText NSource = JsonEncodedText.Encode("source");
    private static readonly JsonEncodedText NDestination = JsonEncodedText.Encode("destination");
    private static readonly JsonEncodedText NAddress = JsonEncodedText.Encode("address");
    private static readonly JsonEncodedText NIp = JsonEncodedText.Encode("ip");
    private static readonly JsonEncodedText NPort = JsonEncodedText.Encode("port");
    private static readonly JsonEncodedText NMac = JsonEncodedText.Encode("mac");
    private static readonly JsonEncodedText NUser = JsonEncodedText.Encode("user");
    private static readonly JsonEncodedText NName = JsonEncodedText.Encode("name");
    private static readonly JsonEncodedText NHost = JsonEncodedText.Encode("host");
    private static readonly JsonEncodedText NHostname = JsonEncodedText.Encode("hostname");
    private static readonly JsonEncodedText NNetwork = JsonEncodedText.Encode("network");
    private static readonly JsonEncodedText NTransport = JsonEncodedText.Encode("transport");
    private static readonly JsonEncodedText NProtocol = JsonEncodedText.Encode("protocol");
    private static readonly JsonEncodedText NThreat = JsonEncodedText.Encode("threat");
    private static readonly JsonEncodedText NTechnique = JsonEncodedText.Encode("technique");
    private static readonly JsonEncodedText NTactic = JsonEncodedText.Encode("tactic");
    private static readonly JsonEncodedText NId = JsonEncodedText.Encode("id");
    private static readonly JsonEncodedText NNozomi = JsonEncodedText.Encode("nozomi");
    private static readonly JsonEncodedText NCmc = JsonEncodedText.Encode("cmc");
    private static readonly JsonEncodedText NVersion = JsonEncodedText.Encode("version");
    private static readonly JsonEncodedText NAlert = JsonEncodedText.Encode("alert");
    private static readonly JsonEncodedText NRisk = JsonEncodedText.Encode("risk");
    private static readonly JsonEncodedText NIsSecurity = JsonEncodedText.Encode("is_security");
    private static readonly JsonEncodedText NParents = JsonEncodedText.Encode("parents");
    private static readonly JsonEncodedText NDetail = JsonEncodedText.Encode("detail");
    private static readonly JsonEncodedText NUserAgent = JsonEncodedText.Encode("user_agent");
    private static readonly JsonEncodedText NOriginal = JsonEncodedText.Encode("original");
    private static readonly JsonEncodedText NOs = JsonEncodedText.Encode("os");
    private static readonly JsonEncodedText NDevice = JsonEncodedText.Encode("device");
    private static readonly JsonEncodedText NRelated = JsonEncodedText.Encode("related");
    private static readonly JsonEncodedText NHosts = JsonEncodedText.Encode("hosts");

    private static readonly JsonEncodedText VNozomi = JsonEncodedText.Encode("Nozomi");
    private static readonly JsonEncodedText VProduct = JsonEncodedText.Encode("Nozomi CMC");
    private static readonly JsonEncodedText VModule = JsonEncodedText.Encode("nozomi.cmc");
    private static readonly JsonEncodedText VSuccess = JsonEncodedText.Encode("success");
    private static readonly JsonEncodedText VInfo = JsonEncodedText.Encode("info");
    private static readonly JsonEncodedText VIndicator = JsonEncodedText.Encode("indicator");
    private static readonly JsonEncodedText VAlert = JsonEncodedText.Encode("alert");
    private static readonly JsonEncodedText VMalware = JsonEncodedText.Encode("malware");
    private static readonly JsonEncodedText VHost = JsonEncodedText.Encode("host");
    private static readonly JsonEncodedText VSession = JsonEncodedText.Encode("session");

    private readonly Utf8JsonWriter _writer = new(new ArrayBufferWriter<byte>(), WriterOptions);
    private readonly PatternState _patterns = new();

    /// <summary>The header fields and extension items read, then the custom fields the pipeline reads by label.</summary>
    private enum F
    {
        DeviceVersion, DeviceEventClassId, Name, Severity,
        App, Dvc, Dvchost, Dst, Dmac, Dpt, Src, Smac, Spt, Proto, Msg, Start, Suser,
        Cs1, Cs2, Cs3, Cs4, Cs5, Cs6, FlexString1, FlexString2,
        Cs1Label, Cs2Label, Cs3Label, Cs4Label, Cs5Label, Cs6Label, FlexString1Label, FlexString2Label,
        Risk, IsSecurity, Id, Detail, Parents, Browser, Techniques, Tactics,
        Count,
    }

    private enum Kind : byte
    {
        Alert,
        Health,
        Audit,
    }

    public string Name => "byte-scanner floor (hand-written)";

    public bool TryMap(ReadOnlySpan<byte> input, ArrayBufferWriter<byte> output)
    {
        Span<Range> fields = stackalloc Range[(int)F.Count];
        fields.Fill(default);
        Span<bool> found = stackalloc bool[(int)F.Count];
        found.Clear();
        if (!TryRead(input, fields, found))
        {
            return false;
        }

        ResolveLabels(input, fields, found);
        _writer.Reset(output);
        Write(input, fields, found);
        _writer.Flush();
        return true;
    }

    private static bool TryRead(ReadOnlySpan<byte> input, Span<Range> fields, Span<bool> found)
    {
        var start = input.IndexOf("CEF:"u8);
        if (start < 0)
        {
            return false;
        }

        // Header: version, vendor, product, device version, class id, name, severity; only the last four are read.
        var position = start + 4;
        for (var field = 0; field < 7; field++)
        {
            var bar = input[position..].IndexOf((byte)'|');
            if (bar < 0)
            {
                return false;
            }

            if (field >= 3)
            {
                var (from, length) = Trimmed(input, position, position + bar);
                fields[field - 3] = new Range(from, from + length);
                found[field - 3] = true;
            }

            position += bar + 1;
        }

        ReadExtension(input, position, fields, found);
        return true;
    }

    /// <summary>Items <c>key=value</c>: a value runs up to the white space before the next key's '='; a repeated key keeps its first value.</summary>
    private static void ReadExtension(ReadOnlySpan<byte> input, int position, Span<Range> fields, Span<bool> found)
    {
        while (position < input.Length)
        {
            while (position < input.Length && IsSpace(input[position]))
            {
                position++;
            }

            var equals = EqualsAt(input, position);
            if (equals < 0)
            {
                return;
            }

            var key = input[position..equals];
            var valueStart = equals + 1;
            var next = EqualsAt(input, valueStart);
            int valueEnd;
            if (next < 0)
            {
                valueEnd = input.Length;
                position = input.Length;
            }
            else
            {
                // The next key starts after the last white space before its '='.
                var space = input[valueStart..next].LastIndexOfAny((byte)' ', (byte)'\t', (byte)'\n');
                valueEnd = space < 0 ? valueStart : valueStart + space;
                position = valueEnd;
            }

            var field = Dispatch(key);
            if (field != F.Count && !found[(int)field])
            {
                var (from, length) = Trimmed(input, valueStart, valueEnd);
                fields[(int)field] = new Range(from, from + length);
                found[(int)field] = true;
            }
        }
    }

    /// <summary>The next unescaped '=' at or after <paramref name="from"/>, or -1.</summary>
    private static int EqualsAt(ReadOnlySpan<byte> input, int from)
    {
        while (from < input.Length)
        {
            var equals = input[from..].IndexOf((byte)'=');
            if (equals < 0)
            {
                return -1;
            }

            from += equals;
            if (from == 0 || input[from - 1] != (byte)'\\')
            {
                return from;
            }

            from++;
        }

        return -1;
    }

    private static F Dispatch(ReadOnlySpan<byte> key) => key.Length switch
    {
        3 => key[0] switch
        {
            (byte)'a' when key.SequenceEqual("app"u8) => F.App,
            (byte)'d' when key.SequenceEqual("dvc"u8) => F.Dvc,
            (byte)'d' when key.SequenceEqual("dst"u8) => F.Dst,
            (byte)'d' when key.SequenceEqual("dpt"u8) => F.Dpt,
            (byte)'s' when key.SequenceEqual("src"u8) => F.Src,
            (byte)'s' when key.SequenceEqual("spt"u8) => F.Spt,
            (byte)'m' when key.SequenceEqual("msg"u8) => F.Msg,
            (byte)'c' when key[1] == (byte)'s' && key[2] is >= (byte)'1' and <= (byte)'6' => F.Cs1 + (key[2] - '1'),
            _ => F.Count,
        },
        4 => key.SequenceEqual("dmac"u8) ? F.Dmac : key.SequenceEqual("smac"u8) ? F.Smac : F.Count,
        5 => key.SequenceEqual("proto"u8) ? F.Proto : key.SequenceEqual("start"u8) ? F.Start : key.SequenceEqual("suser"u8) ? F.Suser : F.Count,
        7 => key.SequenceEqual("dvchost"u8) ? F.Dvchost : F.Count,
        8 when key.StartsWith("cs"u8) && key.EndsWith("Label"u8) && key[2] is >= (byte)'1' and <= (byte)'6' => F.Cs1Label + (key[2] - '1'),
        11 when key.StartsWith("flexString"u8) && key[10] is (byte)'1' or (byte)'2' => F.FlexString1 + (key[10] - '1'),
        16 when key.StartsWith("flexString"u8) && key.EndsWith("Label"u8) && key[10] is (byte)'1' or (byte)'2' => F.FlexString1Label + (key[10] - '1'),
        _ => F.Count,
    };

    /// <summary>Each custom field whose label is one the pipeline reads takes that name, as the CEF step adds it.</summary>
    private static void ResolveLabels(ReadOnlySpan<byte> input, Span<Range> fields, Span<bool> found)
    {
        for (var i = 0; i < 8; i++)
        {
            var value = F.Cs1 + i;
            var label = F.Cs1Label + i;
            if (!found[(int)value] || !found[(int)label])
            {
                continue;
            }

            var named = input[fields[(int)label]] switch
            {
                var l when l.SequenceEqual("Risk"u8) => F.Risk,
                var l when l.SequenceEqual("IsSecurity"u8) => F.IsSecurity,
                var l when l.SequenceEqual("Id"u8) => F.Id,
                var l when l.SequenceEqual("Detail"u8) => F.Detail,
                var l when l.SequenceEqual("Parents"u8) => F.Parents,
                var l when l.SequenceEqual("browser"u8) => F.Browser,
                var l when l.SequenceEqual("mitre_attack_techniques"u8) => F.Techniques,
                var l when l.SequenceEqual("mitre_attack_tactics"u8) => F.Tactics,
                _ => F.Count,
            };
            if (named != F.Count && !found[(int)named])
            {
                fields[(int)named] = fields[(int)value];
                found[(int)named] = true;
            }
        }
    }

    private void Write(ReadOnlySpan<byte> input, ReadOnlySpan<Range> fields, ReadOnlySpan<bool> found)
    {
        var w = _writer;
        var classId = input[fields[(int)F.DeviceEventClassId]];
        var kind = classId.IndexOf("HEALTH"u8) >= 0 ? Kind.Health : classId.IndexOf("AUDIT"u8) >= 0 ? Kind.Audit : Kind.Alert;
        w.WriteStartObject();
        if (found[(int)F.Start] && Utf8Parser.TryParse(input[fields[(int)F.Start]], out long milliseconds, out var used) && used == fields[(int)F.Start].GetOffsetAndLength(input.Length).Length)
        {
            Span<byte> text = stackalloc byte[32];
            var time = DateTime.UnixEpoch.AddMilliseconds(milliseconds);
            time.TryFormat(text, out var written, "yyyy-MM-dd'T'HH:mm:ss.ffffff'Z'", System.Globalization.CultureInfo.InvariantCulture);
            w.WriteString(NTimestamp, text[..written]);
        }

        WriteEvent(input, fields, found, kind, classId);
        w.WriteStartObject(NObserver);
        w.WriteString(NVendor, VNozomi);
        w.WriteString(NProduct, VProduct);
        w.WriteEndObject();

        var sourceIp = IpOrEmpty(input, fields, found, F.Src);
        var destinationIp = IpOrEmpty(input, fields, found, F.Dst);
        var hostIp = IpOrEmpty(input, fields, found, F.Dvc);
        if (!destinationIp.IsEmpty || found[(int)F.Dpt] || found[(int)F.Dmac])
        {
            w.WriteStartObject(NDestination);
            WriteEndpoint(input, fields, found, destinationIp, F.Dpt, F.Dmac);
            w.WriteEndObject();
        }

        if (!sourceIp.IsEmpty || found[(int)F.Spt] || found[(int)F.Smac] || (kind == Kind.Audit && found[(int)F.Suser]))
        {
            w.WriteStartObject(NSource);
            WriteEndpoint(input, fields, found, sourceIp, F.Spt, F.Smac);
            if (kind == Kind.Audit && found[(int)F.Suser])
            {
                w.WriteStartObject(NUser);
                w.WriteString(NName, input[fields[(int)F.Suser]]);
                w.WriteEndObject();
            }

            w.WriteEndObject();
        }

        if (found[(int)F.Dvchost] || !hostIp.IsEmpty)
        {
            w.WriteStartObject(NHost);
            if (found[(int)F.Dvchost])
            {
                w.WriteString(NHostname, input[fields[(int)F.Dvchost]]);
                w.WriteString(NName, input[fields[(int)F.Dvchost]]);
            }

            if (!hostIp.IsEmpty)
            {
                w.WriteStartArray(NIp);
                w.WriteStringValue(hostIp);
                w.WriteEndArray();
            }

            w.WriteEndObject();
        }

        w.WriteStartObject(NNozomi);
        w.WriteStartObject(NCmc);
        w.WriteString(NVersion, input[fields[(int)F.DeviceVersion]]);
        if (kind == Kind.Alert)
        {
            WriteAlertDetails(input, fields, found);
        }

        w.WriteEndObject();
        w.WriteEndObject();
        if (kind == Kind.Alert)
        {
            WriteAlertContext(input, fields, found);
        }

        if (kind == Kind.Audit && found[(int)F.Browser])
        {
            WriteUserAgent(input[fields[(int)F.Browser]]);
        }

        WriteRelated(input, fields, found, kind, sourceIp, destinationIp, hostIp);
        w.WriteEndObject();
    }

    private void WriteEvent(ReadOnlySpan<byte> input, ReadOnlySpan<Range> fields, ReadOnlySpan<bool> found, Kind kind, ReadOnlySpan<byte> classId)
    {
        var w = _writer;
        w.WriteStartObject(NEvent);
        w.WriteString(NModule, VModule);
        w.WriteString(NDataset, classId);
        w.WriteString(NOutcome, VSuccess);
        w.WriteStartArray(NType);
        w.WriteStringValue(kind == Kind.Alert ? VIndicator : VInfo);
        w.WriteEndArray();
        if (found[(int)F.Msg])
        {
            w.WriteString(NReason, input[fields[(int)F.Msg]]);
        }

        // The pipeline's re_match('[1-9]|10') reads a severity starting with 1 to 9.
        var severity = input[fields[(int)F.Severity]];
        if (severity.Length > 0 && severity[0] is >= (byte)'1' and <= (byte)'9' && Utf8Parser.TryParse(severity, out long level, out var used) && used == severity.Length)
        {
            w.WriteNumber(NSeverity, level);
        }

        w.WriteStartArray(NCategory);
        w.WriteStringValue(kind switch { Kind.Alert => VMalware, Kind.Health => VHost, _ => VSession });
        w.WriteEndArray();
        if (kind == Kind.Alert)
        {
            w.WriteString(NKind, VAlert);
            w.WriteString(NAction, input[fields[(int)F.Name]]);
        }

        w.WriteEndObject();
    }

    private void WriteEndpoint(ReadOnlySpan<byte> input, ReadOnlySpan<Range> fields, ReadOnlySpan<bool> found, ReadOnlySpan<byte> ip, F port, F mac)
    {
        if (!ip.IsEmpty)
        {
            _writer.WriteString(NIp, ip);
            _writer.WriteString(NAddress, ip);
        }

        if (found[(int)port] && Utf8Parser.TryParse(input[fields[(int)port]], out long number, out var used) && used == input[fields[(int)port]].Length)
        {
            _writer.WriteNumber(NPort, number);
        }

        if (found[(int)mac])
        {
            _writer.WriteString(NMac, input[fields[(int)mac]]);
        }
    }

    private void WriteAlertDetails(ReadOnlySpan<byte> input, ReadOnlySpan<Range> fields, ReadOnlySpan<bool> found)
    {
        var w = _writer;
        w.WriteStartObject(NAlert);
        if (found[(int)F.Id])
        {
            w.WriteString(NId, input[fields[(int)F.Id]]);
        }

        if (found[(int)F.Risk] && Utf8Parser.TryParse(input[fields[(int)F.Risk]], out double risk, out _))
        {
            w.WriteNumber(NRisk, risk);
        }

        if (found[(int)F.IsSecurity])
        {
            w.WriteBoolean(NIsSecurity, input[fields[(int)F.IsSecurity]].SequenceEqual("true"u8));
        }

        if (found[(int)F.Parents])
        {
            // A list literal of quoted identifiers: ["a", "b"].
            w.WriteStartArray(NParents);
            var list = input[fields[(int)F.Parents]].Trim("[]"u8);
            foreach (var item in list.Split((byte)','))
            {
                w.WriteStringValue(list[item].Trim(" \""u8));
            }

            w.WriteEndArray();
        }

        if (found[(int)F.Detail])
        {
            w.WriteString(NDetail, input[fields[(int)F.Detail]]);
        }

        w.WriteEndObject();
    }

    private void WriteAlertContext(ReadOnlySpan<byte> input, ReadOnlySpan<Range> fields, ReadOnlySpan<bool> found)
    {
        var w = _writer;
        w.WriteStartObject(NNetwork);
        WriteIfFound(NTransport, input, fields, found, F.Proto);
        WriteIfFound(NProtocol, input, fields, found, F.App);
        w.WriteEndObject();
        w.WriteStartObject(NThreat);
        w.WriteStartObject(NTechnique);
        w.WriteStartArray(NId);
        w.WriteStringValue(found[(int)F.Techniques] ? input[fields[(int)F.Techniques]] : default);
        w.WriteEndArray();
        w.WriteEndObject();
        w.WriteStartObject(NTactic);
        w.WriteStartArray(NName);
        w.WriteStringValue(found[(int)F.Tactics] ? input[fields[(int)F.Tactics]] : default);
        w.WriteEndArray();
        w.WriteEndObject();
        w.WriteEndObject();
    }

    private void WriteUserAgent(ReadOnlySpan<byte> original)
    {
        var agent = UserAgentParser.Shared.Parse(original, _patterns);
        var w = _writer;
        w.WriteStartObject(NUserAgent);
        w.WriteString(NOriginal, original);
        if (agent is null)
        {
            w.WriteEndObject();
            return;
        }

        // ua-parser's "Other" families are written too, as the platform writes them for pipelines.
        w.WriteString(NName, agent.Agent.Family);
        if (agent.Version is { } version)
        {
            w.WriteString(NVersion, version);
        }

        w.WriteStartObject(NOs);
        w.WriteString(NName, agent.OperatingSystem.Family);
        if (agent.OperatingSystemVersion is { } osVersion)
        {
            w.WriteString(NVersion, osVersion);
        }

        w.WriteEndObject();
        w.WriteStartObject(NDevice);
        w.WriteString(NName, agent.Device.Family);
        w.WriteEndObject();
        w.WriteEndObject();
    }

    private void WriteRelated(ReadOnlySpan<byte> input, ReadOnlySpan<Range> fields, ReadOnlySpan<bool> found, Kind kind, ReadOnlySpan<byte> sourceIp, ReadOnlySpan<byte> destinationIp, ReadOnlySpan<byte> hostIp)
    {
        var w = _writer;
        var user = kind == Kind.Audit && found[(int)F.Suser];
        if (sourceIp.IsEmpty && destinationIp.IsEmpty && hostIp.IsEmpty && !found[(int)F.Dvchost] && !user)
        {
            return;
        }

        w.WriteStartObject(NRelated);
        if (found[(int)F.Dvchost])
        {
            w.WriteStartArray(NHosts);
            w.WriteStringValue(input[fields[(int)F.Dvchost]]);
            w.WriteEndArray();
        }

        if (!sourceIp.IsEmpty || !destinationIp.IsEmpty || !hostIp.IsEmpty)
        {
            w.WriteStartArray(NIp);
            WriteDistinct(sourceIp, default, default);
            WriteDistinct(destinationIp, sourceIp, default);
            WriteDistinct(hostIp, sourceIp, destinationIp);
            w.WriteEndArray();
        }

        if (user)
        {
            w.WriteStartArray(NUser);
            w.WriteStringValue(input[fields[(int)F.Suser]]);
            w.WriteEndArray();
        }

        w.WriteEndObject();
    }

    private void WriteDistinct(ReadOnlySpan<byte> ip, ReadOnlySpan<byte> earlier, ReadOnlySpan<byte> earliest)
    {
        if (!ip.IsEmpty && !ip.SequenceEqual(earlier) && !ip.SequenceEqual(earliest))
        {
            _writer.WriteStringValue(ip);
        }
    }

    private void WriteIfFound(JsonEncodedText name, ReadOnlySpan<byte> input, ReadOnlySpan<Range> fields, ReadOnlySpan<bool> found, F field)
    {
        if (found[(int)field])
        {
            _writer.WriteString(name, input[fields[(int)field]]);
        }
    }

    /// <summary>The field's text when it is an IP address, else empty (the pipeline's <c>is_ipaddress</c>).</summary>
    private static ReadOnlySpan<byte> IpOrEmpty(ReadOnlySpan<byte> input, ReadOnlySpan<Range> fields, ReadOnlySpan<bool> found, F field)
        => found[(int)field] && IpAddressText.IsIpAddress(input[fields[(int)field]]) ? input[fields[(int)field]] : default;

    private static (int Start, int Length) Trimmed(ReadOnlySpan<byte> input, int start, int end)
    {
        while (start < end && IsSpace(input[start]))
        {
            start++;
        }

        while (end > start && IsSpace(input[end - 1]))
        {
            end--;
        }

        return (start, end - start);
    }

    private static bool IsSpace(byte b) => b is (byte)' ' or (byte)'\t' or (byte)'\n' or (byte)'\r';
}
