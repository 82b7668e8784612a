using System.Collections.Generic;
using System.Text;
using RabbitMQ.Client;

namespace EcsForge.Host.Serve.Broker;

/// <summary>
/// A raw batch on the broker: the body holds the events, the headers say how to read them. HTTP batches travel as
/// NDJSON (one raw event per line, as posted); syslog frames may contain newlines, so they travel octet-counted
/// (RFC 6587: <c>LENGTH SP FRAME</c>, repeated).
/// </summary>
internal static class RawMessage
{
    public const string FormatHeader = "ecsforge-format";

    public const string FramingHeader = "ecsforge-framing";

    /// <summary>Why a raw batch was dead-lettered whole.</summary>
    public const string ReasonHeader = "ecsforge-reason";

    public const string Lines = "lines";

    public const string OctetCounted = "octet-counted";

    public static BasicProperties Properties(string format, string framing) => new()
    {
        Persistent = true,
        ContentType = framing == Lines ? "application/x-ndjson" : "application/octet-stream",
        Headers = new Dictionary<string, object?> { [FormatHeader] = format, [FramingHeader] = framing },
    };

    /// <summary>A text header as the client hands it over (AMQP long strings arrive as bytes); null when absent.</summary>
    public static string? Header(IReadOnlyBasicProperties properties, string name)
        => properties.Headers?.TryGetValue(name, out var value) == true
            ? value switch
            {
                byte[] bytes => Encoding.UTF8.GetString(bytes),
                string text => text,
                _ => null,
            }
            : null;
}
