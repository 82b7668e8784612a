using System;
using System.Collections.Generic;
using System.Net;
using System.Security.Cryptography.X509Certificates;
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
/// <param name="Publish">Batches go to the broker's raw queue (a front end); <see cref="Output"/> and <see cref="DeadLetter"/> are then empty.</param>
public sealed record HttpIntakeSettings(string Name, string Key, IntakeFormat Format, string Output, string DeadLetter, BodyLimits Limits, bool Publish = false);

/// <summary>A syslog-over-TCP listener whose every frame is parsed as <see cref="Format"/>.</summary>
/// <param name="Certificate">Set for TLS (RFC 5425); null for plain TCP.</param>
/// <param name="AllowedSources">Networks a sender may connect from; empty allows every address.</param>
/// <param name="Publish">Frames go to the broker's raw queue (a front end); <see cref="Output"/> and <see cref="DeadLetter"/> are then empty.</param>
public sealed record SyslogSettings(
    string Name,
    IPEndPoint EndPoint,
    IntakeFormat Format,
    string Output,
    string DeadLetter,
    int MaxFrameBytes,
    SyslogConnectionLimits Connections,
    X509Certificate2? Certificate,
    IReadOnlyList<IPNetwork> AllowedSources,
    bool Publish = false);

/// <param name="Max">Connections served at once; more are closed as soon as they are accepted.</param>
/// <param name="IdleTimeout">A connection that sends nothing for this long is closed.</param>
/// <param name="DrainQuiet">At shutdown, a connection is read until it sends nothing for this long...</param>
/// <param name="DrainTimeout">...or until this much time has passed since the shutdown began.</param>
public sealed record SyslogConnectionLimits(int Max, TimeSpan IdleTimeout, TimeSpan DrainQuiet, TimeSpan DrainTimeout);
