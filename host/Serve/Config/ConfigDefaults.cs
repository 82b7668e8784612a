namespace EcsForge.Host.Serve.Config;

/// <summary>Values used when the config file leaves an option out.</summary>
public static class ConfigDefaults
{
    public const string Address = "127.0.0.1";

    public const int HttpPort = 8080;

    /// <summary>Twice the 5 MB Logpush batch, so that an uncompressed full batch still fits.</summary>
    public const long MaxBodyBytes = 10L << 20;

    public const long MaxDecompressedBytes = 64L << 20;

    public const long RotateBytes = 100L << 20;

    public const int MaxFrameBytes = 64 << 10;

    /// <summary>Chunks (of up to a few hundred events each) waiting for a worker before senders are held back.</summary>
    public const int QueueCapacity = 64;

    public const int ShutdownTimeoutSeconds = 30;
}
