using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Net.Sockets;
using System.Text.Json.Nodes;
using System.Threading;
using System.Threading.Tasks;
using Xunit;
using Xunit.Abstractions;

namespace EcsForge.Tests.Serve;

/// <summary>
/// The real host, stopped with SIGTERM while HTTP batches and a syslog stream are still coming in.
/// <para>
/// How events are counted. HTTP: an event is accepted when its batch got a 200; each must be found exactly once in
/// the output or dead-letter files. Syslog has no acknowledgement: an event counts as accepted when the host received
/// it before closing the connection, which the host reports in its "Drained" log line (events received per format) after
/// flushing everything; output plus dead letters of that format must add up to it exactly. For both, no id may appear
/// twice and every id found must be one that was sent; events of HTTP batches that got no 200 may be found, once at most.
/// </para>
/// </summary>
public sealed class GracefulShutdownTests : IDisposable
{
    private const int BatchSize = 1_000;
    private const int HttpConcurrency = 4;
    private const int SyslogEvents = 10_000;
    private const int FramesPerWrite = 50;

    /// <summary>In the long run, SIGTERM is sent once this many batches are acknowledged (about a third of the run; the paced syslog stream lasts longer).</summary>
    private const int AcknowledgedBeforeSigterm = 30;

    private static readonly TimeSpan s_timeout = TimeSpan.FromSeconds(60);

    private readonly string _directory = Path.Combine(Path.GetTempPath(), "ecsforge-shutdown-" + Guid.NewGuid().ToString("N"));
    private readonly ITestOutputHelper _output;

    public GracefulShutdownTests(ITestOutputHelper output)
    {
        _output = output;
        Directory.CreateDirectory(_directory);
    }

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    /// <summary>Every 250th HTTP event is cut, so dead letters are part of the count.</summary>
    [Fact]
    public Task SigtermMidStreamLosesNoAcceptedEventAndDuplicatesNone()
        => RunAsync(httpEvents: 100_000, i => i % 250 == 0 ? TestEvents.TruncatedFirewallLine(i) : TestEvents.FirewallLine(i), sigtermAfter: null);

    /// <summary>
    /// Issue 12's probe: 50,000 HTTP events of which 10% are mutated (cut, control characters, not JSON, a 2 MiB line)
    /// and 10,000 syslog frames, SIGTERM two seconds in.
    /// </summary>
    [Fact]
    public Task ProbeLoadWithTenPercentMutatedAndSigtermAfterTwoSeconds()
        => RunAsync(httpEvents: 50_000, MutatedLine, sigtermAfter: TimeSpan.FromSeconds(2));

    private static string MutatedLine(int i) => (i % 10, i / 10 % 4) switch
    {
        (not 0, _) => TestEvents.FirewallLine(i),
        (_, 0) => TestEvents.TruncatedFirewallLine(i),
        (_, 1) => TestEvents.FirewallLine(i).Replace("shop.example.com", "shop\u0001.example\u0002.com\u0003", StringComparison.Ordinal),
        (_, 2) => "x" + TestEvents.FirewallLine(i),
        _ => i % 5_000 == 30 ? TestEvents.FirewallLine(i).Replace("shop.example.com", new string('h', 2 << 20), StringComparison.Ordinal) : TestEvents.FirewallLine(i)[..^1],
    };

