using System;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Text;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using Xunit;

namespace EcsForge.Tests.Serve;

public sealed class HttpIntakeTests : IAsyncLifetime
{
    private ServeTestHost _host = null!;

    public async Task InitializeAsync() => _host = await ServeTestHost.StartAsync();

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task GzipBatchIsParsedAndAcknowledgedWithCounts()
    {
        var response = await _host.PostAsync(TestEvents.Gzip(TestEvents.Lines(0, 10, i => TestEvents.FirewallLine(i))), gzip: true);

        await AssertCountsAsync(response, received: 10, parsed: 10, failed: 0);
        // Acknowledged means written: the output is complete as soon as the 200 arrives.
        var ids = _host.OutputLines().Select(l => TestEvents.FirewallIdPattern().Match(l).Groups[1].Value).ToHashSet();
        Assert.Equal(Enumerable.Range(0, 10).Select(TestEvents.FirewallId).ToHashSet(), ids);
    }

    [Fact]
    public async Task FailedEventsGoToDeadLettersWithoutFailingTheBatch()
    {
        var body = Encoding.UTF8.GetBytes(TestEvents.FirewallLine(1) + "\r\n\n" + TestEvents.TruncatedFirewallLine(2) + "\n")
            .Concat(new byte[] { 0xFF, 0xFE, (byte)'{', (byte)'\n' })
            .Concat(Encoding.UTF8.GetBytes(TestEvents.FirewallLine(3)))
            .ToArray();

        var response = await _host.PostAsync(body);

        await AssertCountsAsync(response, received: 4, parsed: 2, failed: 2);
        var deadLetters = _host.DeadLetters();
        Assert.Equal(2, deadLetters.Count);
        var truncated = deadLetters.Single(d => (string?)d["failure"] == "Truncated");
        Assert.Equal(TestEvents.TruncatedFirewallLine(2), (string?)truncated["message"]);
        Assert.Equal(TestEvents.FirewallFormat, (string?)truncated["format"]);
        Assert.Equal(3, (int?)truncated["line"]);
        Assert.StartsWith("truncated message", (string?)truncated["reason"], StringComparison.Ordinal);
        var invalid = deadLetters.Single(d => (string?)d["failure"] == "InvalidUtf8");
        Assert.Equal(new byte[] { 0xFF, 0xFE, (byte)'{' }, Convert.FromBase64String((string)invalid["message_base64"]!));
    }

