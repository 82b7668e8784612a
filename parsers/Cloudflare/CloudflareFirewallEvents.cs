using EcsForge.Mapping;

namespace EcsForge.Parsers.Cloudflare;

/// <summary>
/// Cloudflare firewall events (Logpush dataset <c>firewall_events</c>): actions taken by the WAF. The field names are
/// the pipeline's, typos included (see README, "Upstream quirks reproduced").
/// </summary>
[IntakeFormat("16676d72-463e-4b8a-b13a-f8dd48cddc8c", "cloudflare-firewall-events", Name = "Cloudflare WAF events")]
[Map("ClientIP", "source.ip", Require = Require.IpAddress)]
[Map("Datetime", "@timestamp", Convert = Conversion.EpochNanoseconds)]
[Map("ClientCountry", "source.geo.country_name")]
[Map("ClientRequestHost", "destination.domain", "url.domain")]
[Map("ClientRequestMethod", "http.request.method")]
[Map("ClientRequestProtocol", "http.version")]
[Map("ClientRequestPath", "url.path")]
[Map("ClientRequestScheme", "url.scheme")]
[Map("ClientRequestQuery", "url.query")]
[Map("ClientRequestUserAgent", "user_agent.original")]
[Map("EdgeResponseStatus", "http.response.status_code")]
[Map("Action", "event.action")]
[Map("RuleId", "rule.id")]
[Map("Description", "rule.description")]
[Map("Ref", "rule.reference")]
[Map("clientRequestHTTPProtocol", "network.protocol", Or = "ClientRequestProtocol")]
[Map("rulesetId", "rule.ruleset")]
[Map("ClientRequestBytes", "http.request.bytes")]
[Map("ClientRequestReferer", "http.request.referrer")]
[Map("ClientSSLCipher", "tls.cipher")]
[Map("ClientSSLProtocol", "tls.version_protocol")]
[Map("ClientSrcPort", "source.port")]
[Constant("event.category", new[] { "network" })]
[Constant("event.dataset", "firewall-events")]
[Constant("observer.vendor", "Cloudflare")]
[Constant("observer.type", "firewall")]
[Translate("Action", "event.type",
    "unknown", "info",
    "allow", "allowed",
    "block", "denied",
    "challenge", "info",
    "jschallenge", "info",
    "log", "info",
    "connectionclose", "end",
    "challengesolved", "allowed",
    "challengefailed", "denied",
    "challengebypassed", "allowed",
    "jschallengesolved", "allowed",
    "jschallengefailed", "denied",
    "jschallengebypassed", "allowed",
    "bypass", "allowed",
    "managedchallenge", "info",
    "managedchallengeskipped", "allowed",
    "managedchallengenoninteractivesolved", "allowed",
    "managedchallengeinteractivesolved", "allowed",
    "managedchallengebypassed", "allowed")]
[Map("RayID", "cloudflare.RayID")]
[Map("EdgeColoCode", "cloudflare.EdgeColoCode")]
[Map("EdgeResponseStatus", "cloudflare.EdgeResponseStatus")]
[Map("clientASNDescription", "cloudflare.clientASNDescription")]
[Map("matchIndex", "cloudflare.matchIndex")]
[Map("metadata", "cloudflare.metadata")]
[Map("ClientIPClass", "cloudflare.ClientIPClass")]
[Map("Source", "cloudflare.source")]
[Map("OriginResponseStatus", "cloudflare.OriginResponseStatus")]
[Map("OriginatorRayID", "cloudflare.OriginatorRayID")]
[Map("Kind", "cloudflare.Kind")]
[Map("ClientRefererHost", "cloudflare.ClientRefererHost")]
[Map("ClientRefererPath", "cloudflare.ClientRefererPath")]
[Map("ClientRefererQuery", "cloudflare.ClientRefererQuery")]
[Map("ClientRefererScheme", "cloudflare.ClientRefererScheme")]
[Template("event.module", "cloudflare.{Source}")]
[CustomField("cloudflare.ClientIPClass", FieldType.Keyword, "The classification of the visitor’s IP address, possible values are: unknown | badHost | searchEngine | allowlist | monitoringService | noRecord | scan | tor")]
[CustomField("cloudflare.ClientRefererHost", FieldType.Keyword, "The referer host")]
[CustomField("cloudflare.ClientRefererPath", FieldType.Keyword, "The referer path requested by visitor")]
[CustomField("cloudflare.ClientRefererQuery", FieldType.Keyword, "The referer query-string was requested by the visitor")]
[CustomField("cloudflare.ClientRefererScheme", FieldType.Keyword, "The referer URL scheme requested by the visitor")]
[CustomField("cloudflare.EdgeColoCode", FieldType.Keyword, "IATA airport code of data center that received the request")]
[CustomField("cloudflare.EdgeResponseStatus", FieldType.Number, "HTTP status code returned by Cloudflare to the client")]
[CustomField("cloudflare.Kind", FieldType.Keyword, "The dataset of the event")]
[CustomField("cloudflare.OriginResponseStatus", FieldType.Number, "status returned by the origin server")]
[CustomField("cloudflare.OriginatorRayID", FieldType.Keyword, "The RayID of the request that issued the challenge/jschallenge")]
[CustomField("cloudflare.RayID", FieldType.Keyword, "ID of the request")]
[CustomField("cloudflare.clientASNDescription", FieldType.Keyword, "The ASN of the visitor as string")]
[CustomField("cloudflare.matchIndex", FieldType.Number, "Rules match index in the chain")]
[CustomField("cloudflare.metadata", FieldType.Object, "Additional product-specific information. Metadata is organized in key:value pairs. Key and Value formats can vary by Cloudflare security product and can change over time")]
[CustomField("cloudflare.source", FieldType.Keyword, "The Cloudflare security product triggered by this request")]
public partial class CloudflareFirewallEvents
{
}
