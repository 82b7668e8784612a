using System;
using System.Text.Json;

namespace EcsForge.Bench.Data;

/// <summary>
/// Raw <c>audit_logs</c>: account changes (Gateway rules and locations, Logpush jobs, DNS records, zone settings,
/// logins, tokens) with the metadata and before/after values each kind carries.
/// </summary>
internal sealed class AuditLogGenerator : IEventGenerator
{
    private enum Change
    {
        GatewayRule,
        GatewayLocation,
        GatewayConfig,
        LogpushJob,
        DnsRecord,
        ZoneSetting,
        Login,
        ApiToken,
    }

    private static readonly WeightedPool<(JsonEncodedText ActionType, Change Change)> Actions = new(
        ((JsonText.Go("gateway_create"), Change.GatewayRule), 6),
        ((JsonText.Go("gateway_update"), Change.GatewayRule), 5),
        ((JsonText.Go("gateway_delete"), Change.GatewayRule), 2),
        ((JsonText.Go("gateway_create_location"), Change.GatewayLocation), 3),
        ((JsonText.Go("gateway_update"), Change.GatewayConfig), 2),
        ((JsonText.Go("job_create"), Change.LogpushJob), 2),
        ((JsonText.Go("job_update"), Change.LogpushJob), 2),
        ((JsonText.Go("job_delete"), Change.LogpushJob), 1),
        ((JsonText.Go("rec_add"), Change.DnsRecord), 6),
        ((JsonText.Go("rec_set"), Change.DnsRecord), 5),
        ((JsonText.Go("rec_del"), Change.DnsRecord), 3),
        ((JsonText.Go("update"), Change.ZoneSetting), 4),
        ((JsonText.Go("login"), Change.Login), 15),
        ((JsonText.Go("token_create"), Change.ApiToken), 2));

    private static readonly WeightedPool<JsonEncodedText> ActorTypes = new(
        (JsonText.Go("user"), 85), (JsonText.Go("Cloudflare"), 10), (JsonText.Go("admin"), 5));

    /// <summary>Declared before <see cref="Interfaces"/>, which uses it: static fields initialize in order.</summary>
    private static readonly JsonEncodedText DashboardInterface = JsonText.Go("UI");

    private static readonly WeightedPool<JsonEncodedText> Interfaces = new(
        (DashboardInterface, 60), (JsonText.Go("API"), 35), (JsonText.Go(""), 5));

    private static readonly string[] ZoneNames = ["example.com", "example.co.uk", "example.com.au", "example.fr", "foo-bar-baz.xyz", "xn--bcher-kva.de"];

    private static readonly string[] Datasets = ["http_requests", "firewall_events", "audit_logs", "access_requests", "dns_logs"];

    private static readonly string[] RuleNames = ["Block malware", "Redirect twitter", "Bloquer les réseaux sociaux", "Allow <finance> SaaS & banking"];

    private static readonly string[] RecordTypes = ["A", "AAAA", "CNAME", "TXT", "MX"];

    private static readonly string[] ZoneSettings = ["ssl", "min_tls_version", "always_use_https", "security_level", "waf"];

    private readonly Random _random;
    private readonly SampleUser[] _users;
    private readonly JsonEncodedText[] _accounts;
    private readonly (JsonEncodedText Name, JsonEncodedText Tag)[] _zones;
    private readonly EventClock _clock = new(maxStepMilliseconds: 30_000);

    public AuditLogGenerator(Random random)
    {
        _random = random;
        _users = SampleUser.CreateMany(random, 40);
        _accounts = new JsonEncodedText[3];
        for (var i = 0; i < _accounts.Length; i++)
        {
            _accounts[i] = JsonText.Go(Identifiers.NewHex(random, 32));
        }

        _zones = new (JsonEncodedText, JsonEncodedText)[ZoneNames.Length];
        for (var i = 0; i < ZoneNames.Length; i++)
        {
            _zones[i] = (JsonText.Go(ZoneNames[i]), JsonText.Go(Identifiers.NewHex(random, 32)));
        }
    }

