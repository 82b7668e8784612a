namespace EcsForge.Bench.Data;

/// <summary>Networks seen in Cloudflare logs, weighted roughly by how much traffic (and attack traffic) they send.</summary>
internal static class Networks
{
    public static WeightedPool<Network> All { get; } = new(
        (Net(16509, "AMAZON-02", "us", "2600:1f18", 3, 18, 34, 52, 54), 14),
        (Net(15169, "GOOGLE", "us", "2600:1900", 34, 35, 66), 8),
        (Net(7922, "COMCAST-7922", "us", "2601:640", 24, 73, 98), 7),
        (Net(14061, "DIGITALOCEAN-ASN", "us", "2604:a880", 104, 134, 138, 159, 165), 7),
        (Net(16276, "OVH", "fr", "2001:41d0", 51, 54, 137, 145), 8),
        (Net(3215, "Orange", "fr", "2a01:cb00", 86, 90, 92), 6),
        (Net(12322, "Free SAS", "fr", "2a01:e0a", 78, 82, 88), 5),
        (Net(3320, "DTAG", "de", "2003:e8", 79, 84, 87, 91, 93), 5),
        (Net(24940, "HETZNER-AS", "de", "2a01:4f8", 49, 65, 88, 95, 116), 6),
        (Net(2856, "BT-UK-AS", "gb", "2a00:23c5", 81, 86, 109), 4),
        (Net(3352, "TELEFONICA_DE_ESPANA", "es", "2a02:9000", 80, 83, 88), 3),
        (Net(4134, "CHINANET-BACKBONE", "cn", "240e:3a1", 113, 114, 116, 117, 183), 7),
        (Net(4766, "KIXS-AS-KR", "kr", "2001:2d8", 121, 175, 211), 3),
        (Net(2516, "KDDI", "jp", "2001:268", 106, 111, 182), 3),
        (Net(9829, "BSNL-NIB", "in", "2409:4042", 59, 117, 157), 3),
        (Net(28573, "Claro NXT", "br", "2804:14c", 177, 179, 187, 189), 3),
        (Net(8075, "MICROSOFT-CORP", "us", "2603:1030", 13, 20, 40, 52), 4),
        (Net(9009, "M247", "ro", "2a0d:5600", 37, 89, 146, 185), 3),
        (Net(60068, "CDN77 ^_^", "gb", "2a02:6ea0", 89, 138, 143, 195), 2),
        (Net(0, "", "xx", "2001:db8", 45, 193, 194), 1));

    private static Network Net(int asn, string description, string country, string ipv6Prefix, params byte[] ipv4FirstOctets) =>
        new(asn, JsonText.Go(description), JsonText.Go(country), ipv4FirstOctets, ipv6Prefix);
}
