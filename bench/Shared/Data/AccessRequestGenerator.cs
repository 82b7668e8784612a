using System;
using System.Text.Json;

namespace EcsForge.Bench.Data;

/// <summary>Raw <c>access_requests</c>: Zero Trust logins and logouts of the sample users to a few applications.</summary>
internal sealed class AccessRequestGenerator : IEventGenerator
{
    /// <summary>Declared first: the initializers below use it and static fields initialize in order.</summary>
    private static readonly JsonEncodedText Empty = JsonText.Go("");

    private static readonly WeightedPool<JsonEncodedText> Actions = new(
        (JsonText.Go("login"), 75), (JsonText.Go("logout"), 15), (Empty, 10));

    private static readonly WeightedPool<JsonEncodedText> Connections = new(
        (JsonText.Go("azureAD"), 25), (JsonText.Go("onetimepin"), 20), (JsonText.Go("okta"), 15), (JsonText.Go("google"), 15),
        (JsonText.Go("github"), 10), (JsonText.Go("saml"), 10), (JsonText.Go("oidc"), 5));

    private static readonly JsonEncodedText Prompt = JsonText.Go("Why do you need access to this application?");

    private static readonly JsonEncodedText[] Justifications =
    [
        JsonText.Go("Incident INC-4821 investigation"),
        JsonText.Go("Débogage en production"),
        JsonText.Ascii("Vérification après déploiement"),
        JsonText.Go("デプロイの確認"),
        JsonText.Go("Customer ticket #12345 <urgent> & escalated"),
    ];

    private static readonly string[] AppDomains =
    [
        "intranet.example.com",
        "grafana.example.co.uk",
        "wiki.example.fr/docs",
        "git.example.com",
        "vpn.example.com.au",
        "admin.example.io/panel",
    ];

    private static readonly int[] TemporaryDurations = [900, 3600, 28800, 86400];

    private readonly Random _random;
    private readonly SampleUser[] _users;
    private readonly (JsonEncodedText Domain, JsonEncodedText Uuid)[] _apps;
    private readonly EventClock _clock = new(maxStepMilliseconds: 4_000);

    public AccessRequestGenerator(Random random)
    {
        _random = random;
        _users = SampleUser.CreateMany(random, 300);
        _apps = new (JsonEncodedText, JsonEncodedText)[AppDomains.Length + 1];
        for (var i = 0; i < AppDomains.Length; i++)
        {
            _apps[i] = (JsonText.Go(AppDomains[i]), JsonText.Go(Identifiers.NewUuid(random)));
        }

        // The SAML entry point of the team domain, as in the conformance sample.
        var samlDomain = "example.cloudflareaccess.com/cdn-cgi/access/sso/saml/" + Identifiers.NewHex(random, 64);
        _apps[^1] = (JsonText.Go(samlDomain), JsonText.Go(Identifiers.NewUuid(random)));
    }

    public void WriteEvent(Utf8JsonWriter json)
    {
        var random = _random;
        var user = random.Pick(_users);
        var app = random.Pick(_apps);
        var justified = random.Chance(8);
        Span<byte> text = stackalloc byte[IpAddresses.MaxLength];

        json.WriteStartObject();
        json.WriteString("Action"u8, Actions.Pick(random));
        json.WriteBoolean("Allowed"u8, random.Chance(88));
        json.WriteString("AppDomain"u8, app.Domain);
        json.WriteString("AppUUID"u8, app.Uuid);
        json.WriteString("Connection"u8, Connections.Pick(random));
        json.WriteString("Country"u8, user.Network.Country);
        json.WriteString("CreatedAt"u8, text[..EventClock.WriteRfc3339(_clock.NextUnixMilliseconds(random), text)]);
        json.WriteString("Email"u8, user.Email);
        var ipLength = random.Chance(15) ? IpAddresses.WriteIPv6(random, user.Network, text) : IpAddresses.WriteIPv4(random, user.Network, text);
        json.WriteString("IPAddress"u8, text[..ipLength]);
        json.WriteString("PurposeJustificationPrompt"u8, justified ? Prompt : Empty);
        json.WriteString("PurposeJustificationResponse"u8, justified ? random.Pick(Justifications) : Empty);
        Identifiers.WriteHex(random, text[..Identifiers.RayIdLength]);
        json.WriteString("RayID"u8, text[..Identifiers.RayIdLength]);
        var temporary = random.Chance(5);
        json.WriteStartArray("TemporaryAccessApprovers"u8);
        if (temporary)
        {
            json.WriteStringValue(random.Pick(_users).Email);
            if (random.Chance(40))
            {
                json.WriteStringValue(random.Pick(_users).Email);
            }
        }

        json.WriteEndArray();
        json.WriteNumber("TemporaryAccessDuration"u8, temporary ? random.Pick(TemporaryDurations) : 0);
        json.WriteString("UserUID"u8, user.Uid);
        json.WriteEndObject();
    }
}
