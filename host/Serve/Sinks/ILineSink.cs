using System;

namespace EcsForge.Host.Serve.Sinks;

/// <summary>
/// Where NDJSON lines go. <see cref="Append"/> returns once the lines are written and flushed to the operating system,
/// which is what "handed to the sink" means for an acknowledgement. Appends from many workers are serialized and
/// each is kept whole.
/// </summary>
public interface ILineSink : IDisposable
{
    string Name { get; }

    /// <param name="lines">Complete lines, each ending with '\n'.</param>
    void Append(ReadOnlySpan<byte> lines);
}
