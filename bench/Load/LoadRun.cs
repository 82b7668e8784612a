using System;
using System.Diagnostics;
using System.Net;
using System.Net.Http;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;

namespace EcsForge.Bench.Load;

/// <summary>Posts every batch once, from a fixed number of concurrent senders, and times each request.</summary>
internal sealed class LoadRun
{
    private readonly HttpClient _http;
    private readonly LoadOptions _options;
    private readonly LoadPayloads _payloads;
    private long _parsed;
    private long _failed;
    private int _errors;
    private string? _firstError;

    public LoadRun(HttpClient http, LoadOptions options, LoadPayloads payloads)
    {
        _http = http;
        _options = options;
        _payloads = payloads;
    }

    /// <summary>Posts batches <c>0..count-1</c>, returning their latencies (NaN for a failed batch) and the elapsed time.</summary>
    public async Task<LoadResult> RunAsync(int count)
    {
        var latencies = new double[count];
        var next = -1;
        var stopwatch = Stopwatch.StartNew();
        var senders = new Task[_options.Concurrency];
        for (var s = 0; s < senders.Length; s++)
        {
            senders[s] = Task.Run(async () =>
            {
                int batch;
                while ((batch = Interlocked.Increment(ref next)) < count)
                {
                    latencies[batch] = await PostAsync(_payloads.Batches[batch]);
                }
            });
        }

        await Task.WhenAll(senders);
        return new LoadResult(stopwatch.Elapsed, latencies, Interlocked.Read(ref _parsed), Interlocked.Read(ref _failed), _errors, _firstError);
    }

    private async Task<double> PostAsync(byte[] body)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, _options.Url) { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentEncoding.Add("gzip");
        request.Headers.Add("X-SEKOIAIO-INTAKE-KEY", _options.Key);
        var started = Stopwatch.GetTimestamp();
        try
        {
            using var response = await _http.SendAsync(request);
            var text = await response.Content.ReadAsStringAsync();
            if (response.StatusCode != HttpStatusCode.OK)
            {
                return Error($"{(int)response.StatusCode}: {text}");
            }

            using var counts = JsonDocument.Parse(text);
            Interlocked.Add(ref _parsed, counts.RootElement.GetProperty("parsed").GetInt64());
            Interlocked.Add(ref _failed, counts.RootElement.GetProperty("failed").GetInt64());
            return Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        }
        catch (HttpRequestException e)
        {
            return Error(e.Message);
        }
    }

    private double Error(string message)
    {
        Interlocked.Increment(ref _errors);
        Interlocked.CompareExchange(ref _firstError, message, null);
        return double.NaN;
    }
}

/// <summary>What one run measured; counts are the host's own (from its responses) and accumulate across runs.</summary>
internal sealed record LoadResult(TimeSpan Elapsed, double[] LatenciesMs, long Parsed, long Failed, int Errors, string? FirstError);
