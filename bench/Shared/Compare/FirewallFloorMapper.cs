using System;
using System.Buffers;
using System.Buffers.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using EcsForge.Inference;
using EcsForge.Parsing;
using EcsForge.Patterns;
using EcsForge.Text;
using EcsForge.UserAgents;

namespace EcsForge.Bench.Compare;

/// <summary>
/// The floor for Cloudflare firewall events: what a careful engineer would write by hand for this one dataset with
/// <see cref="Utf8JsonReader"/> and <see cref="Utf8JsonWriter"/>. One pass that locates values (property names
/// dispatched on their length, then compared as spans), then the ECS event written straight into the caller's buffer
/// with pre-encoded names. Nothing is allocated per event; only escaped strings are copied, into a reused buffer.
/// </summary>
internal sealed class FirewallFloorMapper : IEventMapper
{
    private static readonly JsonWriterOptions WriterOptions = new()
    {
        SkipValidation = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    private static readonly JsonEncodedText NTimestamp = Encoded("@timestamp");
    private static readonly JsonEncodedText NCloudflare = Encoded("cloudflare");
    private static readonly JsonEncodedText NClientIPClass = Encoded("ClientIPClass");
    private static readonly JsonEncodedText NClientRefererHost = Encoded("ClientRefererHost");
    private static readonly JsonEncodedText NClientRefererPath = Encoded("ClientRefererPath");
    private static readonly JsonEncodedText NClientRefererQuery = Encoded("ClientRefererQuery");
    private static readonly JsonEncodedText NClientRefererScheme = Encoded("ClientRefererScheme");
    private static readonly JsonEncodedText NEdgeColoCode = Encoded("EdgeColoCode");
    private static readonly JsonEncodedText NEdgeResponseStatus = Encoded("EdgeResponseStatus");
    private static readonly JsonEncodedText NKind = Encoded("Kind");
    private static readonly JsonEncodedText NOriginResponseStatus = Encoded("OriginResponseStatus");
    private static readonly JsonEncodedText NOriginatorRayID = Encoded("OriginatorRayID");
    private static readonly JsonEncodedText NRayID = Encoded("RayID");
    private static readonly JsonEncodedText NClientASNDescription = Encoded("clientASNDescription");
    private static readonly JsonEncodedText NMatchIndex = Encoded("matchIndex");
    private static readonly JsonEncodedText NMetadata = Encoded("metadata");
    private static readonly JsonEncodedText NSource = Encoded("source");
    private static readonly JsonEncodedText NDestination = Encoded("destination");
    private static readonly JsonEncodedText NAddress = Encoded("address");
    private static readonly JsonEncodedText NDomain = Encoded("domain");
    private static readonly JsonEncodedText NRegisteredDomain = Encoded("registered_domain");
    private static readonly JsonEncodedText NSubdomain = Encoded("subdomain");
    private static readonly JsonEncodedText NTopLevelDomain = Encoded("top_level_domain");
    private static readonly JsonEncodedText NEvent = Encoded("event");
    private static readonly JsonEncodedText NAction = Encoded("action");
    private static readonly JsonEncodedText NCategory = Encoded("category");
    private static readonly JsonEncodedText NDataset = Encoded("dataset");
    private static readonly JsonEncodedText NModule = Encoded("module");
    private static readonly JsonEncodedText NType = Encoded("type");
    private static readonly JsonEncodedText NHttp = Encoded("http");
    private static readonly JsonEncodedText NRequest = Encoded("request");
    private static readonly JsonEncodedText NBytes = Encoded("bytes");
    private static readonly JsonEncodedText NMethod = Encoded("method");
    private static readonly JsonEncodedText NReferrer = Encoded("referrer");
    private static readonly JsonEncodedText NResponse = Encoded("response");
    private static readonly JsonEncodedText NStatusCode = Encoded("status_code");
    private static readonly JsonEncodedText NVersion = Encoded("version");
    private static readonly JsonEncodedText NNetwork = Encoded("network");
    private static readonly JsonEncodedText NProtocol = Encoded("protocol");
    private static readonly JsonEncodedText NObserver = Encoded("observer");
    private static readonly JsonEncodedText NVendor = Encoded("vendor");
    private static readonly JsonEncodedText NRelated = Encoded("related");
    private static readonly JsonEncodedText NHosts = Encoded("hosts");
    private static readonly JsonEncodedText NIp = Encoded("ip");
    private static readonly JsonEncodedText NRule = Encoded("rule");
    private static readonly JsonEncodedText NDescription = Encoded("description");
    private static readonly JsonEncodedText NId = Encoded("id");
    private static readonly JsonEncodedText NReference = Encoded("reference");
    private static readonly JsonEncodedText NRuleset = Encoded("ruleset");
    private static readonly JsonEncodedText NGeo = Encoded("geo");
    private static readonly JsonEncodedText NCountryName = Encoded("country_name");
    private static readonly JsonEncodedText NPort = Encoded("port");
    private static readonly JsonEncodedText NTls = Encoded("tls");
    private static readonly JsonEncodedText NCipher = Encoded("cipher");
    private static readonly JsonEncodedText NVersionProtocol = Encoded("version_protocol");
    private static readonly JsonEncodedText NUrl = Encoded("url");
    private static readonly JsonEncodedText NPath = Encoded("path");
    private static readonly JsonEncodedText NQuery = Encoded("query");
    private static readonly JsonEncodedText NScheme = Encoded("scheme");
    private static readonly JsonEncodedText NUserAgent = Encoded("user_agent");
    private static readonly JsonEncodedText NOriginal = Encoded("original");
    private static readonly JsonEncodedText NOs = Encoded("os");
    private static readonly JsonEncodedText NName = Encoded("name");
    private static readonly JsonEncodedText NDevice = Encoded("device");

    private static readonly JsonEncodedText VNetwork = Encoded("network");
    private static readonly JsonEncodedText VDataset = Encoded("firewall-events");
    private static readonly JsonEncodedText VFirewall = Encoded("firewall");
    private static readonly JsonEncodedText VCloudflare = Encoded("Cloudflare");
    private static readonly JsonEncodedText VInfo = Encoded("info");
    private static readonly JsonEncodedText VAllowed = Encoded("allowed");
    private static readonly JsonEncodedText VDenied = Encoded("denied");
    private static readonly JsonEncodedText VEnd = Encoded("end");

    /// <summary>The cloudflare.* fields copied as they are, to know whether the object has anything to hold.</summary>
    private static readonly F[] CloudflareCopies =
    [
        F.ClientIPClass, F.ClientRefererHost, F.ClientRefererPath, F.ClientRefererQuery, F.ClientRefererScheme, F.EdgeColoCode,
        F.Kind, F.OriginatorRayID, F.RayID, F.ClientASNDescriptionLower, F.MetadataLower, F.Source,
    ];

    private readonly Utf8JsonWriter _writer = new(new ArrayBufferWriter<byte>(), WriterOptions);
    private readonly PatternState _patterns = new();

    /// <summary>Unescaped strings and the event.module text; reused by every event, grown when an event needs more.</summary>
    private byte[] _scratch = new byte[4096];
    private int _scratchUsed;

    private enum Kind : byte
    {
        Missing,
        Empty,
        String,
        Number,
        True,
        False,
        Container,
    }

    /// <summary>The raw fields read, as indexes into the located values.</summary>
    private enum F
    {
        Action, ClientCountry, ClientIP, ClientIPClass, ClientRefererHost, ClientRefererPath,
        ClientRefererQuery, ClientRefererScheme, ClientRequestBytes, ClientRequestHost, ClientRequestMethod, ClientRequestPath,
        ClientRequestProtocol, ClientRequestQuery, ClientRequestReferer, ClientRequestScheme, ClientRequestUserAgent,
        ClientSSLCipher, ClientSSLProtocol, ClientSrcPort, Datetime, Description, EdgeColoCode, EdgeResponseStatus, Kind,
        OriginResponseStatus, OriginatorRayID, RayID, Ref, RuleId, Source,
        ClientASNDescriptionLower, ClientRequestHTTPProtocolLower, MatchIndexLower, MetadataLower, RulesetIdLower,
        Count,
    }

    public string Name => "Utf8JsonReader floor (hand-written)";

    public bool TryMap(ReadOnlySpan<byte> input, ArrayBufferWriter<byte> output)
    {
        Span<Located> raw = stackalloc Located[(int)F.Count];
        raw.Clear();
        _scratchUsed = 0;
        try
        {
            if (!TryRead(input, raw))
            {
                return false;
            }
        }
        catch (JsonException)
        {
            return false;
        }

        // Reading is complete before anything is written, so a bad event leaves the output untouched.
        _writer.Reset(output);
        Write(input, raw);
        _writer.Flush();
        return true;
    }

    private bool TryRead(ReadOnlySpan<byte> input, Span<Located> raw)
    {
        var reader = new Utf8JsonReader(input);
        if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
        {
            return false;
        }

        // Room for any known name even with every character escaped (\uXXXX); longer names cannot be one of ours.
        Span<byte> unescapedName = stackalloc byte[256];
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var field = F.Count;
            if (!reader.ValueIsEscaped)
            {
                field = Dispatch(reader.ValueSpan);
            }
            else if (reader.ValueSpan.Length <= unescapedName.Length)
            {
                field = Dispatch(unescapedName[..reader.CopyString(unescapedName)]);
            }

            if (!reader.Read())
            {
                return false;
            }

            if (field == F.Count)
            {
                reader.Skip();
                continue;
            }

            raw[(int)field] = Capture(ref reader, input);
        }

        // A second value after the object is not one event.
        return reader.TokenType == JsonTokenType.EndObject && !reader.Read();
    }

