using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using EcsForge.Bench.Commands;
using EcsForge.Bench.Data;

namespace EcsForge.Bench.Attack;

/// <summary>
/// <c>amplify --url URL --key KEY --pid PID</c>: replays issue 12's amplification attacks (each with 8 concurrent
/// requests) against a running <c>ecsforge serve</c> on this machine and prints the host's peak RSS during each
/// (VmHWM, reset before each attack through /proc/PID/clear_refs, which needs root), then its RSS after a minute idle.
/// The idle baseline is taken after a warm-up batch of valid events, once the parsing code is loaded and compiled:
/// a host that has parsed nothing yet is smaller than any host in service.
/// </summary>
internal static class AmplifyCommand
{
    private const int Concurrency = 8;

    private const int WarmUpEvents = 1000;

    /// <summary>Longer than the host's memory trimmer period, so the baseline is what the host keeps when quiet.</summary>
    private static readonly TimeSpan s_warmUpSettling = TimeSpan.FromSeconds(15);

    public static int Run(string[] args)
    {
        if (args.Length != 6 || args[0] != "--url" || args[2] != "--key" || args[4] != "--pid"
            || !Uri.TryCreate(args[1], UriKind.Absolute, out var url) || !int.TryParse(args[5], CultureInfo.InvariantCulture, out var pid))
        {
            return Usage.Error("amplify takes --url URL --key KEY --pid PID");
        }

        using var http = new HttpClient { Timeout = TimeSpan.FromMinutes(5) };
        var cold = Memory(pid, "VmRSS");
        var warmUp = SendAsync(http, url, args[3], Gzip(WarmUpBatch()), slow: false).GetAwaiter().GetResult();
        Thread.Sleep(s_warmUpSettling);
        var idle = Memory(pid, "VmRSS");
        Console.WriteLine($"idle RSS: {idle / 1024} MiB after a warm-up batch of {WarmUpEvents:N0} events ({warmUp}); {cold / 1024} MiB before it");
        Console.WriteLine("| attack (8 concurrent requests each) | request size | answers | peak RSS MiB |");
        Console.WriteLine("|---|---:|---|---:|");
        foreach (var (name, body, slow) in Attacks())
        {
            File.WriteAllText($"/proc/{pid}/clear_refs", "5");
            var answers = Task.WhenAll(Enumerable.Range(0, Concurrency).Select(_ => SendAsync(http, url, args[3], body, slow))).GetAwaiter().GetResult();
            var summary = string.Join(", ", answers.GroupBy(a => a).OrderBy(g => g.Key).Select(g => $"{g.Count()}x {g.Key}"));
            Console.WriteLine($"| {name} | {body.Length:N0} B | {summary} | {Memory(pid, "VmHWM") / 1024} |");
        }

        Thread.Sleep(TimeSpan.FromMinutes(1));
        var after = Memory(pid, "VmRSS");
        Console.WriteLine($"RSS a minute later: {after / 1024} MiB ({(double)after / idle:F1}x idle)");
        return Usage.Success;
    }

    private static IEnumerable<(string Name, byte[] Body, bool Slow)> Attacks()
    {
        yield return ("worker killer: 0.7 MiB of control characters in one line", Gzip(Line('\u0001', 700 << 10)), false);
        yield return ("30 MiB line of control characters", Gzip(Line('\u0001', 30 << 20)), false);
        yield return ("line-count bomb: 8M one-byte lines", Gzip(Repeat("x\n", 8_000_000)), false);
        yield return ("30,000 failing 1 KiB lines of control characters", Gzip(Repeat(Line('\u0001', 1024) + "\n", 30_000)), false);
        var firewall = """{"RayID":"00000000000000aa","ClientIP":"203.0.113.9","ClientRequestHost":"shop.example.com","ClientRequestMethod":"GET","ClientRequestPath":"/item/1","ClientRequestUserAgent":"curl/8.5.0","Action":"block","EdgeResponseStatus":403,"Datetime":1717401600000000000,"Kind":"firewall","Source":"waf"}""";
        yield return ("slow bodies: 90,000 valid events (30 MB) sent at 64 KB per 20 ms", Gzip(Repeat(firewall + "\n", 90_000)), true);
    }

    private static string WarmUpBatch()
    {
        using var events = new MemoryStream();
        SampleEvents.Write("cloudflare-firewall-events", WarmUpEvents, SampleEvents.DefaultSeed, events);
        return Encoding.UTF8.GetString(events.ToArray());
    }

    private static string Line(char fill, int length) => "{\"RayID\":\"" + new string(fill, length);

    private static string Repeat(string text, int count) => new StringBuilder(text.Length * count).Insert(0, text, count).ToString();

    private static byte[] Gzip(string text)
    {
        using var compressed = new MemoryStream();
        using (var gzip = new GZipStream(compressed, CompressionLevel.SmallestSize, leaveOpen: true))
        {
            gzip.Write(Encoding.UTF8.GetBytes(text));
        }

        return compressed.ToArray();
    }

    private static async Task<string> SendAsync(HttpClient http, Uri url, string key, byte[] body, bool slow)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = slow ? new SlowContent(body) : new ByteArrayContent(body) };
        request.Content.Headers.ContentEncoding.Add("gzip");
        request.Headers.Add("X-SEKOIAIO-INTAKE-KEY", key);
        try
        {
            using var response = await http.SendAsync(request);
            return ((int)response.StatusCode).ToString(CultureInfo.InvariantCulture);
        }
        catch (HttpRequestException e)
        {
            return e.HttpRequestError.ToString();
        }
    }

    /// <summary>kB from a line of /proc/PID/status.</summary>
    private static long Memory(int pid, string field)
    {
        var line = File.ReadLines($"/proc/{pid}/status").First(l => l.StartsWith(field + ":", StringComparison.Ordinal));
        return long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture);
    }

    private sealed class SlowContent(byte[] body) : HttpContent
    {
        protected override async Task SerializeToStreamAsync(Stream stream, TransportContext? context)
        {
            for (var offset = 0; offset < body.Length; offset += 64 << 10)
            {
                await stream.WriteAsync(body.AsMemory(offset, Math.Min(64 << 10, body.Length - offset)));
                await stream.FlushAsync();
                await Task.Delay(20);
            }
        }

        protected override bool TryComputeLength(out long length)
        {
            length = body.Length;
            return true;
        }
    }
}
