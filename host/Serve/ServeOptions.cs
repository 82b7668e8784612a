namespace EcsForge.Host.Serve;

/// <summary>The arguments of <c>serve</c>: <c>--config PATH [--workers N]</c>.</summary>
public sealed record ServeOptions(string ConfigPath, int? Workers);
