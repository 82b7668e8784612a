using EcsForge.Mapping;

namespace EcsForge.Parsers.Ivanti;

/// <summary>
/// Ivanti / Pulse Connect Secure syslog: <c>key=value</c> items whose <c>msg</c> starts with an event code
/// (<c>AUT24804: Host Checker policy ...</c>) that selects a grok pattern for the details.
/// </summary>
[IntakeFormat("7a12aa3b-ec73-4ebb-8fb3-f7c543fd84a5", "pulse-connect-secure", Name = "Ivanti / Pulse Connect Secure", Input = InputFormat.KeyValue)]
[Patterns("msg", Into = "details", KeyDelimiter = ":")]
[Pattern("AUT31556", "AUT31556: Unauthenticated request url %{URIPATHPARAM:url} %{GREEDYDATA}")]
[Pattern("AUT20920", @"AUT20920: Connection from IP %{IP:src} not authenticated yet \(URL=%{URIPATHPARAM:url}\)")]
[Pattern("AUT24604", "AUT24604: SSL negotiation failed while client at source IP '%{IP:src}' was trying to connect to '%{IP:dst}'. Reason: '%{DATA:reason}'")]
[Pattern("AUT24804", "AUT24804: Host Checker policy '%{DATA:policy}' failed on host '%{HOST_ADDRESS}' address '%{MAC:host_mac}' for user '%{USERNAME:user}' reason '%{DATA:reason}'.")]
[Pattern("AUT24803", "AUT24803: Host Checker policy '%{DATA:policy}' passed on host '%{HOST_ADDRESS}' address '%{MAC:host_mac}' for user '%{USERNAME:user}'.")]
[Pattern("SYS20704", "SYS20704: %{DATA} SNMP trap to %{IP:dst}:%{NUMBER:dst_port}")]
[Pattern("SYS31437", "SYS31437: Successful syslog connection to peer: '%{IP:src}'")]
[Pattern("LIC30499", "LIC30499: Leased %{NUMBER} units of '%{DATA}' from %{IP:src} - reserved: %{NUMBER} maximum: %{NUMBER} incremental quantum: %{NUMBER}")]
[CustomPattern("HOST_ADDRESS", "%{IP:host_ip}|%{HOSTNAME:host_name}")]

// Fields of every event.
[Map("time", "@timestamp", Convert = Conversion.Rfc3339)]
[Map("msg", "action.name", "event.code", Convert = Conversion.BeforeDelimiter, Delimiter = ":")]
[Map("fw", "network.forwarded_ip", "observer.ip")]
[Map("vpn", "service.name")]
[Map("user", "user.name")]
[Map("realm", "user.domain")]
[Map("roles", "user.roles", Convert = Conversion.Split, Delimiter = ",")]
[Map("proto", "event.provider")]
[Map("type", "service.type")]
[Map("sent", "source.bytes")]
[Map("rcvd", "destination.bytes")]
[Map("dstname", "destination.domain")]
[Constant("event.type", new[] { "info" })]
[Map("msg", "event.reason", Convert = Conversion.AfterDelimiter, Delimiter = ":")]
[Map("src", "source.ip", Require = Require.IpAddress)]
[Map("dst", "destination.ip", Require = Require.IpAddress)]
[Translate("msg", "event.category", "AUT24804", "host", "AUT24803", "host", "AUT23457", "authentication",
    Fallback = "network", Convert = Conversion.BeforeDelimiter, Delimiter = ":")]
[Translate("msg", "event.outcome", "AUT23457", "failure", Convert = Conversion.BeforeDelimiter, Delimiter = ":")]

// Details from the event code's pattern; they override the generic fields above.
[Map("details.url", "url.path")]
[Map("details.dst_port", "destination.port")]
[Map("details.reason", "event.reason")]
[Map("details.policy", "rule.name")]
[Map("details.user", "user.name")]
[Map("details.host_name", "host.name")]
[Map("details.src", "source.ip", Require = Require.IpAddress)]
[Map("details.dst", "destination.ip", Require = Require.IpAddress)]
[Map("details.host_ip", "host.ip", Require = Require.IpAddress)]
[Map("details.host_mac", "host.mac")]
[CustomField("action.name", FieldType.Keyword, "The name of the action (the event code).")]
public partial class PulseConnectSecure
{
}
