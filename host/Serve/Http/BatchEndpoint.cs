using System;
using System.Diagnostics;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using EcsForge.Host.Serve.Broker;
using EcsForge.Host.Serve.Config;
using EcsForge.Host.Serve.Metrics;
using EcsForge.Host.Serve.Pipeline;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Net.Http.Headers;

namespace EcsForge.Host.Serve.Http;

/// <summary>
/// <c>POST /plain/batch</c>, the Logpush-compatible intake: newline-delimited raw events, gzip-compressed or not.
/// 200 comes only once every event of the batch is written and flushed to its output or dead-letter sink; failed
/// events never fail the batch.
/// </summary>
internal sealed class BatchEndpoint
{
    public const string Path = "/plain/batch";

    public const string KeyHeader = "X-SEKOIAIO-INTAKE-KEY";

    /// <summary>Logpush's HTTP destination sets no headers: its URL carries them as <c>header_NAME</c> query parameters.</summary>
    public const string KeyQueryParameter = "header_" + KeyHeader;

    private const string RetryAfterSeconds = "1";

    private readonly IntakeKeys _keys;
    private readonly ParsePipeline _pipeline;
    private readonly ServeMetrics _metrics;
    private readonly ILogger _logger;
    private readonly SemaphoreSlim _bodies;
    private readonly TimeSpan _bodyWait;
    private readonly int _maxBodies;

    public BatchEndpoint(IntakeKeys keys, ParsePipeline pipeline, BodyConcurrency bodies, ServeMetrics metrics, ILogger logger)
    {
        _bodies = new SemaphoreSlim(bodies.Max, bodies.Max);
        _maxBodies = bodies.Max;
        _bodyWait = bodies.Wait;
        _keys = keys;
        _pipeline = pipeline;
        _metrics = metrics;
        _logger = logger;
    }

    /// <summary>Whether a body is being read or its batch is being parsed and written.</summary>
    public bool Busy => _bodies.CurrentCount < _maxBodies;

