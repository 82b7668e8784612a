using System.Net;
using EcsForge.Routing;

namespace EcsForge.Host.Serve.Config;

/// <param name="MaxBodyBytes">Limit on the request body as sent (compressed when gzip).</param>
/// <param name="MaxDecompressedBytes">Limit on the batch once decompressed: the gzip bomb guard.</param>
public sealed record BodyLimits(long MaxBodyBytes, long MaxDecompressedBytes);

/// <summary>An HTTP intake: batches posted with <see cref="Key"/> are parsed as <see cref="Format"/>.</summary>
public sealed record HttpIntakeSettings(string Name, string Key, IntakeFormat Format, string Output, string DeadLetter, BodyLimits Limits);

/// <summary>A syslog-over-TCP listener whose every frame is parsed as <see cref="Format"/>.</summary>
public sealed record SyslogSettings(string Name, IPEndPoint EndPoint, IntakeFormat Format, string Output, string DeadLetter, int MaxFrameBytes);