    [Fact]
    public async Task MissingOrUnknownKeyIs401()
    {
        var body = Encoding.UTF8.GetBytes(TestEvents.FirewallLine(1));

        Assert.Equal(HttpStatusCode.Unauthorized, (await _host.PostAsync(body, key: null)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await _host.PostAsync(body, key: ServeTestHost.Key + "x")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await _host.PostAsync(body, key: ServeTestHost.Key[..^1])).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await _host.PostAsync(body, key: "")).StatusCode);
        Assert.Equal(0, _host.Counters(TestEvents.FirewallFormat).In);
    }

    [Fact]
    public async Task KeyInLogpushQueryParameterIsAccepted()
    {
        var response = await _host.PostAsync(
            Encoding.UTF8.GetBytes(TestEvents.FirewallLine(7)), key: null, query: "?header_X-SEKOIAIO-INTAKE-KEY=" + ServeTestHost.Key);

        await AssertCountsAsync(response, received: 1, parsed: 1, failed: 0);
    }

    [Fact]
    public async Task BodyOverLimitIs413()
    {
        var body = TestEvents.Lines(0, 600, i => TestEvents.FirewallLine(i));
        Assert.True(body.Length > 128 * 1024);

        // With a Content-Length, refused before reading; chunked, refused once the count passes the limit.
        await AssertRejectedAsync(await _host.PostAsync(body, key: ServeTestHost.TinyKey), HttpStatusCode.RequestEntityTooLarge, "request body exceeds");
        var chunked = new HttpRequestMessage(HttpMethod.Post, "/plain/batch") { Content = new StreamContent(new UnknownLengthStream(body)) };
        chunked.Headers.Add("X-SEKOIAIO-INTAKE-KEY", ServeTestHost.TinyKey);
        await AssertRejectedAsync(await _host.Http.SendAsync(chunked), HttpStatusCode.RequestEntityTooLarge, "request body exceeds");
        Assert.Equal(0, _host.Counters(TestEvents.FirewallFormat).In);
    }

    [Fact]
    public async Task GzipBombIs413()
    {
        // 32 MiB of zeros in about 32 KiB: within the body limit, 32 times the decompressed one.
        var bomb = TestEvents.Gzip(new byte[32 << 20], CompressionLevel.SmallestSize);
        Assert.True(bomb.Length < 64 * 1024);

        var response = await _host.PostAsync(bomb, key: ServeTestHost.TinyKey, gzip: true);

        await AssertRejectedAsync(response, HttpStatusCode.RequestEntityTooLarge, "decompressed batch exceeds the limit of 1048576 bytes");
        Assert.Equal(0, _host.Counters(TestEvents.FirewallFormat).In);
    }

    [Fact]
    public async Task MalformedGzipIs400WithAReason()
    {
        var garbage = await _host.PostAsync(Encoding.UTF8.GetBytes(TestEvents.FirewallLine(1)), gzip: true);
        await AssertRejectedAsync(garbage, HttpStatusCode.BadRequest, "malformed gzip body");

        // Cut before its trailer, a gzip stream decompresses without complaint: the host must still refuse it.
        var complete = TestEvents.Gzip(TestEvents.Lines(0, 50, i => TestEvents.FirewallLine(i)));
        var cut = await _host.PostAsync(complete[..(complete.Length / 2)], gzip: true);
        await AssertRejectedAsync(cut, HttpStatusCode.BadRequest, "ends before its trailer");
        Assert.Equal(0, _host.Counters(TestEvents.FirewallFormat).In);
        Assert.Empty(_host.OutputLines());
    }

    [Fact]
    public async Task EmptyBodyIs200WithZeroCounts()
    {
        await AssertCountsAsync(await _host.PostAsync([]), received: 0, parsed: 0, failed: 0);
        await AssertCountsAsync(await _host.PostAsync([], gzip: true), received: 0, parsed: 0, failed: 0);
        await AssertCountsAsync(await _host.PostAsync(TestEvents.Gzip([]), gzip: true), received: 0, parsed: 0, failed: 0);
        await AssertCountsAsync(await _host.PostAsync("\n\n"u8.ToArray()), received: 0, parsed: 0, failed: 0);
    }

    [Fact]
    public async Task UnsupportedEncodingIs415()
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/plain/batch") { Content = new ByteArrayContent([1, 2, 3]) };
        request.Content.Headers.ContentEncoding.Add("br");
        request.Headers.Add("X-SEKOIAIO-INTAKE-KEY", ServeTestHost.Key);

        await AssertRejectedAsync(await _host.Http.SendAsync(request), HttpStatusCode.UnsupportedMediaType, "Content-Encoding 'br'");
    }

    [Fact]
    public async Task FiveMegabyteLogpushBatchOfAThousandRecords()
    {
        // Logpush's largest batch: 1,000 records, 5 MB, gzip-compressed.
        var userAgent = new string('x', 5_000);
        var body = TestEvents.Lines(0, 1_000, i => TestEvents.FirewallLine(i, userAgent));
        Assert.InRange(body.Length, 5_000_000, 5_500_000);

        var response = await _host.PostAsync(TestEvents.Gzip(body), gzip: true);

        await AssertCountsAsync(response, received: 1_000, parsed: 1_000, failed: 0);
        var output = _host.OutputLines();
        Assert.Equal(1_000, output.Select(l => TestEvents.FirewallIdPattern().Match(l).Groups[1].Value).Distinct().Count());
        Assert.All(output, l => Assert.Contains(userAgent, l, StringComparison.Ordinal));
    }

    [Fact]
    public async Task HealthAndPrometheusMetrics()
    {
        await AssertCountsAsync(await _host.PostAsync(TestEvents.Lines(0, 3, i => TestEvents.FirewallLine(i))), 3, 3, 0);
        await _host.PostAsync([], key: "nope");

        var health = await _host.Http.GetAsync("/health");
        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
        Assert.Equal("ok", (string?)JsonNode.Parse(await health.Content.ReadAsStringAsync())!["status"]);

        var metrics = await _host.Http.GetAsync("/metrics");
        Assert.StartsWith("text/plain; version=0.0.4", metrics.Content.Headers.ContentType!.ToString(), StringComparison.Ordinal);
        var lines = (await metrics.Content.ReadAsStringAsync()).Split('\n');
        Assert.Contains("# TYPE events_in_total counter", lines);
        Assert.Contains("events_in_total{format=\"cloudflare-firewall-events\"} 3", lines);
        Assert.Contains("events_parsed_total{format=\"cloudflare-firewall-events\"} 3", lines);
        Assert.Contains("events_failed_total{format=\"cloudflare-firewall-events\"} 0", lines);
        Assert.Contains("events_in_total{format=\"pulse-connect-secure\"} 0", lines);
        Assert.Contains("http_batches_total{status=\"200\"} 1", lines);
        Assert.Contains("http_batches_total{status=\"401\"} 1", lines);
        Assert.Contains("# TYPE batch_latency_seconds histogram", lines);
        Assert.Contains("batch_latency_seconds_bucket{le=\"+Inf\"} 1", lines);
        Assert.Contains("batch_latency_seconds_count 1", lines);
    }

    private static async Task AssertCountsAsync(HttpResponseMessage response, int received, int parsed, int failed)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{(int)response.StatusCode}: {text}");
        var counts = JsonNode.Parse(text)!;
        Assert.Equal(received, (int?)counts["received"]);
        Assert.Equal(parsed, (int?)counts["parsed"]);
        Assert.Equal(failed, (int?)counts["failed"]);
    }

    private static async Task AssertRejectedAsync(HttpResponseMessage response, HttpStatusCode status, string reason)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == status, $"expected {(int)status}, got {(int)response.StatusCode}: {text}");
        Assert.Contains(reason, (string?)JsonNode.Parse(text)!["error"], StringComparison.Ordinal);
    }

    /// <summary>A body whose length HttpClient cannot know, so it is sent chunked.</summary>
    private sealed class UnknownLengthStream(byte[] data) : MemoryStream(data)
    {
        public override bool CanSeek => false;
    }
}