    public async Task HandleAsync(HttpContext context)
    {
        var started = Stopwatch.GetTimestamp();
        var request = context.Request;
        var intake = _keys.Find(KeyOf(request));
        if (intake is null)
        {
            await RejectAsync(context, "(no intake)", StatusCodes.Status401Unauthorized, "missing or unknown intake key").ConfigureAwait(false);
            return;
        }

        var name = intake.Name;
        if (!TryGetCompression(request, out var gzip))
        {
            await RejectAsync(context, name, StatusCodes.Status415UnsupportedMediaType,
                $"unsupported Content-Encoding '{request.Headers.ContentEncoding}': send gzip or no encoding").ConfigureAwait(false);
            return;
        }

        if (request.ContentLength > intake.Limits.MaxBodyBytes)
        {
            await RejectAsync(context, name, StatusCodes.Status413PayloadTooLarge,
                new PayloadTooLargeException("request body", intake.Limits.MaxBodyBytes).Message).ConfigureAwait(false);
            return;
        }

        // A body being read and parsed holds its decompressed batch in memory: only so many at once.
        bool admitted;
        try
        {
            admitted = await _bodies.WaitAsync(_bodyWait, context.RequestAborted).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (context.RequestAborted.IsCancellationRequested)
        {
            return;
        }

        if (!admitted)
        {
            context.Response.Headers[HeaderNames.RetryAfter] = RetryAfterSeconds;
            await RejectAsync(context, name, StatusCodes.Status503ServiceUnavailable,
                "too many batches are being read at once; retry later").ConfigureAwait(false);
            return;
        }

        try
        {
            await ReadAndSubmitAsync(context, intake, gzip, started).ConfigureAwait(false);
        }
        finally
        {
            _bodies.Release();
        }
    }

    private async Task ReadAndSubmitAsync(HttpContext context, HttpIntake intake, bool gzip, long started)
    {
        if (intake.Publisher is { } publisher)
        {
            await ReadAndPublishAsync(context, intake.Name, intake.Limits, publisher, gzip, started).ConfigureAwait(false);
            return;
        }

        var name = intake.Name;
        BatchChunks batch;
        try
        {
            batch = await BatchBodyReader.ReadAsync(context.Request.Body, gzip, intake.Limits, context.RequestAborted).ConfigureAwait(false);
        }
        catch (Exception e) when (IsUnreadableBody(e, context))
        {
            await RejectUnreadableBodyAsync(context, name, e).ConfigureAwait(false);
            return;
        }

        BatchCounts? counts;
        try
        {
            var deadLetterBudget = batch.Bytes * intake.Limits.DeadLetterFactor;
            counts = await BatchSubmission.RunAsync(_pipeline, intake.Route!, batch.Chunks, deadLetterBudget, context.RequestAborted).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (context.RequestAborted.IsCancellationRequested)
        {
            return;
        }
        catch (Exception e)
        {
            await RejectAsync(context, name, StatusCodes.Status503ServiceUnavailable, "the batch could not be written: " + e.Message).ConfigureAwait(false);
            return;
        }

        if (counts is not { } written)
        {
            await RejectAsync(context, name, StatusCodes.Status503ServiceUnavailable, "the host is shutting down").ConfigureAwait(false);
            return;
        }

        _metrics.BatchLatency.Record(Stopwatch.GetElapsedTime(started));
        _metrics.CountBatchResponse(StatusCodes.Status200OK);
        await JsonResponse.WriteAsync(context, StatusCodes.Status200OK, json =>
        {
            json.WriteNumber("received", batch.EventCount);
            json.WriteNumber("parsed", written.Parsed);
            json.WriteNumber("failed", written.Failed);
        }).ConfigureAwait(false);
    }

    /// <summary>A body that could not be read within the limits, or a client that went away while sending it.</summary>
    private static bool IsUnreadableBody(Exception e, HttpContext context)
        => e is PayloadTooLargeException or InvalidDataException or BadHttpRequestException
            || (e is OperationCanceledException or IOException && context.RequestAborted.IsCancellationRequested);

    /// <summary>413 past a limit, 400 for a malformed gzip or a body that broke off; nothing when the client went away.</summary>
    private Task RejectUnreadableBodyAsync(HttpContext context, string name, Exception e) => e switch
    {
        PayloadTooLargeException => RejectAsync(context, name, StatusCodes.Status413PayloadTooLarge, e.Message),
        InvalidDataException => RejectAsync(context, name, StatusCodes.Status400BadRequest, "malformed gzip body: " + e.Message),
        // The body itself broke off (shorter than its Content-Length, bad chunked encoding).
        BadHttpRequestException bad => RejectAsync(context, name, bad.StatusCode, e.Message),
        // The client went away: there is no one to answer.
        _ => Task.CompletedTask,
    };

    /// <summary>A front end's batch: read within the limits, published raw; 200 once the broker confirmed every message of it.</summary>
    private async Task ReadAndPublishAsync(HttpContext context, string name, BodyLimits limits, RawBatchPublisher publisher, bool gzip, long started)
    {
        int events;
        try
        {
            using var batch = await BatchBodyReader.ReadAllAsync(context.Request.Body, gzip, limits, context.RequestAborted).ConfigureAwait(false);
            events = await publisher.PublishAsync(batch.GetBuffer().AsMemory(0, (int)batch.Length), limits.MaxEvents, context.RequestAborted).ConfigureAwait(false);
        }
        catch (Exception e) when (IsUnreadableBody(e, context))
        {
            await RejectUnreadableBodyAsync(context, name, e).ConfigureAwait(false);
            return;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            await RejectAsync(context, name, StatusCodes.Status503ServiceUnavailable, "the batch could not be published: " + e.Message).ConfigureAwait(false);
            return;
        }

        _metrics.BatchLatency.Record(Stopwatch.GetElapsedTime(started));
        _metrics.CountBatchResponse(StatusCodes.Status200OK);
        await JsonResponse.WriteAsync(context, StatusCodes.Status200OK, json => json.WriteNumber("received", events)).ConfigureAwait(false);
    }

    private static string? KeyOf(HttpRequest request)
    {
        var header = request.Headers[KeyHeader];
        return header.Count > 0 ? header.ToString() : request.Query[KeyQueryParameter].ToString();
    }

    private static bool TryGetCompression(HttpRequest request, out bool gzip)
    {
        var encoding = request.Headers.ContentEncoding.ToString().Trim();
        gzip = encoding.Equals("gzip", StringComparison.OrdinalIgnoreCase) || encoding.Equals("x-gzip", StringComparison.OrdinalIgnoreCase);
        return gzip || encoding.Length == 0 || encoding.Equals("identity", StringComparison.OrdinalIgnoreCase);
    }

    private async Task RejectAsync(HttpContext context, string intake, int status, string reason)
    {
        _metrics.CountBatchResponse(status);
        ServeLog.BatchRejected(_logger, intake, status, reason);
        // The rest of the body may be large and is of no use: close the connection rather than read it through.
        context.Response.Headers[HeaderNames.Connection] = "close";
        await JsonResponse.WriteErrorAsync(context, status, reason).ConfigureAwait(false);
    }
}
