using System;
using System.IO;

namespace EcsForge.Host.Serve.Sinks;

/// <summary>A sink could not take a unit of lines, so the events in it are not acknowledged (and not written).</summary>
public sealed class SinkWriteException : Exception
{
    public SinkWriteException(string sink, Exception inner)
        : base($"sink '{sink}' could not be written: {inner.Message}", inner)
    {
        Sink = sink;
    }

    public string Sink { get; }

    /// <summary>Failures of the file system or the stream, as opposed to bugs.</summary>
    public static bool IsSinkFailure(Exception e) => e is IOException or UnauthorizedAccessException or ObjectDisposedException;
}
