using System.Net;
using EcsForge.Routing;

namespace EcsForge.Host.Serve.Config;

/// <param name="MaxBodyBytes">Limit on the request body as sent (compressed when gzip).</param>
/// <param name="MaxDecompressedBytes">Limit on the batch once decompressed: the gzip bomb guard.</param>
/// <param name="MaxEventBytes">A longer line fails as too large; only its first bytes, length and hash are kept.</param>
/// <param name="MaxEvents">Limit on the events of one batch: the line-count bomb guard (a batch over it is refused).</param>
/// <param name="DeadLetterFactor">
/// Dead letters of a batch may take this many times its decompressed size in full; past that, each failed event keeps
/// only its first bytes, so a batch of failing lines cannot multiply into the dead-letter sink.
/// </param>
public sealed record BodyLimits(long MaxBodyBytes, long MaxDecompressedBytes, int MaxEventBytes, int MaxEvents, int DeadLetterFactor);

/// <summary>An HTTP intake: batches posted with <see cref="Key"/> are parsed as <see cref="Format"/>.</summary>
public sealed record HttpIntakeSettings(string Name, string Key, IntakeFormat Format, string Output, string DeadLetter, BodyLimits Limits);

/// <summary>A syslog-over-TCP listener whose every frame is parsed as <see cref="Format"/>.</summary>
public sealed record SyslogSettings(string Name, IPEndPoint EndPoint, IntakeFormat Format, string Output, string DeadLetter, int MaxFrameBytes);