    public void WriteEvent(Utf8JsonWriter json)
    {
        var random = _random;
        var (actionType, change) = Actions.Pick(random);
        var user = random.Pick(_users);
        var account = random.Pick(_accounts);
        Span<byte> text = stackalloc byte[Identifiers.UuidLength + IpAddresses.MaxLength];

        json.WriteStartObject();
        // Some records carry no result at all (see the gateway_update conformance sample).
        if (!random.Chance(5))
        {
            json.WriteBoolean("ActionResult"u8, random.Chance(95));
        }

        json.WriteString("ActionType"u8, actionType);
        json.WriteString("ActorEmail"u8, user.Email);
        json.WriteString("ActorID"u8, user.ActorId);
        json.WriteString("ActorIP"u8, text[..WriteActorIp(random, user.Network, text)]);
        json.WriteString("ActorType"u8, ActorTypes.Pick(random));
        Identifiers.WriteUuid(random, text);
        json.WriteString("ID"u8, text[..Identifiers.UuidLength]);
        json.WriteString("Interface"u8, change == Change.Login ? DashboardInterface : Interfaces.Pick(random));
        WriteMetadata(json, change, user, account, random);
        WriteValues(json, change, random);
        json.WriteString("OwnerID"u8, account);
        WriteResource(json, change, random, text);
        json.WriteString("When"u8, text[..EventClock.WriteRfc3339(_clock.NextUnixMilliseconds(random), text)]);
        json.WriteEndObject();
    }

    /// <summary>Mostly IPv4, some IPv6, and ~5% IPv4-mapped IPv6 as the dashboard's dual-stack front end reports.</summary>
    private static int WriteActorIp(Random random, Network network, Span<byte> destination)
    {
        var draw = random.Next(100);
        return draw switch
        {
            < 5 => IpAddresses.WriteMappedIPv4(random, network, destination),
            < 15 => IpAddresses.WriteIPv6(random, network, destination),
            _ => IpAddresses.WriteIPv4(random, network, destination),
        };
    }

    private void WriteMetadata(Utf8JsonWriter json, Change change, SampleUser user, JsonEncodedText account, Random random)
    {
        json.WriteStartObject("Metadata"u8);
        switch (change)
        {
            case Change.GatewayLocation:
                var name = random.Chance(50) ? "AWS VM" : "Bureau de Paris – étage 3";
                json.WriteStartObject("Request"u8);
                json.WriteBoolean("client_default"u8, random.Chance(10));
                json.WriteNull("linked_policies"u8);
                json.WriteString("name"u8, name);
                WriteNetworks(json, random);
                json.WriteEndObject();
                json.WriteString("account_id"u8, account);
                json.WriteString("action_detail"u8, "create gateway location"u8);
                json.WriteString("actor_email"u8, user.Email);
                json.WriteString("location_name"u8, name);
                break;
            case Change.DnsRecord or Change.ZoneSetting:
                var zone = random.Pick(_zones);
                json.WriteString("actor_email"u8, user.Email);
                json.WriteString("zone_name"u8, zone.Name);
                json.WriteString("zone_tag"u8, zone.Tag);
                break;
            case Change.Login:
                break;
            default:
                json.WriteString("account_id"u8, account);
                json.WriteString("actor_email"u8, user.Email);
                break;
        }

        json.WriteEndObject();
    }

