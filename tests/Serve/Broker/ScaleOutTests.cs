using System;
using System.Collections.Concurrent;
using System.Diagnostics;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Text;
using System.Text.Json.Nodes;
using System.Threading;
using System.Threading.Tasks;
using Xunit;
using Xunit.Abstractions;

namespace EcsForge.Tests.Serve.Broker;

/// <summary>
/// Scale-out against a real RabbitMQ broker, with real host processes: front ends publishing raw batches, consumer
/// hosts competing for them. Every test checks the union of the outputs against the input, id by id: nothing missing,
/// nothing unexpected, and duplicates counted (none where no consumer failed; bounded by the prefetch where one did).
/// </summary>
[Collection(BrokerCollection.Name)]
public sealed class ScaleOutTests
{
    private const int BatchSize = 1_000;

    /// <summary>Generous: 200,000 events through three processes and the broker on two shared cores.</summary>
    private static readonly TimeSpan s_timeout = TimeSpan.FromSeconds(150);

    private readonly ITestOutputHelper _output;

    public ScaleOutTests(ITestOutputHelper output)
    {
        _output = output;
    }

    /// <summary>Every 500th event is cut, so dead letters are part of the union.</summary>
    private static string Line(int i) => i % 500 == 7 ? TestEvents.TruncatedFirewallLine(i) : TestEvents.FirewallLine(i);

