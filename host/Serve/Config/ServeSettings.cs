using System;
using System.Collections.Generic;
using System.Net;
using Microsoft.Extensions.Logging;

namespace EcsForge.Host.Serve.Config;

/// <summary>A checked <c>serve</c> configuration: formats resolved, paths absolute, defaults applied.</summary>
/// <param name="Bodies">How many HTTP bodies are read and parsed at once, and how long others wait for their turn.</param>
/// <param name="UserAgentCacheEntries">Recent distinct user agents the parsers keep parsed.</param>
public sealed record ServeSettings(
    IPEndPoint HttpEndPoint,
    BodyConcurrency Bodies,
    int Workers,
    int QueueCapacity,
    TimeSpan ShutdownTimeout,
    LoggingSettings Logging,
    IReadOnlyDictionary<string, SinkSettings> Sinks,
    IReadOnlyList<HttpIntakeSettings> Intakes,
    IReadOnlyList<SyslogSettings> Syslog,
    int UserAgentCacheEntries = ConfigDefaults.UserAgentCacheEntries,
    BrokerSettings? Broker = null,
    IReadOnlyList<RabbitInputSettings>? Inputs = null);

public sealed record BodyConcurrency(int Max, TimeSpan Wait);

/// <param name="Json">One JSON object per log line instead of the single-line text format.</param>
public sealed record LoggingSettings(bool Json, LogLevel MinimumLevel);