    private static void WriteNetworks(Utf8JsonWriter json, Random random)
    {
        Span<byte> network = stackalloc byte[IpAddresses.MaxLength + 3];
        json.WriteStartArray("networks"u8);
        var count = random.Next(1, 3);
        for (var i = 0; i < count; i++)
        {
            var length = IpAddresses.WriteIPv4(random, Networks.All.Pick(random), network);
            "/32"u8.CopyTo(network[length..]);
            json.WriteStartObject();
            json.WriteString("network"u8, network[..(length + 3)]);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    /// <summary>The before/after values of the change; creations have no old value, deletions no new one.</summary>
    private static void WriteValues(Utf8JsonWriter json, Change change, Random random)
    {
        switch (change)
        {
            case Change.GatewayRule:
                json.WriteStartObject("NewValue"u8);
                json.WriteString("name"u8, random.Pick(RuleNames));
                json.WriteString("description"u8, ""u8);
                json.WriteNumber("precedence"u8, random.Next(1, 30) * 1000);
                json.WriteBoolean("enabled"u8, random.Chance(90));
                json.WriteString("action"u8, random.Chance(50) ? "block"u8 : "l4_override"u8);
                json.WriteString("traffic"u8, "any(dns.domains[*] in $blocklist) && net.dst.port == 443"u8);
                json.WriteEndObject();
                json.WriteNull("OldValue"u8);
                break;
            case Change.GatewayLocation:
                json.WriteStartObject("NewValue"u8);
                json.WriteString("name"u8, "AWS VM"u8);
                WriteNetworks(json, random);
                json.WriteBoolean("client_default"u8, false);
                json.WriteEndObject();
                json.WriteStartObject("OldValue"u8);
                json.WriteEndObject();
                break;
            case Change.LogpushJob:
                json.WriteStartObject("NewValue"u8);
                json.WriteNumber("id"u8, random.Next(100_000, 200_000));
                json.WriteString("dataset"u8, random.Pick(Datasets));
                json.WriteString("logpull_options"u8, "fields=ClientIP,ClientRequestHost,EdgeResponseStatus,RayID&timestamps=rfc3339"u8);
                json.WriteString("destination_conf"u8, "https://intake.example.net/plain/batch"u8);
                json.WriteBoolean("enabled"u8, true);
                json.WriteNumber("max_upload_bytes"u8, 5_000_000);
                json.WriteEndObject();
                json.WriteStartObject("OldValue"u8);
                json.WriteEndObject();
                break;
            case Change.DnsRecord:
                json.WriteStartObject("NewValue"u8);
                json.WriteString("type"u8, random.Pick(RecordTypes));
                json.WriteString("name"u8, "www"u8);
                json.WriteString("content"u8, "203.0.113.10"u8);
                json.WriteNumber("ttl"u8, random.Chance(70) ? 1 : 3600);
                json.WriteBoolean("proxied"u8, random.Chance(80));
                json.WriteEndObject();
                json.WriteNull("OldValue"u8);
                break;
            case Change.ZoneSetting:
                var setting = random.Pick(ZoneSettings);
                json.WriteStartObject("NewValue"u8);
                json.WriteString("id"u8, setting);
                json.WriteString("value"u8, "on"u8);
                json.WriteEndObject();
                json.WriteStartObject("OldValue"u8);
                json.WriteString("id"u8, setting);
                json.WriteString("value"u8, "off"u8);
                json.WriteEndObject();
                break;
            default:
                json.WriteNull("NewValue"u8);
                json.WriteNull("OldValue"u8);
                break;
        }
    }

    private static void WriteResource(Utf8JsonWriter json, Change change, Random random, Span<byte> scratch)
    {
        int idLength;
        switch (change)
        {
            case Change.GatewayRule:
                Identifiers.WriteUuid(random, scratch);
                idLength = Identifiers.UuidLength;
                break;
            case Change.LogpushJob:
                random.Next(100_000, 200_000).TryFormat(scratch, out idLength);
                break;
            default:
                idLength = 32;
                Identifiers.WriteHex(random, scratch[..idLength]);
                break;
        }

        json.WriteString("ResourceID"u8, scratch[..idLength]);
        json.WriteString("ResourceType"u8, ResourceType(change));
    }

    private static ReadOnlySpan<byte> ResourceType(Change change) => change switch
    {
        Change.GatewayRule => "gateway.rule"u8,
        Change.GatewayLocation => "gateway.location"u8,
        Change.GatewayConfig => "gateway.config"u8,
        Change.LogpushJob => "logpush job"u8,
        Change.DnsRecord => "DNS_record"u8,
        Change.ZoneSetting => "zone"u8,
        Change.Login => "user"u8,
        _ => "api_token"u8,
    };
}
