using System;
using System.IO;
using System.Threading;

namespace EcsForge.Host.Serve.Sinks;

/// <summary>
/// A sink on an already open stream, such as stdout. A stream cannot be truncated, so <see cref="RollBack"/> cannot
/// take back what a failed unit wrote before the failure: use a file sink where all-or-nothing matters.
/// </summary>
public sealed class StreamSink : ILineSink
{
    private readonly Lock _gate = new();
    private readonly Stream _stream;

    public StreamSink(string name, Stream stream)
    {
        Name = name;
        _stream = stream;
    }

    public string Name { get; }

    public void Begin(long bytes) => _gate.Enter();

    public void Write(ReadOnlySpan<byte> lines) => _stream.Write(lines);

    public void Flush() => _stream.Flush();

    public void RollBack()
    {
    }

    public void End() => _gate.Exit();

    public void Dispose()
    {
        lock (_gate)
        {
            _stream.Dispose();
        }
    }
}