    private async Task RunAsync(int httpEvents, Func<int, string> firewallLine, TimeSpan? sigtermAfter)
    {
        var batches = Enumerable.Range(0, httpEvents / BatchSize)
            .Select(b => TestEvents.Gzip(TestEvents.Lines(b * BatchSize, BatchSize, firewallLine)))
            .ToArray();
        var syslogWrites = Enumerable.Range(0, SyslogEvents / FramesPerWrite)
            .Select(w => Enumerable.Range(w * FramesPerWrite, FramesPerWrite).SelectMany(i => TestEvents.OctetCountedFrame(TestEvents.PulseMessage(i))).ToArray())
            .ToArray();

        using var host = HostProcess.Start(WriteConfig());
        var httpEndpoint = new Uri(HostProcess.Value(await host.WaitForLogAsync(1, s_timeout), "Endpoint"));
        var syslogEndpoint = IPEndPoint.Parse(HostProcess.Value(await host.WaitForLogAsync(2, s_timeout), "Endpoint"));

        var acknowledged = new ConcurrentBag<int>();
        var syslogWritten = 0;
        using var http = new HttpClient { BaseAddress = httpEndpoint, Timeout = s_timeout };
        var nextBatch = -1;
        var httpSenders = Enumerable.Range(0, HttpConcurrency).Select(_ => Task.Run(async () =>
        {
            int batch;
            while ((batch = Interlocked.Increment(ref nextBatch)) < batches.Length)
            {
                try
                {
                    using var response = await http.SendAsync(BatchRequest(batches[batch]));
                    if (response.StatusCode != HttpStatusCode.OK)
                    {
                        return;
                    }

                    acknowledged.Add(batch);
                }
                catch (HttpRequestException)
                {
                    // The host stopped listening: this batch is not acknowledged, and no later one will be.
                    return;
                }
            }
        })).ToArray();
        var syslogSender = Task.Run(async () =>
        {
            using var client = new TcpClient();
            await client.ConnectAsync(syslogEndpoint);
            var stream = client.GetStream();
            try
            {
                foreach (var write in syslogWrites)
                {
                    await stream.WriteAsync(write);
                    Interlocked.Add(ref syslogWritten, FramesPerWrite);
                    // Paced (at least a second in all), so that the stream is still flowing when SIGTERM arrives.
                    await Task.Delay(5);
                }
            }
            catch (IOException)
            {
                // The host closed the connection at shutdown.
            }
        });

        var waited = Stopwatch.StartNew();
        if (sigtermAfter is { } delay)
        {
            await Task.Delay(delay);
        }
        else
        {
            while ((acknowledged.Count < AcknowledgedBeforeSigterm || Volatile.Read(ref syslogWritten) == 0) && waited.Elapsed < s_timeout)
            {
                await Task.Delay(10);
            }
        }

        var writtenAtSigterm = Volatile.Read(ref syslogWritten);
        var acknowledgedAtSigterm = acknowledged.Count;
        host.Terminate();
        Assert.True(await host.WaitForExitAsync(s_timeout), "the host did not exit after SIGTERM");
        Assert.True(host.ExitCode == 0, host.StandardError);
        await Task.WhenAll([.. httpSenders, syslogSender]);
        Assert.InRange(acknowledged.Count, sigtermAfter is null ? AcknowledgedBeforeSigterm : 1, batches.Length);

        var drained = host.Logs(5).ToDictionary(l => HostProcess.Value(l, "Format"));
        var (output, deadLetters) = (ReadLines("events"), ReadLines("dead-letter").Select(l => JsonNode.Parse(l)!.AsObject()).ToList());
        Assert.True(sigtermAfter is not null || Directory.GetFiles(_directory, "events.*.ndjson").Length > 0, "the output should have rotated");

        var found = new Dictionary<string, int>(StringComparer.Ordinal);
        var firewallRecords = 0;
        var pulseRecords = 0;
        foreach (var line in output)
        {
            if (Count(found, TestEvents.FirewallIdPattern().Match(line)))
            {
                firewallRecords++;
            }
            else
            {
                Assert.True(Count(found, TestEvents.PulseIdPattern().Match(line)), "unidentified output line: " + line);
                pulseRecords++;
            }
        }

        foreach (var deadLetter in deadLetters)
        {
            var message = (string)deadLetter["message"]!;
            if ((string?)deadLetter["format"] == TestEvents.FirewallFormat)
            {
                // A too-large line keeps only its head, where its id is.
                Assert.True(Count(found, TestEvents.FirewallIdPattern().Match(message)), "unidentified dead letter: " + message);
                firewallRecords++;
            }
            else
            {
                // A frame cut by the shutdown may have lost its id; it is still one received event.
                Count(found, TestEvents.PulseIdPattern().Match(message));
                pulseRecords++;
            }
        }

        var duplicated = found.Where(f => f.Value > 1).Select(f => f.Key).ToList();
        Assert.True(duplicated.Count == 0, $"{duplicated.Count} events written twice, e.g. {duplicated.FirstOrDefault()}");
        var sent = Enumerable.Range(0, httpEvents).Select(TestEvents.FirewallId).Concat(Enumerable.Range(0, SyslogEvents).Select(TestEvents.PulseId)).ToHashSet();
        Assert.True(found.Keys.All(sent.Contains), "an id that was never sent was found");
        var missing = acknowledged.SelectMany(b => Enumerable.Range(b * BatchSize, BatchSize)).Select(TestEvents.FirewallId).Where(id => !found.ContainsKey(id)).ToList();
        Assert.True(missing.Count == 0, $"{missing.Count} acknowledged HTTP events are missing, e.g. {missing.FirstOrDefault()}");

        _output.WriteLine(
            $"SIGTERM after {acknowledgedAtSigterm} acknowledged batches and {writtenAtSigterm} syslog frames written; " +
            $"finally {acknowledged.Count} of {batches.Length} batches acknowledged, {firewallRecords} HTTP and {pulseRecords} syslog events written, " +
            $"{deadLetters.Count} dead letters, {found.Count} distinct ids");
        var firewall = drained[TestEvents.FirewallFormat];
        Assert.Equal(HostProcess.Number(firewall, "Received"), firewallRecords);
        Assert.Equal(HostProcess.Number(firewall, "Parsed") + HostProcess.Number(firewall, "Failed"), firewallRecords);
        var pulse = drained[TestEvents.PulseFormat];
        // Every frame the sender had written when SIGTERM came was read in the drain, and written.
        Assert.InRange(pulseRecords, Math.Max(1, writtenAtSigterm), SyslogEvents);
        Assert.Equal(HostProcess.Number(pulse, "Received"), pulseRecords);
        Assert.Equal(HostProcess.Number(pulse, "Parsed") + HostProcess.Number(pulse, "Failed"), pulseRecords);
    }

    private static HttpRequestMessage BatchRequest(byte[] gzipBody)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/plain/batch") { Content = new ByteArrayContent(gzipBody) };
        request.Content.Headers.ContentEncoding.Add("gzip");
        request.Headers.Add("X-SEKOIAIO-INTAKE-KEY", ServeTestHost.Key);
        return request;
    }

    private static bool Count(Dictionary<string, int> found, System.Text.RegularExpressions.Match id)
    {
        if (!id.Success)
        {
            return false;
        }

        found[id.Groups[1].Value] = found.GetValueOrDefault(id.Groups[1].Value) + 1;
        return true;
    }

    private string WriteConfig()
    {
        var config = ServeTestHost.DefaultConfig();
        config["logging"] = new JsonObject { ["format"] = "json", ["minimumLevel"] = "Information" };
        // Small enough that the output rotates during the run.
        config["sinks"]!["events"]!["rotateBytes"] = 16 << 20;
        var path = Path.Combine(_directory, "serve.json");
        File.WriteAllText(path, config.ToJsonString());
        return path;
    }

    private List<string> ReadLines(string stem)
        => Directory.GetFiles(_directory, stem + "*.ndjson").SelectMany(File.ReadLines).ToList();
}
