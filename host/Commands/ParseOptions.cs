namespace EcsForge.Host.Commands;

/// <summary>The arguments of <c>parse</c>, once System.CommandLine has parsed them (<see cref="ParseCommandLine"/>).</summary>
public sealed record ParseOptions
{
    public const string DefaultDeadLetterPath = "dead-letter.ndjson";

    public required string Format { get; init; }

    /// <summary>The input file, or null for stdin.</summary>
    public string? InputPath { get; init; }

    /// <summary>The output file (<c>-o</c>), or null for stdout.</summary>
    public string? OutputPath { get; init; }

    public string DeadLetterPath { get; init; } = DefaultDeadLetterPath;

    /// <summary>
    /// Parsing workers, with reading and writing on threads of their own; null (no <c>--threads</c>) parses, reads
    /// and writes on the calling thread: one core.
    /// </summary>
    public int? Threads { get; init; }

    /// <summary>Recent distinct user agents kept parsed (<c>--user-agent-cache</c>); null: the default.</summary>
    public int? UserAgentCacheEntries { get; init; }

    /// <summary>No progress line on stderr, even on a terminal.</summary>
    public bool Quiet { get; init; }
}
