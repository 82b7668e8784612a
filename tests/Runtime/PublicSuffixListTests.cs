using System;
using System.Text;
using EcsForge.Inference;
using EcsForge.Tests.Support;
using Xunit;

namespace EcsForge.Tests.Runtime;

public class PublicSuffixListTests
{
    [Theory]
    // Plain TLDs and multi-label public suffixes.
    [InlineData("foo-bar-baz.xyz", "foo-bar-baz.xyz", "foo-bar-baz.xyz", "xyz", "")]
    [InlineData("example.com", "example.com", "example.com", "com", "")]
    [InlineData("www.example.com", "www.example.com", "example.com", "com", "www")]
    [InlineData("a.b.example.co.uk", "a.b.example.co.uk", "example.co.uk", "co.uk", "a.b")]
    [InlineData("example.uk", "example.uk", "example.uk", "uk", "")]
    [InlineData("test.ac.jp", "test.ac.jp", "test.ac.jp", "ac.jp", "")]
    [InlineData("www.test.k12.ak.us", "www.test.k12.ak.us", "test.k12.ak.us", "k12.ak.us", "www")]
    [InlineData("b.ide.kyoto.jp", "b.ide.kyoto.jp", "b.ide.kyoto.jp", "ide.kyoto.jp", "")]
    // Private-section suffixes are ignored.
    [InlineData("sekoiaio.cloudflareaccess.com", "sekoiaio.cloudflareaccess.com", "cloudflareaccess.com", "com", "sekoiaio")]
    [InlineData("foo.blogspot.com", "foo.blogspot.com", "blogspot.com", "com", "foo")]
    [InlineData("user.github.io", "user.github.io", "github.io", "io", "user")]
    // Wildcard and exception rules: *.ck, !www.ck, *.kobe.jp, !city.kobe.jp, *.sch.uk.
    [InlineData("www.ck", "www.ck", "www.ck", "ck", "")]
    [InlineData("www.www.ck", "www.www.ck", "www.ck", "ck", "www")]
    [InlineData("a.b.ck", "a.b.ck", "a.b.ck", "b.ck", "")]
    [InlineData("x.a.b.ck", "x.a.b.ck", "a.b.ck", "b.ck", "x")]
    [InlineData("b.c.kobe.jp", "b.c.kobe.jp", "b.c.kobe.jp", "c.kobe.jp", "")]
    [InlineData("city.kobe.jp", "city.kobe.jp", "city.kobe.jp", "kobe.jp", "")]
    [InlineData("www.city.kobe.jp", "www.city.kobe.jp", "city.kobe.jp", "kobe.jp", "www")]
    [InlineData("kobe.jp", "kobe.jp", "kobe.jp", "jp", "")]
    [InlineData("a.b.sch.uk", "a.b.sch.uk", "a.b.sch.uk", "b.sch.uk", "")]
    [InlineData("b.c.mm", "b.c.mm", "b.c.mm", "c.mm", "")]
    // Case, trailing dot, port, path, query and fragment.
    [InlineData("WWW.Example.COM", "WWW.Example.COM", "Example.COM", "COM", "WWW")]
    [InlineData("WWW.CITY.KOBE.JP", "WWW.CITY.KOBE.JP", "CITY.KOBE.JP", "KOBE.JP", "WWW")]
    [InlineData("www.example.com.", "www.example.com", "example.com", "com", "www")]
    [InlineData("www.example.com:8080/x", "www.example.com", "example.com", "com", "www")]
    [InlineData("sekoiaio.cloudflareaccess.com/cdn-cgi/access/sso", "sekoiaio.cloudflareaccess.com", "cloudflareaccess.com", "com", "sekoiaio")]
    [InlineData("example.com?q=1", "example.com", "example.com", "com", "")]
    [InlineData("example.com#top", "example.com", "example.com", "com", "")]
    [InlineData("example.com./path", "example.com", "example.com", "com", "")]
    // Unicode labels as listed.
    [InlineData("食狮.com.cn", "食狮.com.cn", "食狮.com.cn", "com.cn", "")]
    [InlineData("www.食狮.公司.cn", "www.食狮.公司.cn", "食狮.公司.cn", "公司.cn", "www")]
    [InlineData("shishi.中国", "shishi.中国", "shishi.中国", "中国", "")]
    [InlineData("Www.Test.Aéroport.CI", "Www.Test.Aéroport.CI", "Test.Aéroport.CI", "Aéroport.CI", "Www")]
    // Digits are fine in labels as long as the host is not an IPv4 address.
    [InlineData("1.2.3.4.example.com", "1.2.3.4.example.com", "example.com", "com", "1.2.3.4")]
    [InlineData("256.example.com", "256.example.com", "example.com", "com", "256")]
    public void Splits(string input, string host, string registeredDomain, string topLevelDomain, string subdomain)
    {
        byte[] utf8 = Encoding.UTF8.GetBytes(input);

        Assert.True(PublicSuffixList.TrySplit(utf8, out DomainParts parts));
        Assert.Equal(host, Text(parts.Host(utf8)));
        Assert.Equal(registeredDomain, Text(parts.RegisteredDomain(utf8)));
        Assert.Equal(topLevelDomain, Text(parts.TopLevelDomain(utf8)));
        Assert.Equal(subdomain, Text(parts.Subdomain(utf8)));
        Assert.Equal(subdomain.Length > 0, parts.HasSubdomain);
        Assert.Equal(host, Text(utf8.AsSpan(0, parts.HostLength)));
        Assert.Equal(registeredDomain, Text(utf8.AsSpan(parts.RegisteredDomainStart, parts.HostLength - parts.RegisteredDomainStart)));
        Assert.Equal(topLevelDomain, Text(utf8.AsSpan(parts.TopLevelDomainStart, parts.HostLength - parts.TopLevelDomainStart)));
    }

