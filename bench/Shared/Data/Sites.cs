using System.Text.Json;

namespace EcsForge.Bench.Data;

/// <summary>Host names of the protected zones, on several TLDs including multi-label public suffixes.</summary>
internal static class Sites
{
    public static WeightedPool<JsonEncodedText> Hosts { get; } = new(
        (JsonText.Go("www.example.com"), 14),
        (JsonText.Go("example.com"), 5),
        (JsonText.Go("api.example.com"), 10),
        (JsonText.Go("shop.example.com.au"), 6),
        (JsonText.Go("www.example.co.uk"), 6),
        (JsonText.Go("example.co.uk"), 3),
        (JsonText.Go("portal.example.gov.uk"), 1),
        (JsonText.Go("blog.example.fr"), 5),
        (JsonText.Go("app.example.co.jp"), 3),
        (JsonText.Go("static.example.io"), 4),
        (JsonText.Go("cdn.example.net"), 4),
        (JsonText.Go("mail.example.org"), 2),
        (JsonText.Go("shop.example.com.br"), 2),
        (JsonText.Go("www.xn--bcher-kva.de"), 1),
        (JsonText.Go("foo-bar-baz.xyz"), 2),
        (JsonText.Go("status.example.dev"), 1));

    /// <summary>Where visitors come from: the zones themselves, search engines and social sites.</summary>
    public static WeightedPool<JsonEncodedText> RefererHosts { get; } = new(
        (JsonText.Go("www.example.com"), 12),
        (JsonText.Go("shop.example.com.au"), 3),
        (JsonText.Go("www.example.co.uk"), 3),
        (JsonText.Go("www.google.com"), 10),
        (JsonText.Go("www.google.fr"), 3),
        (JsonText.Go("www.bing.com"), 2),
        (JsonText.Go("duckduckgo.com"), 1),
        (JsonText.Go("t.co"), 2),
        (JsonText.Go("l.facebook.com"), 2),
        (JsonText.Go("news.ycombinator.com"), 1));
}
