using EcsForge.Mapping;

namespace EcsForge.Parsers.Cloudflare;

/// <summary>Cloudflare Gateway DNS (Logpush dataset <c>gateway_dns</c>): DNS queries inspected by Gateway.</summary>
[IntakeFormat("7b1317ec-3f87-4b53-9b6d-3f79045f28fa", "cloudflare-gateway-dns", Name = "Cloudflare Gateway DNS")]
[Map("DstIP", "destination.ip", Require = Require.IpAddress)]
[Map("Datetime", "@timestamp")]
[Map("DstPort", "destination.port")]
[Map("DeviceID", "device.id")]
[Map("QueryName", "dns.question.name")]
[Map("QueryTypeName", "dns.question.type")]
[Map("ResolvedIPs", "dns.resolved_ip", Convert = Conversion.IpAddresses)]
[Constant("event.category", new[] { "network" })]
[Constant("event.dataset", "gateway_dns")]
[Constant("event.type", new[] { "info" })]
[Map("DeviceName", "host.hostname")]
[Constant("network.protocol", "dns")]
[Map("Protocol", "network.transport")]
[Constant("observer.type", "dns")]
[Constant("observer.vendor", "Cloudflare")]
[Map("SrcPort", "source.port")]
[Map("Email", "user.email")]
[Map("UserID", "user.id")]
[Map("SrcIP", "source.ip", Require = Require.IpAddress)]
[Translate("QueryType", "dns.question.type",
    "1", "A", "2", "NS", "3", "MD", "4", "MF", "5", "CNAME", "6", "SOA",
    "7", "MB", "8", "MG", "9", "MR", "10", "NULL", "11", "WKS", "12", "PTR",
    "13", "HINFO", "14", "MINFO", "15", "MX", "16", "TXT", "17", "RP", "18", "AFSDB",
    "19", "X25", "20", "ISDN", "21", "RT", "22", "NSAP", "23", "NSAP-PTR", "24", "SIG",
    "25", "KEY", "26", "PX", "27", "GPOS", "28", "AAAA", "29", "LOC", "30", "NXT",
    "31", "EID", "32", "NIMLOC", "33", "SRV", "34", "ATMA", "35", "NAPTR", "36", "KX",
    "37", "CERT", "38", "A6", "39", "DNAME", "40", "SINK", "41", "OPT", "42", "APL",
    "43", "DS", "44", "SSHFP", "45", "IPSECKEY", "46", "RRSIG", "47", "NSEC", "48", "DNSKEY",
    "49", "DHCID", "50", "NSEC3", "51", "NSEC3PARAM", "52", "TLSA", "53", "SMIMEA", "55", "HIP",
    "56", "NINFO", "57", "RKEY", "58", "TALINK", "59", "CDS", "60", "CDNSKEY", "61", "OPENPGPKEY",
    "62", "CSYNC", "63", "ZONEMD", "64", "SVCB", "65", "HTTPS", "99", "SPF", "100", "UINFO",
    "101", "UID", "102", "GID", "103", "UNSPEC", "104", "NID", "105", "L32", "106", "L64",
    "107", "LP", "108", "EUI48", "109", "EUI64", "249", "TKEY", "250", "TSIG", "251", "IXFR",
    "252", "AXFR", "253", "MAILB", "254", "MAILA", "255", "*", "256", "URI", "257", "CAA",
    "258", "AVC", "259", "DOA", "260", "AMTRELAY", "32768", "TA", "32769", "DLV",
    When = "!QueryTypeName")]
[Translate("RCode", "dns.response_code",
    "0", "NoError", "1", "FormErr", "2", "ServFail", "3", "NXDomain", "4", "NotImp", "5", "Refused",
    "6", "YXDomain", "7", "YXRRSet", "8", "NXRRSet", "9", "NotAuth", "10", "NotZone", "11", "DSOTYPENI",
    "16", "BADVERS OR BADSIG", "17", "BADKEY", "18", "BADTIME", "19", "BADMODE", "20", "BADNAME", "21", "BADALG",
    "22", "BADTRUNC", "23", "BADCOOKIE")]
