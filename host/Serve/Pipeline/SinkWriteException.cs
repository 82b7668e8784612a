using System;

namespace EcsForge.Host.Serve.Pipeline;

/// <summary>A sink could not take a chunk's lines, so the events in it are not acknowledged.</summary>
public sealed class SinkWriteException : Exception
{
    public SinkWriteException(string sink, Exception inner)
        : base($"sink '{sink}' could not be written: {inner.Message}", inner)
    {
        Sink = sink;
    }

    public string Sink { get; }
}
