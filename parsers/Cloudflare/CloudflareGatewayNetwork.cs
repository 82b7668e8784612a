using EcsForge.Mapping;

namespace EcsForge.Parsers.Cloudflare;

/// <summary>Cloudflare Gateway network sessions (Logpush dataset <c>gateway_network</c>): packets inspected by Gateway.</summary>
[IntakeFormat("d14567dd-56b1-42f8-aa64-fb65d4b0a4cf", "cloudflare-gateway-network", Name = "Cloudflare Gateway Network")]
[Map("Datetime", "@timestamp")]
[Map("AccountID", "cloud.account.id")]
[Map("SNI", "destination.domain")]
[Map("DestinationIP", "destination.ip", "destination.address", Require = Require.IpAddress)]
[Map("DestinationPort", "destination.port")]
[Map("DeviceID", "device.id")]
[Map("Action", "event.action")]
[Constant("event.category", new[] { "network" })]
[Constant("event.dataset", "gateway_network")]
[Map("DeviceName", "host.hostname")]
[Constant("observer.type", "proxy")]
[Constant("observer.vendor", "Cloudflare")]
[Constant("event.type", new[] { "info" })]
[Constant("event.type", new[] { "allowed" }, When = "Action == 'allowedOnNoRuleMatch'")]
[Map("Transport", "network.transport")]
[Map("Email", "user.email")]
[Map("UserID", "user.id")]
[Map("SourceIP", "source.ip", Require = Require.IpAddress)]
[Map("SourcePort", "source.port")]
[Map("SNI", "tls.client.server_name")]
[Map("InternalSourceIP", "cloudflare.InternalSourceIP")]
[Map("OverrideIP", "cloudflare.OverrideIP")]
[Map("OverridePort", "cloudflare.OverridePort")]
[Map("PolicyID", "cloudflare.PolicyID")]
[Map("PolicyName", "cloudflare.PolicyName")]
[Map("SessionID", "cloudflare.SessionID")]
[CustomField("cloudflare.InternalSourceIP", FieldType.Keyword, "Local LAN IP of the device. Only available when connected via a GRE/IPsec tunnel on-ramp.")]
[CustomField("cloudflare.OverrideIP", FieldType.Keyword, "Overriden IP of the network session, if any.")]
[CustomField("cloudflare.OverridePort", FieldType.Number, "Overriden port of the network session, if any.")]
[CustomField("cloudflare.PolicyID", FieldType.Keyword, "Identifier of the policy/rule that was applied, if any.")]
[CustomField("cloudflare.PolicyName", FieldType.Keyword, "The name of the gateway policy applied to the request, if any.")]
[CustomField("cloudflare.SessionID", FieldType.Keyword, "The session identifier of this network session.")]
public partial class CloudflareGatewayNetwork
{
}
