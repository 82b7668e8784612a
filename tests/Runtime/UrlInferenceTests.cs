using System.Buffers;
using System.Text;
using System.Text.Json;
using EcsForge.Inference;
using EcsForge.Parsing;
using EcsForge.Routing;
using EcsForge.Tests.Datasets;
using Xunit;

namespace EcsForge.Tests.Runtime;

/// <summary><c>url.*</c> inferred from <c>url.original</c>, and the <c>Require.Sha256Length</c> check.</summary>
public sealed class UrlInferenceTests
{
    private static readonly IntakeRouter s_router = new(new[] { UrlInferenceDataset.Format });

    [Theory]
    [InlineData("https://www.example.com/", "https", "www.example.com", 443, "/", null, null)]
    [InlineData("http://user:pw@example.org:8080/a/b?x=1&y=2#top", "http", "example.org", 8080, "/a/b", "x=1&y=2", "top")]
    [InlineData("HTTP://example.org", "HTTP", "example.org", 80, null, null, null)]
    [InlineData("ftp://[2001:db8::1]:21?q", "ftp", "2001:db8::1", 21, null, "q", null)]
    [InlineData("wss://host.test#f", "wss", "host.test", 0, null, null, "f")]
    public void Split_finds_the_parts_and_the_default_port(string url, string scheme, string domain, int port, string? path, string? query, string? fragment)
    {
        var bytes = Encoding.UTF8.GetBytes(url);

        var parts = UrlParts.Split(bytes, new RawValue(RawKind.String, 0, bytes.Length));

        Assert.Equal(url, Text(bytes, parts.Full));
        Assert.Equal(scheme, Text(bytes, parts.Scheme));
        Assert.Equal(domain, Text(bytes, parts.Domain));
        Assert.Equal(port, parts.Port);
        Assert.Equal(path, Text(bytes, parts.Path));
        Assert.Equal(query, Text(bytes, parts.Query));
        Assert.Equal(fragment, Text(bytes, parts.Fragment));
    }

    [Theory]
    [InlineData("www.example.com/path")]
    [InlineData("/relative/path")]
    [InlineData("https:///nohost")]
    [InlineData("1http://example.com")]
    [InlineData("http://example.com:99999/")]
    [InlineData("http://example.com:8o/")]
    [InlineData("http://[2001:db8::1/")]
    public void Split_of_anything_but_an_absolute_url_with_a_host_gives_no_parts(string url)
    {
        var bytes = Encoding.UTF8.GetBytes(url);

        var parts = UrlParts.Split(bytes, new RawValue(RawKind.String, 0, bytes.Length));

        Assert.False(parts.Full.HasValue);
        Assert.False(parts.Domain.HasValue);
        Assert.False(parts.HasPort);
    }

    [Fact]
    public void Parser_infers_url_parts_and_domain_parts_but_keeps_a_written_part()
    {
        using var document = Parse("""{"url":"https:\/\/a.b.example.co.uk:8443\/x?q=1","path":"/written"}""");

        var url = document.RootElement.GetProperty("url");
        Assert.Equal("https://a.b.example.co.uk:8443/x?q=1", url.GetProperty("original").GetString());
        Assert.Equal("https://a.b.example.co.uk:8443/x?q=1", url.GetProperty("full").GetString());
        Assert.Equal("https", url.GetProperty("scheme").GetString());
        Assert.Equal("a.b.example.co.uk", url.GetProperty("domain").GetString());
        Assert.Equal(8443, url.GetProperty("port").GetInt32());
        Assert.Equal("/written", url.GetProperty("path").GetString());
        Assert.Equal("q=1", url.GetProperty("query").GetString());
        Assert.False(url.TryGetProperty("fragment", out _));
        Assert.Equal("example.co.uk", url.GetProperty("registered_domain").GetString());
        Assert.Equal("co.uk", url.GetProperty("top_level_domain").GetString());
        Assert.Equal("a.b", url.GetProperty("subdomain").GetString());
        // A domain split out of url.original is not a related host (Office 365, OGO shield, Ping Federate cases).
        Assert.False(document.RootElement.TryGetProperty("related", out _));
    }

    [Fact]
    public void Parser_writes_only_the_original_of_a_url_it_cannot_split()
    {
        using var document = Parse("""{"url":"not a url"}""");

        var url = document.RootElement.GetProperty("url");
        Assert.Equal("not a url", url.GetProperty("original").GetString());
        Assert.Single(url.EnumerateObject());
        Assert.False(document.RootElement.TryGetProperty("related", out _));
    }

    [Theory]
    [InlineData("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855", true)]
    [InlineData("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b85", false)]
    [InlineData("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855a", false)]
    [InlineData("éééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééé", true)]
    public void Sha256Length_keeps_text_of_64_characters_only(string hash, bool kept)
    {
        using var document = Parse(JsonSerializer.Serialize(new { hash }));

        Assert.Equal(kept, document.RootElement.TryGetProperty("file", out _));
    }

    [Fact]
    public void CharacterCount_counts_utf8_characters_not_bytes()
    {
        Assert.Equal(0, TextConversions.CharacterCount(default));
        Assert.Equal(3, TextConversions.CharacterCount("abc"u8));
        Assert.Equal(2, TextConversions.CharacterCount("é€"u8));
    }

    private static JsonDocument Parse(string message)
    {
        var output = new ArrayBufferWriter<byte>();
        var result = s_router.Parse(UrlInferenceDataset.Format, Encoding.UTF8.GetBytes(message), output);
        Assert.True(result.Success, result.Reason);
        return JsonDocument.Parse(output.WrittenMemory);
    }

    private static string? Text(byte[] bytes, RawValue value)
        => value.HasValue ? Encoding.UTF8.GetString(bytes, value.Start, value.Length) : null;
}
