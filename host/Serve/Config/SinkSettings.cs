namespace EcsForge.Host.Serve.Config;

public enum SinkKind
{
    File,
    Stdout,
    RabbitMq,
}

/// <param name="Path">Absolute path of the live file; null for stdout.</param>
/// <param name="RotateBytes">A file is rotated before a write would take it past this size.</param>
/// <param name="KeepFiles">How many rotated files to keep (oldest deleted first); null keeps them all.</param>
/// <param name="Fsync">Each acknowledged unit is on disk (fsync), not only handed to the operating system.</param>
/// <param name="Exchange">For a rabbitmq sink, the exchange it publishes to (a declared one), with <paramref name="RoutingKey"/>.</param>
public sealed record SinkSettings(
    string Name, SinkKind Kind, string? Path, long RotateBytes, int? KeepFiles, bool Fsync, string? Exchange = null, string? RoutingKey = null);
