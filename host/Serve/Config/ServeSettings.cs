using System;
using System.Collections.Generic;
using System.Net;
using Microsoft.Extensions.Logging;

namespace EcsForge.Host.Serve.Config;

/// <summary>A checked <c>serve</c> configuration: formats resolved, paths absolute, defaults applied.</summary>
public sealed record ServeSettings(
    IPEndPoint HttpEndPoint,
    int Workers,
    int QueueCapacity,
    TimeSpan ShutdownTimeout,
    LoggingSettings Logging,
    IReadOnlyDictionary<string, SinkSettings> Sinks,
    IReadOnlyList<HttpIntakeSettings> Intakes,
    IReadOnlyList<SyslogSettings> Syslog);

/// <param name="Json">One JSON object per log line instead of the single-line text format.</param>
public sealed record LoggingSettings(bool Json, LogLevel MinimumLevel);
