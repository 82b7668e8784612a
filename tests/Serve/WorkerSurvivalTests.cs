using System;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Text;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using EcsForge.Parsing;
using EcsForge.Routing;
using Xunit;

namespace EcsForge.Tests.Serve;

/// <summary>Finding 1 of issue 12: one small request used to kill a parse worker for good.</summary>
public sealed class WorkerSurvivalTests : IAsyncLifetime
{
    private ServeTestHost _host = null!;

    public async Task InitializeAsync()
    {
        // A dead-letter budget large enough for the killer's dead letter to be written in full, as before the budget.
        var config = ServeTestHost.DefaultConfig();
        config["limits"] = new JsonObject { ["deadLetterFactor"] = 8 };
        _host = await ServeTestHost.StartAsync(config);
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    /// <summary>
    /// 0.7 MiB of control characters in a JSON string: the line fails, and its dead letter (each byte escaped as
    /// <c>\u00XX</c>) is over 4 MiB, the size past which a worker trims its buffer. It gzips to under a kilobyte.
    /// </summary>
    public static byte[] WorkerKiller()
    {
        var line = new StringBuilder("{\"RayID\":\"").Append('\u0001', 700 * 1024).Append('\n').ToString();
        return TestEvents.Gzip(Encoding.UTF8.GetBytes(line), System.IO.Compression.CompressionLevel.SmallestSize);
    }

    [Fact]
    public async Task DeadLettersOverFourMebibytesLeaveEveryWorkerAlive()
    {
        var killer = WorkerKiller();
        Assert.True(killer.Length < 1024, $"{killer.Length} bytes");

        // More requests than workers: before the fix each one killed a worker, and the next batch hung.
        for (var i = 0; i < 3; i++)
        {
            var response = await _host.PostAsync(killer, gzip: true);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }

        var normal = await _host.PostAsync(TestEvents.Lines(0, 300, i => TestEvents.FirewallLine(i)));
        Assert.Equal(HttpStatusCode.OK, normal.StatusCode);
        Assert.Equal(300, _host.OutputLines().Count);
        Assert.Equal(3, _host.DeadLetters().Count);
        var counters = _host.Counters(TestEvents.FirewallFormat);
        Assert.Equal(counters.In, counters.Parsed + counters.Failed);
        Assert.Equal(303, counters.In);

        var health = await _host.Http.GetAsync("/health");
        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
    }

    [Fact]
    public async Task AnExceptionInAParserFailsTheChunksEventsWithItsReasonAndTheWorkerGoesOn()
    {
        var formats = EcsForge.Parsers.IntakeFormatRegistry.All
            .Append(new IntakeFormat(Guid.NewGuid(), "throws", "Throws", new ThrowingParser(), []))
            .ToArray();
        var config = ServeTestHost.DefaultConfig();
        config["workers"] = 1;
        config["intakes"]!.AsArray().Add(ServeTestHost.Intake("buggy", "buggy-key", null, format: "throws"));
        await using var host = await ServeTestHost.StartAsync(config, new IntakeRouter(formats));

        var response = await host.PostAsync(TestEvents.Lines(0, 3, i => TestEvents.FirewallLine(i)), key: "buggy-key");
        var text = await response.Content.ReadAsStringAsync();

        Assert.True(response.StatusCode == HttpStatusCode.OK, text);
        Assert.Equal(3, (int?)JsonNode.Parse(text)!["failed"]);
        var deadLetters = host.DeadLetters();
        Assert.Equal(3, deadLetters.Count);
        Assert.All(deadLetters, d => Assert.Contains("NullReferenceException", (string?)d["reason"], StringComparison.Ordinal));
        Assert.All(deadLetters, d => Assert.Equal("InternalError", (string?)d["failure"]));
        Assert.Equal(HttpStatusCode.OK, (await host.PostAsync(TestEvents.Lines(0, 5, i => TestEvents.FirewallLine(i)))).StatusCode);
        Assert.Equal(5, host.OutputLines().Count);
        var counters = host.Counters("throws");
        Assert.Equal((3L, 0L, 3L), (counters.In, counters.Parsed, counters.Failed));
    }

    [Fact]
    public async Task AWorkerWhoseLoopEndsAnywayIsReplacedAndHealthSaysSoMeanwhile()
    {
        var config = ServeTestHost.DefaultConfig();
        config["workers"] = 1;
        await using var host = await ServeTestHost.StartAsync(config);
        using var replacementMayStart = new System.Threading.SemaphoreSlim(0);
        var failures = 0;
        host.Pipeline.AfterChunk = () =>
        {
            if (System.Threading.Interlocked.Increment(ref failures) == 1)
            {
                throw new InvalidOperationException("the loop ends outside any chunk");
            }
        };
        host.Pipeline.RestartPause = () => replacementMayStart.Wait();

        var first = await host.PostAsync(TestEvents.Lines(0, 10, i => TestEvents.FirewallLine(i)));
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        await ServeTestHost.WaitUntilAsync(() => !host.Metrics.Health.IsHealthy);

        // The only worker is gone and its replacement is held back: /health names it, the counter counts it.
        var unhealthy = await host.Http.GetAsync("/health");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, unhealthy.StatusCode);
        Assert.Contains("worker 1", await unhealthy.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains("worker_restarts_total 1\n", await host.Http.GetStringAsync("/metrics"), StringComparison.Ordinal);

        replacementMayStart.Release();
        await ServeTestHost.WaitUntilAsync(() => host.Metrics.Health.IsHealthy);
        Assert.Equal(HttpStatusCode.OK, (await host.Http.GetAsync("/health")).StatusCode);

        // The replacement parses the next batch.
        var second = await host.PostAsync(TestEvents.Lines(10, 5, i => TestEvents.FirewallLine(i)));
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Equal(15, host.OutputLines().Count);
        Assert.Equal(1, host.Metrics.WorkerRestarts);
    }

    /// <summary>A parser bug the router does not turn into a result: it reaches the worker.</summary>
    private sealed class ThrowingParser : IEventParser
    {
        public ParseResult Parse(ReadOnlySpan<byte> message, EventSession session) => throw new NullReferenceException("a parser bug");
    }
}
