using EcsForge.Host.Serve.Metrics;
using EcsForge.Host.Serve.Sinks;
using EcsForge.Routing;

namespace EcsForge.Host.Serve.Pipeline;

/// <summary>Where the events of one intake (HTTP key or syslog listener) go, shared by every worker.</summary>
/// <param name="SyslogFramed">Events are syslog frames whose RFC 5424/3164 header is stripped before parsing.</param>
public sealed record IntakeRoute(
    string Name, IntakeFormat Format, ILineSink Output, ILineSink DeadLetter, bool SyslogFramed, FormatCounters Counters);
