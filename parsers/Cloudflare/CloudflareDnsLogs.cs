using EcsForge.Mapping;

namespace EcsForge.Parsers.Cloudflare;

/// <summary>Cloudflare DNS logs (Logpush dataset <c>dns_logs</c>): the DNS queries answered by Cloudflare.</summary>
[IntakeFormat("bd9d0f51-114e-499a-bb7a-4f2d0a518b04", "cloudflare-dns-logs", Name = "Cloudflare DNS logs")]
[Map("Timestamp", "@timestamp", Convert = Conversion.EpochNanoseconds)]
[Map("QueryName", "dns.question.name", Convert = Conversion.Trim, Delimiter = ".")]
[Constant("event.category", new[] { "network" })]
[Constant("event.type", new[] { "info" })]
[Constant("event.dataset", "dns_logs")]
[Constant("observer.vendor", "Cloudflare")]
[Constant("observer.type", "dns")]
[Map("SourceIP", "source.ip", Require = Require.IpAddress)]
[Translate("QueryType", "dns.question.type", Table = typeof(DnsQueryTypes))]
[Translate("ResponseCode", "dns.response_code", Table = typeof(DnsResponseCodes))]
[Map("ColoCode", "cloudflare.ColoCode")]
[Map("ResponseCached", "cloudflare.ResponseCached")]
[Map("EDNSSubnet", "cloudflare.EDNSSubnet")]
[Map("EDNSSubnetLength", "cloudflare.EDNSSubnetLength")]
[CustomField("cloudflare.ColoCode", FieldType.Keyword, "IATA airport code of data center that received the request")]
[CustomField("cloudflare.EDNSSubnet", FieldType.Keyword, "EDNS Client Subnet (IPv4 or IPv6)")]
[CustomField("cloudflare.EDNSSubnetLength", FieldType.Number, "EDNS Client Subnet length")]
[CustomField("cloudflare.ResponseCached", FieldType.Boolean, "Whether the response was cached or not")]
public partial class CloudflareDnsLogs
{
}