    /// <summary>Property name to field: a switch on the length, then at most a few span comparisons.</summary>
    private static F Dispatch(ReadOnlySpan<byte> name)
    {
        switch (name.Length)
        {
            case 3:
                return name.SequenceEqual("Ref"u8) ? F.Ref : F.Count;
            case 4:
                return name.SequenceEqual("Kind"u8) ? F.Kind : F.Count;
            case 5:
                return name.SequenceEqual("RayID"u8) ? F.RayID : F.Count;
            case 6:
                return name[5] switch
                {
                    (byte)'n' when name.SequenceEqual("Action"u8) => F.Action,
                    (byte)'e' when name.SequenceEqual("Source"u8) => F.Source,
                    (byte)'d' when name.SequenceEqual("RuleId"u8) => F.RuleId,
                    _ => F.Count,
                };
            case 8:
                return name[0] switch
                {
                    (byte)'C' when name.SequenceEqual("ClientIP"u8) => F.ClientIP,
                    (byte)'D' when name.SequenceEqual("Datetime"u8) => F.Datetime,
                    (byte)'m' when name.SequenceEqual("metadata"u8) => F.MetadataLower,
                    _ => F.Count,
                };
            case 9:
                return name.SequenceEqual("rulesetId"u8) ? F.RulesetIdLower : F.Count;
            case 10:
                return name.SequenceEqual("matchIndex"u8) ? F.MatchIndexLower : F.Count;
            case 11:
                return name.SequenceEqual("Description"u8) ? F.Description : F.Count;
            case 12:
                return name.SequenceEqual("EdgeColoCode"u8) ? F.EdgeColoCode : F.Count;
            case 13:
                return name[6] switch
                {
                    (byte)'C' when name.SequenceEqual("ClientCountry"u8) => F.ClientCountry,
                    (byte)'I' when name.SequenceEqual("ClientIPClass"u8) => F.ClientIPClass,
                    (byte)'S' when name.SequenceEqual("ClientSrcPort"u8) => F.ClientSrcPort,
                    _ => F.Count,
                };
            case 15:
                return name.SequenceEqual("ClientSSLCipher"u8) ? F.ClientSSLCipher : name.SequenceEqual("OriginatorRayID"u8) ? F.OriginatorRayID : F.Count;
            case 17:
                // No single byte tells these apart; bytes 8 and 13 together do ("Referer"/"Request", "Host"/"Path").
                return (name[8], name[13]) switch
                {
                    ((byte)'f', (byte)'H') when name.SequenceEqual("ClientRefererHost"u8) => F.ClientRefererHost,
                    ((byte)'f', (byte)'P') when name.SequenceEqual("ClientRefererPath"u8) => F.ClientRefererPath,
                    ((byte)'q', (byte)'H') when name.SequenceEqual("ClientRequestHost"u8) => F.ClientRequestHost,
                    ((byte)'q', (byte)'P') when name.SequenceEqual("ClientRequestPath"u8) => F.ClientRequestPath,
                    ((byte)'L', (byte)'o') when name.SequenceEqual("ClientSSLProtocol"u8) => F.ClientSSLProtocol,
                    _ => F.Count,
                };
            case 18:
                return (name[8], name[13]) switch
                {
                    ((byte)'f', (byte)'Q') when name.SequenceEqual("ClientRefererQuery"u8) => F.ClientRefererQuery,
                    ((byte)'q', (byte)'B') when name.SequenceEqual("ClientRequestBytes"u8) => F.ClientRequestBytes,
                    ((byte)'q', (byte)'Q') when name.SequenceEqual("ClientRequestQuery"u8) => F.ClientRequestQuery,
                    ((byte)'o', (byte)'t') when name.SequenceEqual("EdgeResponseStatus"u8) => F.EdgeResponseStatus,
                    _ => F.Count,
                };
            case 19:
                return (name[8], name[13]) switch
                {
                    ((byte)'f', (byte)'S') when name.SequenceEqual("ClientRefererScheme"u8) => F.ClientRefererScheme,
                    ((byte)'q', (byte)'M') when name.SequenceEqual("ClientRequestMethod"u8) => F.ClientRequestMethod,
                    ((byte)'q', (byte)'S') when name.SequenceEqual("ClientRequestScheme"u8) => F.ClientRequestScheme,
                    _ => F.Count,
                };
            case 20:
                return (name[0], name[6]) switch
                {
                    ((byte)'C', (byte)'R') when name.SequenceEqual("ClientRequestReferer"u8) => F.ClientRequestReferer,
                    ((byte)'O', (byte)'R') when name.SequenceEqual("OriginResponseStatus"u8) => F.OriginResponseStatus,
                    ((byte)'c', (byte)'A') when name.SequenceEqual("clientASNDescription"u8) => F.ClientASNDescriptionLower,
                    _ => F.Count,
                };
            case 21:
                return name.SequenceEqual("ClientRequestProtocol"u8) ? F.ClientRequestProtocol : F.Count;
            case 22:
                return name.SequenceEqual("ClientRequestUserAgent"u8) ? F.ClientRequestUserAgent : F.Count;
            case 25:
                return name.SequenceEqual("clientRequestHTTPProtocol"u8) ? F.ClientRequestHTTPProtocolLower : F.Count;
            default:
                return F.Count;
        }
    }

