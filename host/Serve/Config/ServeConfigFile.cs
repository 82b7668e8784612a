using System.Collections.Generic;

namespace EcsForge.Host.Serve.Config;

/// <summary>
/// The JSON config file of <c>serve</c> as written (camelCase keys, comments allowed). Everything is optional here so
/// that <see cref="ServeConfigLoader"/> can report every missing or wrong value at once, by path.
/// </summary>
public sealed class ServeConfigFile
{
    public HttpSection? Http { get; init; }

    public int? Workers { get; init; }

    public int? QueueCapacity { get; init; }

    public int? ShutdownTimeoutSeconds { get; init; }

    /// <summary>Recent distinct user agents kept parsed (1 to 16,777,216); a miss costs a parse.</summary>
    public int? UserAgentCacheEntries { get; init; }

    public LimitsSection? Limits { get; init; }

    public LoggingSection? Logging { get; init; }

    public Dictionary<string, SinkSection>? Sinks { get; init; }

    public List<IntakeSection>? Intakes { get; init; }

    public List<SyslogSection>? Syslog { get; init; }

    public BrokerSection? Broker { get; init; }

    public List<InputSection>? Inputs { get; init; }
}

public sealed class HttpSection
{
    public string? Address { get; init; }

    public int? Port { get; init; }

    public int? MaxConcurrentBodies { get; init; }

    public int? BodyWaitSeconds { get; init; }
}

public sealed class LimitsSection
{
    public long? MaxBodyBytes { get; init; }

    public long? MaxDecompressedBytes { get; init; }

    public int? MaxEventBytes { get; init; }

    public int? MaxEvents { get; init; }

    public int? DeadLetterFactor { get; init; }
}

public sealed class LoggingSection
{
    public string? Format { get; init; }

    public string? MinimumLevel { get; init; }
}

public sealed class SinkSection
{
    public string? Type { get; init; }

    public string? Path { get; init; }

    public long? RotateBytes { get; init; }

    public int? KeepFiles { get; init; }

    public string? Durability { get; init; }

    /// <summary>A rabbitmq sink: <c>events</c> or <c>dead-letter</c>, the two exchanges the host declares.</summary>
    public string? Exchange { get; init; }

    public string? RoutingKey { get; init; }
}

public sealed class IntakeSection
{
    public string? Name { get; init; }

    public string? Key { get; init; }

    public string? Format { get; init; }

    public string? Output { get; init; }

    public string? DeadLetter { get; init; }

    public LimitsSection? Limits { get; init; }

    /// <summary><c>"rabbitmq"</c>: batches go to the broker's raw queue instead of being parsed here.</summary>
    public string? Publish { get; init; }
}

public sealed class SyslogSection
{
    public string? Name { get; init; }

    public string? Address { get; init; }

    public int? Port { get; init; }

    public string? Format { get; init; }

    public string? Output { get; init; }

    public string? DeadLetter { get; init; }

    public int? MaxFrameBytes { get; init; }

    public int? MaxConnections { get; init; }

    public int? IdleTimeoutSeconds { get; init; }

    public int? DrainTimeoutSeconds { get; init; }

    public int? DrainQuietMilliseconds { get; init; }

    public List<string>? AllowedSources { get; init; }

    public TlsSection? Tls { get; init; }

    /// <summary><c>"rabbitmq"</c>: frames go to the broker's raw queue instead of being parsed here.</summary>
    public string? Publish { get; init; }
}

/// <summary>RFC 5425 syslog over TLS: a PEM certificate with its key, or a PKCS#12 file with its password.</summary>
public sealed class TlsSection
{
    public string? Certificate { get; init; }

    public string? Key { get; init; }

    public string? Password { get; init; }
}