    [BrokerFact]
    public async Task TwoConsumingHostsShare200000EventsFromAFrontEndEachExactlyOnce()
    {
        const int events = 200_000;
        await using var bed = await BrokerTestBed.StartAsync();
        await using var collector = new OutputCollector(bed.Topology);
        await collector.StartAsync();
        using var frontEnd = HostProcess.Start(bed.FrontEndConfig());
        using var first = HostProcess.Start(bed.ConsumerConfig("first", prefetch: 4));
        using var second = HostProcess.Start(bed.ConsumerConfig("second", prefetch: 4));
        var endpoint = new Uri(HostProcess.Value(await frontEnd.WaitForLogAsync(1, s_timeout), "Endpoint"));

        using var http = new HttpClient { BaseAddress = endpoint, Timeout = s_timeout };
        var statuses = new ConcurrentBag<HttpStatusCode>();
        var next = -1;
        await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Task.Run(async () =>
        {
            int batch;
            while ((batch = Interlocked.Increment(ref next)) < events / BatchSize)
            {
                using var request = new HttpRequestMessage(HttpMethod.Post, "/plain/batch") { Content = new ByteArrayContent(TestEvents.Lines(batch * BatchSize, BatchSize, Line)) };
                request.Headers.Add("X-SEKOIAIO-INTAKE-KEY", ServeTestHost.Key);
                using var response = await http.SendAsync(request);
                statuses.Add(response.StatusCode);
            }
        })));
        Assert.All(statuses, s => Assert.Equal(HttpStatusCode.OK, s));

        await collector.WaitForAsync(events, s_timeout);
        var received = await StopAllAsync(first, second);
        await StopAllAsync(frontEnd);

        AssertUnion(collector, events);
        Assert.Equal(0, collector.Duplicates);
        Assert.Equal(events / 500, collector.DeadLetters.Count);
        // Shared: each host parsed part of the stream, and together every event once.
        Assert.All(received, r => Assert.InRange(r, 1, events - 1));
        Assert.Equal(events, received.Sum());
        _output.WriteLine($"events per host: {string.Join(", ", received)}");
    }

    [BrokerFact]
    public async Task AConsumerKilledMidStreamLosesNothingAndDuplicatesAtMostItsPrefetch()
    {
        const int events = 100_000;
        const int prefetch = 2;
        await using var bed = await BrokerTestBed.StartAsync();
        await PublishAsync(bed, events);
        await using var collector = new OutputCollector(bed.Topology);
        await collector.StartAsync();
        using var victim = HostProcess.Start(bed.ConsumerConfig("victim", prefetch));
        using var survivor = HostProcess.Start(bed.ConsumerConfig("survivor", prefetch));

        await collector.WaitForAsync(events / 5, s_timeout);
        victim.Kill();
        await collector.WaitForAsync(events, s_timeout);
        var received = await StopAllAsync(survivor);

        AssertUnion(collector, events);
        // Only what the killed host had delivered and not acknowledged can come twice.
        Assert.InRange(collector.Duplicates, 0, prefetch * BatchSize);
        Assert.InRange(received.Single(), 1, events);
        _output.WriteLine($"duplicates after SIGKILL: {collector.Duplicates}; the survivor parsed {received.Single()}");
    }

    [RabbitMqCtlFact]
    public async Task ABrokerRestartMidStreamLosesNothing()
    {
        const int events = 60_000;
        const int batches = events / BatchSize;
        await using var bed = await BrokerTestBed.StartAsync();
        await PublishAsync(bed, events);
        using var host = HostProcess.Start(bed.ConsumerConfig("restarted", prefetch: 4));

        // Restarted once the host has taken a few batches, while most are still waiting in the raw queue.
        var waited = Stopwatch.StartNew();
        uint waiting;
        while ((waiting = await bed.MessageCountAsync(bed.RawQueue)) > batches - 8 && waited.Elapsed < s_timeout)
        {
            await Task.Delay(20);
        }

        RabbitMqCtl.Run("stop_app");
        RabbitMqCtl.Run("start_app");
        while (host.Logs(30).Count < 2 && waited.Elapsed < s_timeout)
        {
            await Task.Delay(50);
        }

        await using var collector = new OutputCollector(bed.Topology);
        await collector.StartAsync();
        await collector.WaitForAsync(events, s_timeout);
        var received = await StopAllAsync(host);

        Assert.InRange(waiting, 1u, batches - 1u);
        Assert.True(host.Logs(30).Count >= 2, "the host should have connected again after the restart:\n" + host.StandardError);
        AssertUnion(collector, events);
        _output.WriteLine($"{waiting} of {batches} batches waiting at the restart; duplicates: {collector.Duplicates}; the host received {received.Single()} events");
    }

    [BrokerFact]
    public async Task PoisonBatchesEndInTheDeadLetterQueueWithTheirReasonInsteadOfLooping()
    {
        await using var bed = await BrokerTestBed.StartAsync();
        var oversized = TestEvents.Lines(0, 400, i => TestEvents.FirewallLine(i));
        var tooMany = Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat("{}\n", 101)));
        var badFraming = Encoding.UTF8.GetBytes("12 <134>1 - - - 999999 never ends");
        var wrongFormat = TestEvents.Lines(0, 2, i => TestEvents.FirewallLine(i));
        await bed.PublishRawAsync(oversized, TestEvents.FirewallFormat, "lines");
        await bed.PublishRawAsync(tooMany, TestEvents.FirewallFormat, "lines");
        await bed.PublishRawAsync(badFraming, TestEvents.FirewallFormat, "octet-counted");
        await bed.PublishRawAsync(wrongFormat, TestEvents.PulseFormat, "lines");
        await bed.PublishLinesAsync(TestEvents.Lines(1_000, 10, i => TestEvents.FirewallLine(i)));
        await using var collector = new OutputCollector(bed.Topology);
        await collector.StartAsync();
        var limits = new JsonObject { ["maxDecompressedBytes"] = 64 * 1024, ["maxEvents"] = 100 };
        using var host = HostProcess.Start(bed.ConsumerConfig("poisoned", prefetch: 1, limits));

        // The good batch published last comes out: the poison before it did not block the queue.
        await collector.WaitForAsync(10, s_timeout);
        var waited = Stopwatch.StartNew();
        while (collector.Poison.Count < 4 && waited.Elapsed < s_timeout)
        {
            await Task.Delay(50);
        }

        await StopAllAsync(host);
        Assert.Equal(10, collector.Found);
        var poison = collector.Poison.ToList();
        Assert.Equal(4, poison.Count);
        Assert.Equal(oversized, poison[0].Body);
        Assert.Contains("exceeds the limit of 65536 bytes", poison[0].Reason, StringComparison.Ordinal);
        Assert.Equal(tooMany, poison[1].Body);
        Assert.Contains("exceeds the limit of 100 events", poison[1].Reason, StringComparison.Ordinal);
        Assert.Equal(badFraming, poison[2].Body);
        Assert.Contains("malformed octet-counted frame", poison[2].Reason, StringComparison.Ordinal);
        Assert.Equal(wrongFormat, poison[3].Body);
        Assert.Contains("pulse-connect-secure", poison[3].Reason, StringComparison.Ordinal);
        Assert.Equal(0u, await bed.MessageCountAsync(bed.RawQueue));
        Assert.Equal(4, host.Logs(34).Count);
    }

    private static async Task PublishAsync(BrokerTestBed bed, int events)
    {
        for (var batch = 0; batch < events / BatchSize; batch++)
        {
            await bed.PublishLinesAsync(TestEvents.Lines(batch * BatchSize, BatchSize, Line));
        }
    }

    private static void AssertUnion(OutputCollector collector, int events)
    {
        var (missing, unexpected) = collector.Compare(Enumerable.Range(0, events).Select(TestEvents.FirewallId).ToList());
        Assert.True(missing.Count == 0, $"{missing.Count} events are missing, e.g. {missing.FirstOrDefault()}");
        Assert.True(unexpected.Count == 0, $"{unexpected.Count} ids were never sent, e.g. {unexpected.FirstOrDefault()}");
    }

    /// <summary>SIGTERM to each host; returns the events each received, from its "Drained" log line.</summary>
    private static async Task<long[]> StopAllAsync(params HostProcess[] hosts)
    {
        foreach (var host in hosts)
        {
            host.Terminate();
        }

        var received = new long[hosts.Length];
        for (var i = 0; i < hosts.Length; i++)
        {
            Assert.True(await hosts[i].WaitForExitAsync(s_timeout), "a host did not exit after SIGTERM");
            Assert.True(hosts[i].ExitCode == 0, hosts[i].StandardError);
            received[i] = hosts[i].Logs(5).Sum(l => HostProcess.Number(l, "Received"));
        }

        return received;
    }
}