    private Located Capture(ref Utf8JsonReader reader, ReadOnlySpan<byte> input)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.String:
                var span = reader.ValueSpan;
                if (span.IsEmpty)
                {
                    return new Located(Kind.Empty, 0, 0, false);
                }

                if (!reader.ValueIsEscaped)
                {
                    return new Located(Kind.String, (int)reader.TokenStartIndex + 1, span.Length, false);
                }

                var start = Reserve(span.Length);
                var length = reader.CopyString(_scratch.AsSpan(start, span.Length));
                _scratchUsed += length;
                return new Located(length == 0 ? Kind.Empty : Kind.String, start, length, true);
            case JsonTokenType.Number:
                return new Located(Kind.Number, (int)reader.TokenStartIndex, reader.ValueSpan.Length, false);
            case JsonTokenType.True:
                return new Located(Kind.True, (int)reader.TokenStartIndex, 4, false);
            case JsonTokenType.False:
                return new Located(Kind.False, (int)reader.TokenStartIndex, 5, false);
            case JsonTokenType.StartObject or JsonTokenType.StartArray:
                var open = (int)reader.TokenStartIndex;
                reader.Skip();
                var text = input[open..(int)reader.BytesConsumed];
                var empty = text[1..^1].IndexOfAnyExcept(" \t\r\n"u8) < 0;
                return new Located(empty ? Kind.Empty : Kind.Container, open, text.Length, false);
            default:
                return default;
        }
    }

    /// <summary>Makes room for <paramref name="length"/> more scratch bytes; earlier offsets stay valid.</summary>
    private int Reserve(int length)
    {
        if (_scratch.Length - _scratchUsed < length)
        {
            Array.Resize(ref _scratch, Math.Max(_scratch.Length * 2, _scratchUsed + length));
        }

        return _scratchUsed;
    }

    private void Write(ReadOnlySpan<byte> input, ReadOnlySpan<Located> raw)
    {
        var w = _writer;
        var action = raw[(int)F.Action];
        var host = raw[(int)F.ClientRequestHost];
        var clientIp = raw[(int)F.ClientIP];
        var hostBytes = Bytes(input, host);
        var ipBytes = Bytes(input, clientIp);
        var hasSourceIp = clientIp.Kind == Kind.String && IpAddressText.IsIpAddress(ipBytes);
        var hostIsText = host.Kind == Kind.String;
        DomainParts parts = default;
        var hasDomainParts = hostIsText && PublicSuffixList.TrySplit(hostBytes, out parts);

        var country = raw[(int)F.ClientCountry];
        var port = raw[(int)F.ClientSrcPort];
        var hasPort = IsInteger(input, port, out var portValue);

        w.WriteStartObject();
        WriteTimestamp(input, raw[(int)F.Datetime]);
        WriteCloudflare(input, raw);

        if (host.Kind >= Kind.String)
        {
            w.WriteStartObject(NDestination);
            if (hostIsText)
            {
                w.WriteString(NAddress, hostBytes);
            }

            WriteValue(NDomain, hostBytes, host.Kind);
            WriteDomainParts(hostBytes, hasDomainParts, parts);
            w.WriteEndObject();
        }

        w.WriteStartObject(NEvent);
        WriteValue(NAction, Bytes(input, action), action.Kind);
        w.WriteStartArray(NCategory);
        w.WriteStringValue(VNetwork);
        w.WriteEndArray();
        w.WriteString(NDataset, VDataset);
        WriteModule(input, raw[(int)F.Source]);
        WriteEventType(input, action);
        w.WriteEndObject();

        WriteHttp(input, raw);
        WriteObject(NNetwork, NProtocol, input, First(raw, F.ClientRequestHTTPProtocolLower, F.ClientRequestProtocol));

        w.WriteStartObject(NObserver);
        w.WriteString(NType, VFirewall);
        w.WriteString(NVendor, VCloudflare);
        w.WriteEndObject();

        if (hostIsText || hasSourceIp)
        {
            w.WriteStartObject(NRelated);
            if (hostIsText)
            {
                // destination.domain and url.domain come from the same field: one host.
                w.WriteStartArray(NHosts);
                w.WriteStringValue(hostBytes);
                w.WriteEndArray();
            }

            if (hasSourceIp)
            {
                w.WriteStartArray(NIp);
                w.WriteStringValue(ipBytes);
                w.WriteEndArray();
            }

            w.WriteEndObject();
        }

        WriteRule(input, raw);

        if (hasSourceIp || country.Kind >= Kind.String || hasPort)
        {
            w.WriteStartObject(NSource);
            if (hasSourceIp)
            {
                w.WriteString(NAddress, ipBytes);
                w.WriteString(NIp, ipBytes);
            }

            if (country.Kind >= Kind.String)
            {
                w.WriteStartObject(NGeo);
                WriteValue(NCountryName, Bytes(input, country), country.Kind);
                w.WriteEndObject();
            }

            if (hasPort)
            {
                w.WriteNumber(NPort, portValue);
            }

            w.WriteEndObject();
        }

        var cipher = raw[(int)F.ClientSSLCipher];
        var tlsVersion = raw[(int)F.ClientSSLProtocol];
        if (cipher.Kind >= Kind.String || tlsVersion.Kind >= Kind.String)
        {
            w.WriteStartObject(NTls);
            WriteValue(NCipher, Bytes(input, cipher), cipher.Kind);
            WriteValue(NVersionProtocol, Bytes(input, tlsVersion), tlsVersion.Kind);
            w.WriteEndObject();
        }

        WriteUrl(input, raw, hostBytes, host.Kind, hasDomainParts, parts);
        WriteUserAgent(input, raw[(int)F.ClientRequestUserAgent]);
        w.WriteEndObject();
    }

    private void WriteCloudflare(ReadOnlySpan<byte> input, ReadOnlySpan<Located> raw)
    {
        var matchIndex = raw[(int)F.MatchIndexLower];
        var hasAny = IsNumber(input, raw[(int)F.EdgeResponseStatus]) || IsNumber(input, raw[(int)F.OriginResponseStatus]) || IsNumber(input, matchIndex);
        foreach (var field in CloudflareCopies)
        {
            hasAny |= raw[(int)field].Kind >= Kind.String;
        }

        if (!hasAny)
        {
            return;
        }

        var w = _writer;
        w.WriteStartObject(NCloudflare);
        WriteValue(NClientIPClass, input, raw[(int)F.ClientIPClass]);
        WriteValue(NClientRefererHost, input, raw[(int)F.ClientRefererHost]);
        WriteValue(NClientRefererPath, input, raw[(int)F.ClientRefererPath]);
        WriteValue(NClientRefererQuery, input, raw[(int)F.ClientRefererQuery]);
        WriteValue(NClientRefererScheme, input, raw[(int)F.ClientRefererScheme]);
        WriteValue(NEdgeColoCode, input, raw[(int)F.EdgeColoCode]);
        WriteNumberField(NEdgeResponseStatus, input, raw[(int)F.EdgeResponseStatus]);
        WriteValue(NKind, input, raw[(int)F.Kind]);
        WriteNumberField(NOriginResponseStatus, input, raw[(int)F.OriginResponseStatus]);
        WriteValue(NOriginatorRayID, input, raw[(int)F.OriginatorRayID]);
        WriteValue(NRayID, input, raw[(int)F.RayID]);
        WriteValue(NClientASNDescription, input, raw[(int)F.ClientASNDescriptionLower]);
        WriteNumberField(NMatchIndex, input, matchIndex);
        WriteValue(NMetadata, input, raw[(int)F.MetadataLower]);
        WriteValue(NSource, input, raw[(int)F.Source]);
        w.WriteEndObject();
    }

    private void WriteHttp(ReadOnlySpan<byte> input, ReadOnlySpan<Located> raw)
    {
        var w = _writer;
        var hasBytes = IsInteger(input, raw[(int)F.ClientRequestBytes], out var bytes);
        var hasStatus = IsInteger(input, raw[(int)F.EdgeResponseStatus], out var status);
        var method = raw[(int)F.ClientRequestMethod];
        var referrer = raw[(int)F.ClientRequestReferer];
        var version = raw[(int)F.ClientRequestProtocol];
        var hasRequest = hasBytes || method.Kind >= Kind.String || referrer.Kind >= Kind.String;
        if (!hasRequest && !hasStatus && version.Kind < Kind.String)
        {
            return;
        }

        w.WriteStartObject(NHttp);
        if (hasRequest)
        {
            w.WriteStartObject(NRequest);
            if (hasBytes)
            {
                w.WriteNumber(NBytes, bytes);
            }

            WriteValue(NMethod, input, method);
            WriteValue(NReferrer, input, referrer);
            w.WriteEndObject();
        }

        if (hasStatus)
        {
            w.WriteStartObject(NResponse);
            w.WriteNumber(NStatusCode, status);
            w.WriteEndObject();
        }

        WriteValue(NVersion, input, version);
        w.WriteEndObject();
    }

    private void WriteRule(ReadOnlySpan<byte> input, ReadOnlySpan<Located> raw)
    {
        var description = raw[(int)F.Description];
        var id = raw[(int)F.RuleId];
        var reference = raw[(int)F.Ref];
        var ruleset = raw[(int)F.RulesetIdLower];
        if (description.Kind < Kind.String && id.Kind < Kind.String && reference.Kind < Kind.String && ruleset.Kind < Kind.String)
        {
            return;
        }

        _writer.WriteStartObject(NRule);
        WriteValue(NDescription, input, description);
        WriteValue(NId, input, id);
        WriteValue(NReference, input, reference);
        WriteValue(NRuleset, input, ruleset);
        _writer.WriteEndObject();
    }

    private void WriteUrl(ReadOnlySpan<byte> input, ReadOnlySpan<Located> raw, ReadOnlySpan<byte> host, Kind hostKind, bool hasParts, DomainParts parts)
    {
        var path = raw[(int)F.ClientRequestPath];
        var query = raw[(int)F.ClientRequestQuery];
        var scheme = raw[(int)F.ClientRequestScheme];
        if (hostKind < Kind.String && path.Kind < Kind.String && query.Kind < Kind.String && scheme.Kind < Kind.String)
        {
            return;
        }

        _writer.WriteStartObject(NUrl);
        WriteValue(NDomain, host, hostKind);
        WriteValue(NPath, input, path);
        WriteValue(NQuery, input, query);
        WriteValue(NScheme, input, scheme);
        WriteDomainParts(host, hasParts, parts);
        _writer.WriteEndObject();
    }

    private void WriteDomainParts(ReadOnlySpan<byte> host, bool hasParts, DomainParts parts)
    {
        if (!hasParts)
        {
            return;
        }

        _writer.WriteString(NRegisteredDomain, parts.RegisteredDomain(host));
        _writer.WriteString(NTopLevelDomain, parts.TopLevelDomain(host));
        if (parts.HasSubdomain)
        {
            _writer.WriteString(NSubdomain, parts.Subdomain(host));
        }
    }

    /// <summary>Epoch nanoseconds (number or numeric string) as RFC 3339 with microseconds; RFC 3339 text kept.</summary>
    private void WriteTimestamp(ReadOnlySpan<byte> input, Located datetime)
    {
        if (datetime.Kind is not (Kind.Number or Kind.String))
        {
            return;
        }

        var text = Bytes(input, datetime);
        double nanoseconds;
        if (Utf8Parser.TryParse(text, out long integer, out var consumed) && consumed == text.Length)
        {
            nanoseconds = integer;
        }
        else if (!(Utf8Parser.TryParse(text, out nanoseconds, out consumed) && consumed == text.Length && double.IsFinite(nanoseconds)))
        {
            if (datetime.Kind == Kind.String && EpochNanoseconds.LooksLikeRfc3339(text))
            {
                _writer.WriteString(NTimestamp, text);
            }

            return;
        }

        if (!Timestamps.TryEpochNanosecondsToUtc(nanoseconds, out var utc))
        {
            return;
        }

        Span<byte> formatted = stackalloc byte[Timestamps.MaxRfc3339Length];
        _writer.WriteString(NTimestamp, formatted[..Timestamps.WriteRfc3339(utc, withMicroseconds: true, formatted)]);
    }

    private void WriteModule(ReadOnlySpan<byte> input, Located source)
    {
        if (source.Kind < Kind.String)
        {
            return;
        }

        var product = Bytes(input, source);
        var prefix = "cloudflare."u8;
        var start = Reserve(prefix.Length + product.Length);
        var module = _scratch.AsSpan(start, prefix.Length + product.Length);
        prefix.CopyTo(module);
        product.CopyTo(module[prefix.Length..]);
        _scratchUsed += module.Length;
        _writer.WriteString(NModule, module);
    }

    private void WriteEventType(ReadOnlySpan<byte> input, Located action)
    {
        if (action.Kind is not (Kind.String or Kind.Number))
        {
            return;
        }

        var type = EventType(Bytes(input, action));
        if (type.EncodedUtf8Bytes.IsEmpty)
        {
            return;
        }

        _writer.WriteStartArray(NType);
        _writer.WriteStringValue(type);
        _writer.WriteEndArray();
    }

    /// <summary>The Action to event.type table, dispatched on length like the property names.</summary>
    private static JsonEncodedText EventType(ReadOnlySpan<byte> action) => action.Length switch
    {
        3 when action.SequenceEqual("log"u8) => VInfo,
        5 when action.SequenceEqual("allow"u8) => VAllowed,
        5 when action.SequenceEqual("block"u8) => VDenied,
        6 when action.SequenceEqual("bypass"u8) => VAllowed,
        7 when action.SequenceEqual("unknown"u8) => VInfo,
        9 when action.SequenceEqual("challenge"u8) => VInfo,
        11 when action.SequenceEqual("jschallenge"u8) => VInfo,
        15 when action.SequenceEqual("connectionclose"u8) => VEnd,
        15 when action.SequenceEqual("challengesolved"u8) => VAllowed,
        15 when action.SequenceEqual("challengefailed"u8) => VDenied,
        16 when action.SequenceEqual("managedchallenge"u8) => VInfo,
        17 when action.SequenceEqual("challengebypassed"u8) => VAllowed,
        17 when action.SequenceEqual("jschallengesolved"u8) => VAllowed,
        17 when action.SequenceEqual("jschallengefailed"u8) => VDenied,
        19 when action.SequenceEqual("jschallengebypassed"u8) => VAllowed,
        23 when action.SequenceEqual("managedchallengeskipped"u8) => VAllowed,
        24 when action.SequenceEqual("managedchallengebypassed"u8) => VAllowed,
        33 when action.SequenceEqual("managedchallengeinteractivesolved"u8) => VAllowed,
        36 when action.SequenceEqual("managedchallengenoninteractivesolved"u8) => VAllowed,
        _ => default,
    };

    /// <summary><c>user_agent</c>: the original string and what the (cached) user-agent parser infers from it.</summary>
    private void WriteUserAgent(ReadOnlySpan<byte> input, Located value)
    {
        if (value.Kind < Kind.String)
        {
            return;
        }

        var bytes = Bytes(input, value);
        var agent = UserAgentParser.Shared.Parse(bytes, _patterns);
        _writer.WriteStartObject(NUserAgent);
        WriteValue(NOriginal, bytes, value.Kind);
        WriteIfPresent(NName, agent?.Name);
        WriteIfPresent(NVersion, agent?.Version);
        if (agent?.OperatingSystemName is not null || agent?.OperatingSystemVersion is not null)
        {
            _writer.WriteStartObject(NOs);
            WriteIfPresent(NName, agent.OperatingSystemName);
            WriteIfPresent(NVersion, agent.OperatingSystemVersion);
            _writer.WriteEndObject();
        }

        if (agent?.DeviceName is { } device)
        {
            _writer.WriteStartObject(NDevice);
            _writer.WriteString(NName, device);
            _writer.WriteEndObject();
        }

        _writer.WriteEndObject();
    }

    private void WriteIfPresent(JsonEncodedText name, JsonEncodedText? value)
    {
        if (value is { } present)
        {
            _writer.WriteString(name, present);
        }
    }

    /// <summary>An object holding a single field, written only when the field has a value.</summary>
    private void WriteObject(JsonEncodedText objectName, JsonEncodedText name, ReadOnlySpan<byte> input, Located value)
    {
        if (value.Kind < Kind.String)
        {
            return;
        }

        _writer.WriteStartObject(objectName);
        WriteValue(name, Bytes(input, value), value.Kind);
        _writer.WriteEndObject();
    }

    private void WriteValue(JsonEncodedText name, ReadOnlySpan<byte> input, Located value) => WriteValue(name, Bytes(input, value), value.Kind);

    /// <summary>Writes a value keeping its JSON type; numbers and containers are copied as they were read.</summary>
    private void WriteValue(JsonEncodedText name, ReadOnlySpan<byte> bytes, Kind kind)
    {
        switch (kind)
        {
            case Kind.String:
                _writer.WriteString(name, bytes);
                break;
            case Kind.Number or Kind.Container:
                _writer.WritePropertyName(name);
                _writer.WriteRawValue(bytes, skipInputValidation: true);
                break;
            case Kind.True or Kind.False:
                _writer.WriteBoolean(name, kind == Kind.True);
                break;
        }
    }

    /// <summary>Custom number fields: numbers copied, numeric strings written as numbers, anything else dropped.</summary>
    private void WriteNumberField(JsonEncodedText name, ReadOnlySpan<byte> input, Located value)
    {
        var bytes = Bytes(input, value);
        if (value.Kind == Kind.Number)
        {
            _writer.WritePropertyName(name);
            _writer.WriteRawValue(bytes, skipInputValidation: true);
        }
        else if (value.Kind == Kind.String)
        {
            if (Utf8Parser.TryParse(bytes, out long integer, out var consumed) && consumed == bytes.Length)
            {
                _writer.WriteNumber(name, integer);
            }
            else if (Utf8Parser.TryParse(bytes, out double real, out consumed) && consumed == bytes.Length && double.IsFinite(real))
            {
                _writer.WriteNumber(name, real);
            }
        }
    }

    /// <summary>What <see cref="WriteNumberField"/> writes: any number, or a string holding a whole number.</summary>
    private bool IsNumber(ReadOnlySpan<byte> input, Located value)
    {
        if (value.Kind == Kind.Number)
        {
            return true;
        }

        var bytes = Bytes(input, value);
        return value.Kind == Kind.String && Utf8Parser.TryParse(bytes, out double real, out var consumed) && consumed == bytes.Length && double.IsFinite(real);
    }

    private bool IsInteger(ReadOnlySpan<byte> input, Located value, out long integer)
    {
        integer = 0;
        if (value.Kind is not (Kind.Number or Kind.String))
        {
            return false;
        }

        var bytes = Bytes(input, value);
        return Utf8Parser.TryParse(bytes, out integer, out var consumed) && consumed == bytes.Length;
    }

    private static Located First(ReadOnlySpan<Located> raw, F first, F second)
        => raw[(int)first].Kind >= Kind.String ? raw[(int)first] : raw[(int)second];

    private ReadOnlySpan<byte> Bytes(ReadOnlySpan<byte> input, Located value)
        => value.InScratch ? _scratch.AsSpan(value.Start, value.Length) : input.Slice(value.Start, value.Length);

    private static JsonEncodedText Encoded(string text) => JsonEncodedText.Encode(text, JavaScriptEncoder.UnsafeRelaxedJsonEscaping);

    /// <summary>Where a value lies: in the input, or in the scratch buffer when it had to be unescaped.</summary>
    private readonly record struct Located(Kind Kind, int Start, int Length, bool InScratch);
}
