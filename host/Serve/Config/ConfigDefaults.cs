namespace EcsForge.Host.Serve.Config;

/// <summary>Values used when the config file leaves an option out.</summary>
public static class ConfigDefaults
{
    public const string Address = "127.0.0.1";

    public const int HttpPort = 8080;

    /// <summary>Twice the 5 MB Logpush batch, so that an uncompressed full batch still fits.</summary>
    public const long MaxBodyBytes = 10L << 20;

    /// <summary>Six times a 5 MB Logpush batch; with <see cref="MaxConcurrentBodies"/>, what bounds the host's memory.</summary>
    public const long MaxDecompressedBytes = 32L << 20;

    /// <summary>Far above any real log line, small enough that a few failing ones cannot exhaust memory.</summary>
    public const int MaxEventBytes = 1 << 20;

    /// <summary>A hundred Logpush batches' worth; a gzip of millions of one-byte lines is refused.</summary>
    public const int MaxEvents = 100_000;

    public const int DeadLetterFactor = 1;

    /// <summary>Bodies read and parsed at once: each may hold its decompressed batch in memory until it is written.</summary>
    public const int MaxConcurrentBodies = 2;

    /// <summary>How long a request waits for its turn to be read before it is answered 503 with Retry-After.</summary>
    public const int BodyWaitSeconds = 10;

    public const long RotateBytes = 100L << 20;

    public const int MaxFrameBytes = 64 << 10;

    /// <summary>Well under the usual 1,024 descriptors, so that idle syslog senders cannot starve HTTP of sockets.</summary>
    public const int MaxSyslogConnections = 256;

    public const int IdleTimeoutSeconds = 120;

    public const int DrainTimeoutSeconds = 5;

    public const int DrainQuietMilliseconds = 500;

    /// <summary>Chunks (of up to a few hundred events each) waiting for a worker before senders are held back.</summary>
    public const int QueueCapacity = 64;

    public const int ShutdownTimeoutSeconds = 30;

    public const int UserAgentCacheEntries = EcsForge.UserAgents.UserAgentParser.DefaultCacheCapacity;

    public const string BrokerPrefix = "ecsforge";

    /// <summary>Enough for a few broker restarts and host crashes; a batch delivered this often is what kills its consumers.</summary>
    public const int DeliveryLimit = 10;

    /// <summary>A Logpush batch: the broker's cost per message is paid once per thousand events.</summary>
    public const int MaxBatchEvents = 1_000;

    public const int MaxBatchBytes = 4 << 20;

    /// <summary>Two batches in flight per host keep its workers busy while the previous one's confirms come back.</summary>
    public const int Prefetch = 4;
}
