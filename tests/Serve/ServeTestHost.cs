using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using EcsForge.Host.Serve;
using EcsForge.Host.Serve.Config;
using EcsForge.Host.Serve.Metrics;
using EcsForge.Host.Serve.Pipeline;
using EcsForge.Routing;
using Xunit;

namespace EcsForge.Tests.Serve;

/// <summary>
/// An in-process <c>serve</c> host on free loopback ports, writing to its own temporary directory: a firewall intake
/// (<see cref="Key"/>), a small-limits intake (<see cref="TinyKey"/>) and a Pulse syslog listener.
/// </summary>
internal sealed class ServeTestHost : IAsyncDisposable
{
    public const string Key = "test-intake-key-firewall-6c1f0e";

    /// <summary>Limits: 128 KiB of body, 1 MiB decompressed.</summary>
    public const string TinyKey = "test-intake-key-tiny-a93d";

    public const int MaxFrameBytes = 4096;

    // Qualified: the test assembly has a registry of its own test datasets.
    private static readonly IntakeRouter s_router = new(EcsForge.Parsers.IntakeFormatRegistry.All);

    private readonly ServeHost _host;

    /// <summary>
    /// How long a request or a wait may take before the test fails. Generous: these bounds only end a test that is
    /// broken, and a shared 2-core machine under load once took over 30 s to answer a request that takes milliseconds.
    /// </summary>
    internal static readonly TimeSpan Patience = TimeSpan.FromSeconds(120);

    private ServeTestHost(ServeHost host, string directory)
    {
        _host = host;
        Directory = directory;
        Http = new HttpClient { BaseAddress = host.HttpEndpoint, Timeout = Patience };
    }

    public string Directory { get; }

    public HttpClient Http { get; }

    public IPEndPoint Syslog => _host.SyslogEndpoints["pulse"];

    public static JsonObject DefaultConfig() => new()
    {
        ["http"] = new JsonObject { ["port"] = 0 },
        ["workers"] = 2,
        ["logging"] = new JsonObject { ["minimumLevel"] = "None" },
        ["sinks"] = new JsonObject
        {
            ["events"] = new JsonObject { ["type"] = "file", ["path"] = "events.ndjson" },
            ["dead-letter"] = new JsonObject { ["type"] = "file", ["path"] = "dead-letter.ndjson" },
        },
        ["intakes"] = new JsonArray(
            Intake("waf", Key, null),
            Intake("tiny", TinyKey, new JsonObject { ["maxBodyBytes"] = 128 * 1024, ["maxDecompressedBytes"] = 1 << 20 })),
        ["syslog"] = new JsonArray(new JsonObject
        {
            ["name"] = "pulse",
            ["port"] = 0,
            ["format"] = TestEvents.PulseFormat,
            ["output"] = "events",
            ["deadLetter"] = "dead-letter",
            ["maxFrameBytes"] = MaxFrameBytes,
        }),
    };

    /// <param name="router">By default, the shipped formats.</param>
    public static async Task<ServeTestHost> StartAsync(JsonObject? config = null, IntakeRouter? router = null)
    {
        router ??= s_router;
        var directory = Path.Combine(Path.GetTempPath(), "ecsforge-serve-" + Guid.NewGuid().ToString("N"));
        System.IO.Directory.CreateDirectory(directory);
        ServeHost? host = null;
        try
        {
            var settings = ServeConfigLoader.TryParse((config ?? DefaultConfig()).ToJsonString(), directory, router, out var errors);
            Assert.True(settings is not null, string.Join("; ", errors));
            host = ServeHost.Create(settings, router);
            await host.StartAsync();
            return new ServeTestHost(host, directory);
        }
        catch
        {
            // No test will dispose a host that failed to start.
            if (host is not null)
            {
                await host.DisposeAsync();
            }

            System.IO.Directory.Delete(directory, recursive: true);
            throw;
        }
    }

    public ServeMetrics Metrics => _host.Metrics;

    internal ParsePipeline Pipeline => _host.Pipeline;

    /// <summary>Waits (<see cref="Patience"/> at most) until <paramref name="condition"/> holds; the caller asserts what it needs afterwards.</summary>
    public static async Task WaitUntilAsync(Func<bool> condition)
    {
        var deadline = Stopwatch.StartNew();
        while (!condition() && deadline.Elapsed < Patience)
        {
            await Task.Delay(20);
        }
    }

    public FormatCounters Counters(string format) => _host.Metrics.Formats.Single(c => c.Format == format);

    /// <summary>Syslog has no acknowledgement: waits (<see cref="Patience"/> at most) until the host has written this many events of the format.</summary>
    public async Task WaitForWrittenAsync(string format, long count)
    {
        var counters = Counters(format);
        var deadline = Stopwatch.StartNew();
        while (counters.Parsed + counters.Failed < count && deadline.Elapsed < Patience)
        {
            await Task.Delay(20);
        }

        Assert.Equal(count, counters.Parsed + counters.Failed);
    }

    public Task<HttpResponseMessage> PostAsync(byte[] body, string? key = Key, bool gzip = false, string? query = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/plain/batch" + query) { Content = new ByteArrayContent(body) };
        if (gzip)
        {
            request.Content.Headers.ContentEncoding.Add("gzip");
        }

        if (key is not null)
        {
            request.Headers.Add("X-SEKOIAIO-INTAKE-KEY", key);
        }

        return Http.SendAsync(request);
    }

    public IReadOnlyList<string> OutputLines() => ReadLines("events");

    public IReadOnlyList<JsonObject> DeadLetters() => ReadLines("dead-letter").Select(l => JsonNode.Parse(l)!.AsObject()).ToList();

    public Task StopAsync() => _host.StopAsync();

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await _host.DisposeAsync();
        System.IO.Directory.Delete(Directory, recursive: true);
    }

    public static JsonObject Intake(string name, string key, JsonObject? limits, string format = TestEvents.FirewallFormat)
    {
        var intake = new JsonObject
        {
            ["name"] = name,
            ["key"] = key,
            ["format"] = format,
            ["output"] = "events",
            ["deadLetter"] = "dead-letter",
        };
        if (limits is not null)
        {
            intake["limits"] = limits;
        }

        return intake;
    }

    /// <summary>Every line of a sink, rotated files first (oldest first), then the live file.</summary>
    private List<string> ReadLines(string stem)
    {
        var files = System.IO.Directory.GetFiles(Directory, stem + "*.ndjson")
            .OrderBy(f => Path.GetFileName(f) == stem + ".ndjson" ? int.MaxValue : int.Parse(Path.GetFileName(f).Split('.')[1], System.Globalization.CultureInfo.InvariantCulture));
        var lines = new List<string>();
        foreach (var file in files)
        {
            using var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
            using var reader = new StreamReader(stream);
            while (reader.ReadLine() is { } line)
            {
                lines.Add(line);
            }
        }

        return lines;
    }
}
