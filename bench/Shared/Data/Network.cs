using System.Text.Json;

namespace EcsForge.Bench.Data;

/// <summary>
/// An autonomous system clients come from: its number, name and country, with address prefixes it announces, so
/// the IP, ASN and country of a sample event agree with each other.
/// </summary>
/// <param name="Ipv4FirstOctets">First octets of its IPv4 ranges.</param>
/// <param name="Ipv6Prefix">Its IPv6 prefix as exactly two groups, e.g. <c>2a01:cb00</c>.</param>
internal sealed record Network(int Asn, JsonEncodedText Description, JsonEncodedText Country, byte[] Ipv4FirstOctets, string Ipv6Prefix);
