using System;
using System.Globalization;
using System.Text;

namespace EcsForge.Host.Serve.Metrics;

/// <summary>Renders <see cref="ServeMetrics"/> in the Prometheus text exposition format (version 0.0.4).</summary>
public static class PrometheusText
{
    public const string ContentType = "text/plain; version=0.0.4; charset=utf-8";

    public static string Render(ServeMetrics metrics)
    {
        var text = new StringBuilder(2048);
        Family(text, "events_in_total", "counter", "Events received: lines of accepted HTTP batches and syslog frames.");
        foreach (var counters in metrics.Formats)
        {
            Sample(text, "events_in_total", "format", counters.Format, counters.In);
        }

        Family(text, "events_parsed_total", "counter", "Events parsed and written to their output sink.");
        foreach (var counters in metrics.Formats)
        {
            Sample(text, "events_parsed_total", "format", counters.Format, counters.Parsed);
        }

        Family(text, "events_failed_total", "counter", "Events written to their dead-letter sink.");
        foreach (var counters in metrics.Formats)
        {
            Sample(text, "events_failed_total", "format", counters.Format, counters.Failed);
        }

        Family(text, "events_lost_total", "counter", "Syslog events received but not written because a sink failed.");
        foreach (var counters in metrics.Formats)
        {
            Sample(text, "events_lost_total", "format", counters.Format, counters.Lost);
        }

        Family(text, "http_batches_total", "counter", "HTTP batch requests answered, by status code.");
        foreach (var (status, count) in metrics.BatchesByStatus())
        {
            Sample(text, "http_batches_total", "status", status.ToString(CultureInfo.InvariantCulture), count);
        }

        Family(text, "sink_errors_total", "counter", "Writes to a sink that failed; the events they held were not acknowledged.");
        text.Append("sink_errors_total ").Append(metrics.SinkErrors.ToString(CultureInfo.InvariantCulture)).Append('\n');

        Family(text, "syslog_connections", "gauge", "Syslog connections open now.");
        text.Append("syslog_connections ").Append(metrics.SyslogConnections.ToString(CultureInfo.InvariantCulture)).Append('\n');

        Family(text, "syslog_connections_refused_total", "counter", "Syslog connections closed at once: over the limit, or from an address not allowed.");
        text.Append("syslog_connections_refused_total ").Append(metrics.SyslogRefused.ToString(CultureInfo.InvariantCulture)).Append('\n');

        Family(text, "worker_restarts_total", "counter", "Parse workers restarted after an exception ended their loop.");
        text.Append("worker_restarts_total ").Append(metrics.WorkerRestarts.ToString(CultureInfo.InvariantCulture)).Append('\n');

        Family(text, "broker_connected", "gauge", "1 while the host is connected to the broker (always 0 without one).");
        text.Append("broker_connected ").Append(metrics.Broker.Connected ? '1' : '0').Append('\n');
        Counter(text, "broker_messages_consumed_total", "Raw batches delivered to this host's consumers, redeliveries included.", metrics.Broker.Consumed);
        Counter(text, "broker_messages_redelivered_total", "Deliveries the broker flagged as redelivered (a consumer died or a batch was requeued).", metrics.Broker.Redelivered);
        Counter(text, "broker_messages_published_total", "Messages published and confirmed by the broker: raw batches, ECS events, dead letters.", metrics.Broker.Published);
        Counter(text, "broker_poison_messages_total", "Raw batches that could not be read, sent whole to the dead-letter queue.", metrics.Broker.Poison);

        Family(text, "healthy", "gauge", "1 while no worker, sink or listener reports a problem (see /health), else 0.");
        text.Append("healthy ").Append(metrics.Health.IsHealthy ? '1' : '0').Append('\n');

        Histogram(text, "batch_latency_seconds", "Time from an HTTP batch's arrival to its acknowledgement.", metrics.BatchLatency);
        return text.ToString();
    }

    private static void Histogram(StringBuilder text, string name, string help, LatencyHistogram histogram)
    {
        Family(text, name, "histogram", help);
        var (cumulative, sum) = histogram.Snapshot();
        var bounds = LatencyHistogram.Bounds;
        for (var i = 0; i < cumulative.Length; i++)
        {
            var le = i < bounds.Length ? bounds[i].ToString("R", CultureInfo.InvariantCulture) : "+Inf";
            Sample(text, name + "_bucket", "le", le, cumulative[i]);
        }

        text.Append(name).Append("_sum ").Append(sum.ToString("R", CultureInfo.InvariantCulture)).Append('\n');
        text.Append(name).Append("_count ").Append(cumulative[^1].ToString(CultureInfo.InvariantCulture)).Append('\n');
    }

    private static void Counter(StringBuilder text, string name, string help, long value)
    {
        Family(text, name, "counter", help);
        text.Append(name).Append(' ').Append(value.ToString(CultureInfo.InvariantCulture)).Append('\n');
    }

    private static void Family(StringBuilder text, string name, string type, string help)
        => text.Append("# HELP ").Append(name).Append(' ').Append(help).Append('\n')
            .Append("# TYPE ").Append(name).Append(' ').Append(type).Append('\n');

    private static void Sample(StringBuilder text, string name, string label, string value, long count)
        => text.Append(name).Append('{').Append(label).Append("=\"").Append(EscapeLabel(value)).Append("\"} ")
            .Append(count.ToString(CultureInfo.InvariantCulture)).Append('\n');

    private static string EscapeLabel(string value)
        => value.Replace("\\", "\\\\", StringComparison.Ordinal)
            .Replace("\"", "\\\"", StringComparison.Ordinal)
            .Replace("\n", "\\n", StringComparison.Ordinal);
}
