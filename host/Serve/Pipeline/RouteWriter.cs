using System;
using System.Collections.Generic;
using EcsForge.Host.Serve.Metrics;
using EcsForge.Host.Serve.Sinks;
using Microsoft.Extensions.Logging;

namespace EcsForge.Host.Serve.Pipeline;

/// <summary>
/// Writes the output and dead-letter lines of a batch (or of a syslog chunk) as one unit (see <see cref="SinkUnit"/>),
/// and keeps the sinks' health and error count up to date.
/// </summary>
public sealed class RouteWriter
{
    private readonly ServeMetrics _metrics;
    private readonly ILogger _logger;

    public RouteWriter(ServeMetrics metrics, ILogger logger)
    {
        _metrics = metrics;
        _logger = logger;
    }

    /// <returns>Null once everything is written; else why nothing was.</returns>
    public SinkWriteException? TryWrite(IntakeRoute route, IReadOnlyList<ReadOnlyMemory<byte>> output, IReadOnlyList<ReadOnlyMemory<byte>> deadLetters)
    {
        try
        {
            SinkUnit.Write([(route.Output, output), (route.DeadLetter, deadLetters)]);
        }
        catch (SinkWriteException e)
        {
            _metrics.CountSinkError();
            _metrics.Health.Report(HealthName(e.Sink), e.InnerException!.Message);
            ServeLog.SinkWriteFailed(_logger, e.Sink, route.Name, e.InnerException!);
            return e;
        }

        _metrics.Health.Clear(HealthName(route.Output.Name));
        _metrics.Health.Clear(HealthName(route.DeadLetter.Name));
        return null;
    }

    private static string HealthName(string sink) => "sink " + sink;
}
