using System;
using System.IO;
using System.Threading;

namespace EcsForge.Host.Serve.Sinks;

/// <summary>A sink on an already open stream, such as stdout.</summary>
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

    public void Append(ReadOnlySpan<byte> lines)
    {
        lock (_gate)
        {
            _stream.Write(lines);
            _stream.Flush();
        }
    }

    public void Dispose()
    {
        lock (_gate)
        {
            _stream.Dispose();
        }
    }
}
