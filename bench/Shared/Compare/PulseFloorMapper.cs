using System;
using System.Buffers;
using System.Buffers.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using EcsForge.Inference;
using EcsForge.Parsing;
using EcsForge.Text;

namespace EcsForge.Bench.Compare;

/// <summary>
/// The floor for Pulse Connect Secure: the runtime's key=value reader, the message patterns as span code written for
/// this dataset (<see cref="PulseMessageScanner"/>), and the ECS event written with pre-encoded names. Values stay
/// slices of the line; only quoted values with escapes are copied, into a reused buffer.
/// </summary>
internal sealed class PulseFloorMapper : IEventMapper
{
    private static readonly JsonWriterOptions WriterOptions = new()
    {
        SkipValidation = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    private static readonly JsonEncodedText NTimestamp = Encoded("@timestamp");
    private static readonly JsonEncodedText NAction = Encoded("action");
    private static readonly JsonEncodedText NName = Encoded("name");
    private static readonly JsonEncodedText NDestination = Encoded("destination");
    private static readonly JsonEncodedText NAddress = Encoded("address");
    private static readonly JsonEncodedText NBytes = Encoded("bytes");
    private static readonly JsonEncodedText NDomain = Encoded("domain");
    private static readonly JsonEncodedText NIp = Encoded("ip");
    private static readonly JsonEncodedText NPort = Encoded("port");
    private static readonly JsonEncodedText NRegisteredDomain = Encoded("registered_domain");
    private static readonly JsonEncodedText NSubdomain = Encoded("subdomain");
    private static readonly JsonEncodedText NTopLevelDomain = Encoded("top_level_domain");
    private static readonly JsonEncodedText NEvent = Encoded("event");
    private static readonly JsonEncodedText NCategory = Encoded("category");
    private static readonly JsonEncodedText NCode = Encoded("code");
    private static readonly JsonEncodedText NOutcome = Encoded("outcome");
    private static readonly JsonEncodedText NProvider = Encoded("provider");
    private static readonly JsonEncodedText NReason = Encoded("reason");
    private static readonly JsonEncodedText NType = Encoded("type");
    private static readonly JsonEncodedText NHost = Encoded("host");
    private static readonly JsonEncodedText NMac = Encoded("mac");
    private static readonly JsonEncodedText NNetwork = Encoded("network");
    private static readonly JsonEncodedText NForwardedIp = Encoded("forwarded_ip");
    private static readonly JsonEncodedText NObserver = Encoded("observer");
    private static readonly JsonEncodedText NRelated = Encoded("related");
    private static readonly JsonEncodedText NHosts = Encoded("hosts");
    private static readonly JsonEncodedText NUser = Encoded("user");
    private static readonly JsonEncodedText NRule = Encoded("rule");
    private static readonly JsonEncodedText NService = Encoded("service");
    private static readonly JsonEncodedText NSource = Encoded("source");
    private static readonly JsonEncodedText NUrl = Encoded("url");
    private static readonly JsonEncodedText NPath = Encoded("path");
    private static readonly JsonEncodedText NRoles = Encoded("roles");

    private static readonly JsonEncodedText VHost = Encoded("host");
    private static readonly JsonEncodedText VAuthentication = Encoded("authentication");
    private static readonly JsonEncodedText VNetwork = Encoded("network");
    private static readonly JsonEncodedText VFailure = Encoded("failure");
    private static readonly JsonEncodedText VInfo = Encoded("info");

    private readonly Utf8JsonWriter _writer = new(new ArrayBufferWriter<byte>(), WriterOptions);

    /// <summary>Unescaped quoted values; reused by every line.</summary>
    private readonly EventScratch _scratch = new();

    public string Name => "byte-scanner floor (hand-written)";

    public bool TryMap(ReadOnlySpan<byte> input, ArrayBufferWriter<byte> output)
    {
        var line = new PulseLine();
        if (!TryReadPairs(input, ref line))
        {
            return false;
        }

        var details = new PulseDetails();
        if (!line.Msg.IsEmpty)
        {
            PulseMessageScanner.Match(line.Msg, ref details);
        }

        _writer.Reset(output);
        Write(in line, in details);
        _writer.Flush();
        return true;
    }

    /// <summary>
    /// Reads the key=value items with the runtime's <see cref="KeyValueReader"/> (the platform's item syntax is not
    /// this mapper's to redo); the last of duplicate keys wins. False when no item is found or a quote never closes.
    /// </summary>
    private bool TryReadPairs(ReadOnlySpan<byte> input, ref PulseLine line)
    {
        _scratch.Reset();
        var reader = new KeyValueReader(input);
        while (reader.TryRead(_scratch, out var key, out var value))
        {
            Assign(ref line, key, value.InScratch ? _scratch.Slice(value.Start, value.Length) : input.Slice(value.Start, value.Length));
        }

        return reader.Status == KeyValueStatus.End;
    }

    private static void Assign(ref PulseLine line, ReadOnlySpan<byte> key, ReadOnlySpan<byte> value)
    {
        switch (key.Length)
        {
            case 2 when key.SequenceEqual("fw"u8):
                line.Fw = value;
                break;
            case 3:
                if (key.SequenceEqual("msg"u8))
                {
                    line.Msg = value;
                }
                else if (key.SequenceEqual("src"u8))
                {
                    line.Src = value;
                }
                else if (key.SequenceEqual("dst"u8))
                {
                    line.Dst = value;
                }
                else if (key.SequenceEqual("vpn"u8))
                {
                    line.Vpn = value;
                }

                break;
            case 4:
                if (key.SequenceEqual("time"u8))
                {
                    line.Time = value;
                }
                else if (key.SequenceEqual("user"u8))
                {
                    line.User = value;
                }
                else if (key.SequenceEqual("type"u8))
                {
                    line.Type = value;
                }
                else if (key.SequenceEqual("sent"u8))
                {
                    line.Sent = value;
                }
                else if (key.SequenceEqual("rcvd"u8))
                {
                    line.Rcvd = value;
                }

                break;
            case 5:
                if (key.SequenceEqual("proto"u8))
                {
                    line.Proto = value;
                }
                else if (key.SequenceEqual("realm"u8))
                {
                    line.Realm = value;
                }
                else if (key.SequenceEqual("roles"u8))
                {
                    line.Roles = value;
                }

                break;
            case 7 when key.SequenceEqual("dstname"u8):
                line.Dstname = value;
                break;
        }
    }

    private void Write(in PulseLine line, in PulseDetails details)
    {
        var w = _writer;
        var msg = line.Msg;
        var colon = msg.IndexOf((byte)':');
        var code = colon < 0 ? msg : msg[..colon];
        var reason = !details.Reason.IsEmpty ? details.Reason : colon >= 0 ? msg[(colon + 1)..] : default;
        var sourceIp = FirstIp(details.Src, line.Src);
        var destinationIp = FirstIp(details.Dst, line.Dst);
        var hostIp = IsIp(details.HostIp) ? details.HostIp : default;
        var userName = !details.User.IsEmpty ? details.User : line.User;
        var domain = line.Dstname;
        DomainParts parts = default;
        var hasParts = !domain.IsEmpty && PublicSuffixList.TrySplit(domain, out parts, keepUnlisted: true);
        var hasSent = TryInteger(line.Sent, out var sent);
        var hasReceived = TryInteger(line.Rcvd, out var received);
        var hasPort = TryInteger(details.DstPort, out var port);

        w.WriteStartObject();
        if (TextDate.TryParse(line.Time, out var time))
        {
            // Microseconds only when the line has a fraction of a second.
            Span<byte> formatted = stackalloc byte[Timestamps.MaxRfc3339Length];
            w.WriteString(NTimestamp, formatted[..Timestamps.WriteRfc3339(time, time.Ticks % TimeSpan.TicksPerSecond != 0, formatted)]);
        }

        if (!code.IsEmpty)
        {
            w.WriteStartObject(NAction);
            w.WriteString(NName, code);
            w.WriteEndObject();
        }

        if (!destinationIp.IsEmpty || hasReceived || !domain.IsEmpty || hasPort)
        {
            w.WriteStartObject(NDestination);
            WriteIfAny(NAddress, domain.IsEmpty ? destinationIp : domain);
            if (hasReceived)
            {
                w.WriteNumber(NBytes, received);
            }

            WriteIfAny(NDomain, domain);
            WriteIfAny(NIp, destinationIp);
            if (hasPort)
            {
                w.WriteNumber(NPort, port);
            }

            if (hasParts && parts.HasRegisteredDomain)
            {
                w.WriteString(NRegisteredDomain, parts.RegisteredDomain(domain));
            }

            if (hasParts && parts.HasSubdomain)
            {
                w.WriteString(NSubdomain, parts.Subdomain(domain));
            }

            if (hasParts && parts.HasRegisteredDomain)
            {
                w.WriteString(NTopLevelDomain, parts.TopLevelDomain(domain));
            }

            w.WriteEndObject();
        }

        w.WriteStartObject(NEvent);
        if (!code.IsEmpty)
        {
            w.WriteStartArray(NCategory);
            w.WriteStringValue(code.SequenceEqual("AUT24804"u8) || code.SequenceEqual("AUT24803"u8) ? VHost
                : code.SequenceEqual("AUT23457"u8) ? VAuthentication : VNetwork);
            w.WriteEndArray();
            w.WriteString(NCode, code);
            if (code.SequenceEqual("AUT23457"u8))
            {
                w.WriteString(NOutcome, VFailure);
            }
        }

        WriteIfAny(NProvider, line.Proto);
        WriteIfAny(NReason, reason);
        w.WriteStartArray(NType);
        w.WriteStringValue(VInfo);
        w.WriteEndArray();
        w.WriteEndObject();

        if (!hostIp.IsEmpty || !details.HostMac.IsEmpty || !details.HostName.IsEmpty)
        {
            w.WriteStartObject(NHost);
            WriteListIfAny(NIp, hostIp);
            WriteListIfAny(NMac, details.HostMac);
            WriteIfAny(NName, details.HostName);
            w.WriteEndObject();
        }

        if (!line.Fw.IsEmpty)
        {
            w.WriteStartObject(NNetwork);
            w.WriteString(NForwardedIp, line.Fw);
            w.WriteEndObject();
            w.WriteStartObject(NObserver);
            WriteListIfAny(NIp, line.Fw);
            w.WriteEndObject();
        }

        WriteRelated(line, domain, destinationIp, hostIp, sourceIp, userName);

        if (!details.Policy.IsEmpty)
        {
            w.WriteStartObject(NRule);
            w.WriteString(NName, details.Policy);
            w.WriteEndObject();
        }

        if (!line.Vpn.IsEmpty || !line.Type.IsEmpty)
        {
            w.WriteStartObject(NService);
            WriteIfAny(NName, line.Vpn);
            WriteIfAny(NType, line.Type);
            w.WriteEndObject();
        }

        if (!sourceIp.IsEmpty || hasSent)
        {
            w.WriteStartObject(NSource);
            WriteIfAny(NAddress, sourceIp);
            if (hasSent)
            {
                w.WriteNumber(NBytes, sent);
            }

            WriteIfAny(NIp, sourceIp);
            w.WriteEndObject();
        }

        if (!details.Url.IsEmpty)
        {
            w.WriteStartObject(NUrl);
            w.WriteString(NPath, details.Url);
            w.WriteEndObject();
        }

        if (!line.Realm.IsEmpty || !userName.IsEmpty || !line.Roles.IsEmpty)
        {
            w.WriteStartObject(NUser);
            WriteIfAny(NDomain, line.Realm);
            WriteIfAny(NName, userName);
            if (!line.Roles.IsEmpty)
            {
                w.WriteStartArray(NRoles);
                foreach (var role in line.Roles.Split((byte)','))
                {
                    w.WriteStringValue(line.Roles[role]);
                }

                w.WriteEndArray();
            }

            w.WriteEndObject();
        }

        w.WriteEndObject();
    }

    /// <summary>related.hosts (the destination domain: host.name is not a related host), related.ip (distinct) and related.user.</summary>
    private void WriteRelated(in PulseLine line, ReadOnlySpan<byte> domain, ReadOnlySpan<byte> destinationIp, ReadOnlySpan<byte> hostIp, ReadOnlySpan<byte> sourceIp, ReadOnlySpan<byte> userName)
    {
        var fw = line.Fw;
        var anyIp = !destinationIp.IsEmpty || !hostIp.IsEmpty || !fw.IsEmpty || !sourceIp.IsEmpty;
        if (domain.IsEmpty && !anyIp && userName.IsEmpty)
        {
            return;
        }

        var w = _writer;
        w.WriteStartObject(NRelated);
        if (!domain.IsEmpty)
        {
            w.WriteStartArray(NHosts);
            w.WriteStringValue(domain);
            w.WriteEndArray();
        }

        if (anyIp)
        {
            w.WriteStartArray(NIp);
            WriteDistinct(destinationIp, default, default, default);
            WriteDistinct(hostIp, destinationIp, default, default);
            WriteDistinct(fw, destinationIp, hostIp, default);
            WriteDistinct(sourceIp, destinationIp, hostIp, fw);
            w.WriteEndArray();
        }

        WriteListIfAny(NUser, userName);
        w.WriteEndObject();
    }

    private void WriteDistinct(ReadOnlySpan<byte> value, ReadOnlySpan<byte> a, ReadOnlySpan<byte> b, ReadOnlySpan<byte> c)
    {
        if (!value.IsEmpty && !value.SequenceEqual(a) && !value.SequenceEqual(b) && !value.SequenceEqual(c))
        {
            _writer.WriteStringValue(value);
        }
    }

    private void WriteIfAny(JsonEncodedText name, ReadOnlySpan<byte> value)
    {
        if (!value.IsEmpty)
        {
            _writer.WriteString(name, value);
        }
    }

    private void WriteListIfAny(JsonEncodedText name, ReadOnlySpan<byte> value)
    {
        if (!value.IsEmpty)
        {
            _writer.WriteStartArray(name);
            _writer.WriteStringValue(value);
            _writer.WriteEndArray();
        }
    }

    private static ReadOnlySpan<byte> FirstIp(ReadOnlySpan<byte> first, ReadOnlySpan<byte> second)
        => IsIp(first) ? first : IsIp(second) ? second : default;

    private static bool IsIp(ReadOnlySpan<byte> value) => !value.IsEmpty && IpAddressText.IsIpAddress(value);

    private static bool TryInteger(ReadOnlySpan<byte> value, out long integer)
    {
        integer = 0;
        return !value.IsEmpty && Utf8Parser.TryParse(value, out integer, out var consumed) && consumed == value.Length;
    }

    private static JsonEncodedText Encoded(string text) => JsonEncodedText.Encode(text, JavaScriptEncoder.UnsafeRelaxedJsonEscaping);

    /// <summary>The items of the line this dataset reads; empty spans are missing or empty items.</summary>
    private ref struct PulseLine
    {
        public ReadOnlySpan<byte> Time;
        public ReadOnlySpan<byte> Msg;
        public ReadOnlySpan<byte> Fw;
        public ReadOnlySpan<byte> Vpn;
        public ReadOnlySpan<byte> User;
        public ReadOnlySpan<byte> Realm;
        public ReadOnlySpan<byte> Roles;
        public ReadOnlySpan<byte> Proto;
        public ReadOnlySpan<byte> Type;
        public ReadOnlySpan<byte> Sent;
        public ReadOnlySpan<byte> Rcvd;
        public ReadOnlySpan<byte> Dstname;
        public ReadOnlySpan<byte> Src;
        public ReadOnlySpan<byte> Dst;
    }
}