    [Theory]
    [InlineData("")]
    [InlineData(".")]
    [InlineData("/path")]
    // The host is itself a public suffix.
    [InlineData("com")]
    [InlineData("COM")]
    [InlineData("co.uk")]
    [InlineData("com.")]
    [InlineData("com/path")]
    [InlineData("b.ck")]
    [InlineData("c.kobe.jp")]
    [InlineData("ide.kyoto.jp")]
    [InlineData("公司.cn")]
    // No rule matches: there is no implicit "*" rule.
    [InlineData("ck")]
    [InlineData("localhost")]
    [InlineData("example.example")]
    [InlineData("a.b.example.invalidtld")]
    [InlineData("server.local")]
    [InlineData("example.xn--fiqs8s")] // the list spells IDN suffixes in Unicode, not punycode
    // IP addresses.
    [InlineData("1.2.3.4")]
    [InlineData("1.2.3.4:443/index.html")]
    [InlineData("::1")]
    [InlineData("2001:db8::1")]
    [InlineData("[2001:db8::1]:443")]
    [InlineData("::ffff:1.2.3.4")]
    // Empty labels.
    [InlineData(".example.com")]
    [InlineData("www..example.com")]
    [InlineData("example.com..")]
    [InlineData("example..com")]
    public void Does_not_split(string input)
    {
        Assert.False(PublicSuffixList.TrySplit(Encoding.UTF8.GetBytes(input), out DomainParts parts));
        Assert.Equal(default, parts);
    }

    [Theory]
    [InlineData("ip-111-30-40-252.eu-west-3.compute.internal", "ip-111-30-40-252.eu-west-3.compute")]
    [InlineData("host.lan.", "host")]
    [InlineData("b.example.invalid:8080/x", "b.example")]
    public void Keeps_the_subdomain_of_an_unlisted_suffix_when_asked(string input, string subdomain)
    {
        var utf8 = Encoding.UTF8.GetBytes(input);

        Assert.False(PublicSuffixList.TrySplit(utf8, out _));
        Assert.True(PublicSuffixList.TrySplit(utf8, out var parts, keepUnlisted: true));
        Assert.False(parts.HasRegisteredDomain);
        Assert.True(parts.RegisteredDomain(utf8).IsEmpty);
        Assert.True(parts.TopLevelDomain(utf8).IsEmpty);
        Assert.Equal(subdomain, Encoding.UTF8.GetString(parts.Subdomain(utf8)));
    }

    [Theory]
    [InlineData("localhost")]
    [InlineData("10.1.2.3")]
    [InlineData("2001:db8::1")]
    [InlineData("a..internal")]
    [InlineData("com")]
    public void Keeping_unlisted_suffixes_still_rejects_what_is_no_domain(string input)
    {
        Assert.False(PublicSuffixList.TrySplit(Encoding.UTF8.GetBytes(input), out _, keepUnlisted: true));
    }

    [Fact]
    public void Keeping_unlisted_suffixes_changes_nothing_for_listed_ones()
    {
        var utf8 = Encoding.UTF8.GetBytes("www.example.co.uk");

        Assert.True(PublicSuffixList.TrySplit(utf8, out var parts, keepUnlisted: true));
        Assert.True(parts.HasRegisteredDomain);
        Assert.Equal("example.co.uk", Encoding.UTF8.GetString(parts.RegisteredDomain(utf8)));
        Assert.Equal("www", Encoding.UTF8.GetString(parts.Subdomain(utf8)));
    }

    [Fact]
    public void Rejects_hosts_longer_than_dns_allows()
    {
        string label = new('a', 63);
        string fits = $"{label}.{label}.{label}.{new string('a', 57)}.com"; // 253 bytes
        string tooLong = "a" + fits;

        Assert.True(PublicSuffixList.TrySplit(Encoding.UTF8.GetBytes(fits), out _));
        Assert.False(PublicSuffixList.TrySplit(Encoding.UTF8.GetBytes(tooLong), out _));
        Assert.True(PublicSuffixList.TrySplit(Encoding.UTF8.GetBytes(fits + "/" + new string('p', 500)), out _));
    }

    [Fact]
    public void Does_not_allocate()
    {
        byte[][] inputs =
        [
            Encoding.UTF8.GetBytes("sekoiaio.cloudflareaccess.com/cdn-cgi/access/sso"),
            Encoding.UTF8.GetBytes("a.b.example.co.uk"),
            Encoding.UTF8.GetBytes("www.city.kobe.jp"),
            Encoding.UTF8.GetBytes("www.食狮.公司.cn"),
            Encoding.UTF8.GetBytes("localhost"),
        ];
        int hits = 0;

        var (allocated, calls) = Allocations.Measure(() => hits += Exercise(inputs), repetitions: 1_000);

        Assert.Equal(0, allocated);
        Assert.Equal(calls * 4, hits);
    }

    private static int Exercise(byte[][] inputs)
    {
        int hits = 0;
        foreach (byte[] input in inputs)
        {
            hits += PublicSuffixList.TrySplit(input, out _) ? 1 : 0;
        }

        return hits;
    }

    private static string Text(ReadOnlySpan<byte> utf8) => Encoding.UTF8.GetString(utf8);
}
