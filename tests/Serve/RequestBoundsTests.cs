using System;
using System.IO;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using System.Threading;
using System.Threading.Tasks;
using Xunit;

namespace EcsForge.Tests.Serve;

/// <summary>Finding 2 of issue 12: what one request (with a valid key) may cost the host is bounded.</summary>
public sealed class RequestBoundsTests
{
    [Fact]
    public async Task LineOverTheEventLimitFailsAsTooLargeKeepingItsHeadLengthAndHash()
    {
        await using var host = await ServeTestHost.StartAsync();
        // Three times the default 1 MiB limit, in one line between two good ones.
        var huge = Encoding.UTF8.GetBytes("{\"RayID\":\"" + new string('a', 3 << 20) + "\"}");
        var body = Encoding.UTF8.GetBytes(TestEvents.FirewallLine(1) + "\n").Concat(huge).Concat(Encoding.UTF8.GetBytes("\n" + TestEvents.FirewallLine(2))).ToArray();

        var response = await host.PostAsync(TestEvents.Gzip(body), gzip: true);

        await AssertCountsAsync(response, received: 3, parsed: 2, failed: 1);
        var deadLetter = Assert.Single(host.DeadLetters());
        Assert.Equal("TooLarge", (string?)deadLetter["failure"]);
        Assert.Equal(2, (int?)deadLetter["line"]);
        var reason = (string)deadLetter["reason"]!;
        Assert.Contains($"{huge.Length} bytes, over the limit of {1 << 20}", reason, StringComparison.Ordinal);
        Assert.Contains("sha256 " + Convert.ToHexStringLower(SHA256.HashData(huge)), reason, StringComparison.Ordinal);
        Assert.Equal(Encoding.UTF8.GetString(huge, 0, 256), (string?)deadLetter["message"]);
        AssertBalanced(host);
    }

    [Fact]
    public async Task LineCountBombIs413BeforeAnythingIsParsed()
    {
        // 8 million one-byte lines: 16 MB that gzip to about 16 KB, within every byte limit.
        var bomb = TestEvents.Gzip(Enumerable.Repeat((byte[])[(byte)'x', (byte)'\n'], 8_000_000).SelectMany(b => b).ToArray(), System.IO.Compression.CompressionLevel.SmallestSize);
        Assert.True(bomb.Length < 32 * 1024, $"{bomb.Length} bytes");
        await using var host = await ServeTestHost.StartAsync();

        var response = await host.PostAsync(bomb, gzip: true);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Contains("exceeds the limit of 100000 events", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(0, host.Counters(TestEvents.FirewallFormat).In);
        Assert.Empty(host.DeadLetters());
    }

    [Fact]
    public async Task DeadLettersOfABatchAreBoundedByAMultipleOfItsSize()
    {
        await using var host = await ServeTestHost.StartAsync();
        // Control characters escape to six bytes each in a dead letter: in full, these would be six times the batch.
        var lines = Enumerable.Range(0, 20).Select(i => "{\"RayID\":\"" + new string('\u0001', 50_000)).ToArray();
        var body = Encoding.UTF8.GetBytes(string.Join('\n', lines));

        var response = await host.PostAsync(TestEvents.Gzip(body), gzip: true);

        await AssertCountsAsync(response, received: 20, parsed: 0, failed: 20);
        var deadLetterBytes = new FileInfo(Path.Combine(host.Directory, "dead-letter.ndjson")).Length;
        Assert.InRange(deadLetterBytes, 1, (1 * (body.Length + 1)) + (20 * 1024));
        var deadLetters = host.DeadLetters();
        Assert.Equal(20, deadLetters.Count);
        var cut = deadLetters.Where(d => ((string)d["reason"]!).Contains("dead-letter budget is spent: first 64 of 50010 bytes kept", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(cut);
        Assert.All(cut, d => Assert.Equal(64, ((string)d["message"]!).Length));
        AssertBalanced(host);
    }

    [Fact]
    public async Task BodiesOverTheConcurrencyLimitGet503WithRetryAfter()
    {
        var config = ServeTestHost.DefaultConfig();
        config["http"] = new JsonObject { ["port"] = 0, ["maxConcurrentBodies"] = 1, ["bodyWaitSeconds"] = 0 };
        await using var host = await ServeTestHost.StartAsync(config);
        var slowBody = new HeldContent(TestEvents.Lines(0, 10, i => TestEvents.FirewallLine(i)));
        var slow = host.Http.SendAsync(Request(slowBody));
        await slowBody.Started.Task;

        // The held body's first byte is sent, but the server may not have taken its slot yet: until it has, a second
        // batch is admitted (and parsed, harmlessly). Ask again until one is refused, a bounded number of times.
        var refused = await host.Http.SendAsync(Request(new ByteArrayContent(TestEvents.Lines(10, 1, i => TestEvents.FirewallLine(i)))));
        for (var attempt = 1; refused.StatusCode == HttpStatusCode.OK && attempt < 200; attempt++)
        {
            await Task.Delay(25);
            refused = await host.Http.SendAsync(Request(new ByteArrayContent(TestEvents.Lines(10, 1, i => TestEvents.FirewallLine(i)))));
        }

        Assert.Equal(HttpStatusCode.ServiceUnavailable, refused.StatusCode);
        Assert.Equal(TimeSpan.FromSeconds(1), refused.Headers.RetryAfter?.Delta);
        slowBody.Release.SetResult();
        await AssertCountsAsync(await slow, received: 10, parsed: 10, failed: 0);
        await AssertCountsAsync(await host.PostAsync(TestEvents.Lines(10, 1, i => TestEvents.FirewallLine(i))), received: 1, parsed: 1, failed: 0);
    }

    internal static async Task AssertCountsAsync(HttpResponseMessage response, int received, int parsed, int failed)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{(int)response.StatusCode}: {text}");
        var counts = JsonNode.Parse(text)!;
        Assert.Equal((received, parsed, failed), ((int)counts["received"]!, (int)counts["parsed"]!, (int)counts["failed"]!));
    }

    private static void AssertBalanced(ServeTestHost host)
    {
        var counters = host.Counters(TestEvents.FirewallFormat);
        Assert.Equal(counters.In, counters.Parsed + counters.Failed);
        Assert.Equal(counters.Parsed, host.OutputLines().Count);
        Assert.Equal(counters.Failed, host.DeadLetters().Count);
    }

    private static HttpRequestMessage Request(HttpContent content)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/plain/batch") { Content = content };
        request.Headers.Add("X-SEKOIAIO-INTAKE-KEY", ServeTestHost.Key);
        return request;
    }

    /// <summary>Sends the first byte of its body, then waits for <see cref="Release"/> before sending the rest.</summary>
    private sealed class HeldContent(byte[] body) : HttpContent
    {
        public TaskCompletionSource Started { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public TaskCompletionSource Release { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        protected override async Task SerializeToStreamAsync(Stream stream, TransportContext? context)
        {
            await stream.WriteAsync(body.AsMemory(0, 1));
            await stream.FlushAsync();
            Started.SetResult();
            await Release.Task;
            await stream.WriteAsync(body.AsMemory(1));
        }

        protected override bool TryComputeLength(out long length)
        {
            length = body.Length;
            return true;
        }
    }
}