[Map("ApplicationID", "cloudflare.ApplicationID")]
[Map("ColoCode", "cloudflare.ColoCode")]
[Map("ColoID", "cloudflare.ColoID")]
[Map("Location", "cloudflare.Location")]
[Map("LocationID", "cloudflare.LocationID")]
[Map("MatchedCategoryIDs", "cloudflare.MatchedCategoryIDs")]
[Map("MatchedCategoryNames", "cloudflare.MatchedCategoryNames")]
[Map("Policy", "cloudflare.Policy")]
[Map("QueryCategoryIDs", "cloudflare.QueryCategoryIDs")]
[Map("QueryCategoryNames", "cloudflare.QueryCategoryNames")]
[Map("QueryNameReversed", "cloudflare.QueryNameReversed")]
[Map("QuerySize", "cloudflare.QuerySize")]
[Map("QueryType", "cloudflare.QueryType")]
[Map("RData", "cloudflare.RData")]
[Map("ResolverDecision", "cloudflare.ResolverDecision")]
[Map("TimeZone", "cloudflare.TimeZone")]
[Map("TimeZoneInferredMethod", "cloudflare.TimeZoneInferredMethod")]
[CustomField("cloudflare.ApplicationID", FieldType.Number, "ID of the application the domain belongs to (for example, 1, 2). Set to 0 when no ApplicationID is matched.")]
[CustomField("cloudflare.ColoCode", FieldType.Keyword, "The name of the colo that received the DNS query (for example, ‘SJC’, ‘MIA’, ‘IAD’).")]
[CustomField("cloudflare.ColoID", FieldType.Number, "The ID of the colo that received the DNS query (for example, 46, 72, 397).")]
[CustomField("cloudflare.Location", FieldType.Keyword, "Name of the location the DNS request is coming from. Location is created by the customer (for example, ‘Office NYC’).")]
[CustomField("cloudflare.LocationID", FieldType.Keyword, "UUID of the location the DNS request is coming from. Location is created by the customer (for example, ‘7bdc7a9c-81d3-4816-8e56-000000000000’).")]
[CustomField("cloudflare.MatchedCategoryIDs", FieldType.Array, "ID or IDs of category that the domain was matched with the policy (for example, [7,12,28,122,129,163]).")]
[CustomField("cloudflare.MatchedCategoryNames", FieldType.Array, "Name or names of category that the domain was matched with the policy (for example, [‘Photography’, ‘Weather’]).")]
[CustomField("cloudflare.Policy", FieldType.Keyword, "ID of the policy/rule that was applied (if any).")]
[CustomField("cloudflare.QueryCategoryIDs", FieldType.Array, "ID or IDs of category that the domain belongs to (for example, [7,12,28,122,129,163]).")]
[CustomField("cloudflare.QueryCategoryNames", FieldType.Array, "Name or names of category that the domain belongs to (for example, [‘Photography’, ‘Weather’]).")]
[CustomField("cloudflare.QueryNameReversed", FieldType.Keyword, "Query name in reverse (for example, ‘com.example’).")]
[CustomField("cloudflare.QuerySize", FieldType.Number, "The size of the DNS request in bytes (for example, 151).")]
[CustomField("cloudflare.QueryType", FieldType.Keyword, "The type of DNS query (for example, ‘1’, ‘28’, ‘15’, or ‘16’).")]
[CustomField("cloudflare.RData", FieldType.Array, "The rdata objects (for example, {“type”:“5”,“data”:“dns-packet-placeholder…”}).")]
[CustomField("cloudflare.ResolverDecision", FieldType.Keyword, "Result of the DNS query (for example, ‘overrideForSafeSearch’).")]
[CustomField("cloudflare.TimeZone", FieldType.Keyword, "Time zone used to calculate the current time, if a matched rule was scheduled with it.")]
[CustomField("cloudflare.TimeZoneInferredMethod", FieldType.Keyword, "Method used to pick the time zone for the schedule (from rule/ from user ip/ from local time).")]
public partial class CloudflareGatewayDns
{
}
