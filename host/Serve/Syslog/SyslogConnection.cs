using System;
using System.Buffers;
using System.Collections.Generic;
using System.IO;
using System.IO.Pipelines;
using System.Net.Sockets;
using System.Threading.Tasks;
using EcsForge.Host.Serve.Pipeline;
using EcsForge.Routing;
using Microsoft.Extensions.Logging;

namespace EcsForge.Host.Serve.Syslog;

/// <summary>
/// One syslog TCP connection: frames are cut from the socket as they arrive and queued for parsing after each read,
/// so none waits for more data. It runs on its own task; while the parse queue is full it stops reading, which
/// holds back this sender only.
/// </summary>
internal sealed class SyslogConnection
{
    private readonly Socket _socket;
    private readonly PipeReader _reader;
    private readonly SyslogFramer _framer;
    private readonly IntakeRoute _route;
    private readonly ParsePipeline _pipeline;
    private readonly ILogger _logger;
    private readonly string _remote;
    private readonly Queue<EventChunk> _ready = new();
    private readonly TaskCompletionSource _completion = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private EventChunk? _current;
    private long _frames;
    private volatile bool _stopping;

    public SyslogConnection(Socket socket, int maxFrameBytes, IntakeRoute route, ParsePipeline pipeline, ILogger logger)
    {
        _socket = socket;
        _remote = socket.RemoteEndPoint?.ToString() ?? "unknown";
        _reader = PipeReader.Create(new NetworkStream(socket, ownsSocket: true));
        _framer = new SyslogFramer(maxFrameBytes);
        _route = route;
        _pipeline = pipeline;
        _logger = logger;
    }

    /// <summary>Completes when the connection is closed and its frames are queued.</summary>
    public Task Completion => _completion.Task;

    /// <summary>
    /// Ends the connection at the host's shutdown: what the operating system had received when the stop came (already
    /// acknowledged to the sender by TCP) is still read and parsed, an incomplete last frame goes to the dead letters,
    /// then the socket is closed. Whatever the sender writes after that is not received.
    /// </summary>
    public void Stop()
    {
        _stopping = true;
        _reader.CancelPendingRead();
    }

    public async Task RunAsync()
    {
        ServeLog.SyslogConnectionOpened(_logger, _remote, _route.Name);
        long pendingBytes = 0;
        long? drainLeft = null;
        try
        {
            while (true)
            {
                var result = await _reader.ReadAsync().ConfigureAwait(false);
                if (drainLeft is { } left)
                {
                    drainLeft = left - (result.Buffer.Length - pendingBytes);
                }
                else if (_stopping)
                {
                    // Bounded by the socket's receive buffer, so a sender that keeps writing cannot hold the shutdown.
                    drainLeft = _socket.Available;
                }

                var ending = result.IsCompleted || drainLeft <= 0;
                var consumed = TakeFrames(result.Buffer, ending);
                pendingBytes = result.Buffer.Slice(consumed).Length;
                _reader.AdvanceTo(consumed, result.Buffer.End);
                if (!await SubmitReadyAsync().ConfigureAwait(false) || ending)
                {
                    break;
                }
            }

            ServeLog.SyslogConnectionClosed(_logger, _remote, _route.Name, _frames);
        }
        catch (Exception e) when (e is IOException or SocketException)
        {
            // A reset: frames read before it are queued; the bytes of a frame cut by it never arrived whole.
            ServeLog.SyslogConnectionFailed(_logger, _remote, _route.Name, pendingBytes, e);
        }
        finally
        {
            _current?.Dispose();
            foreach (var chunk in _ready)
            {
                chunk.Dispose();
            }

            await _reader.CompleteAsync().ConfigureAwait(false);
            _completion.TrySetResult();
        }
    }

    /// <summary>Moves every complete frame into chunks; at the end of the connection, the incomplete rest too.</summary>
    private SequencePosition TakeFrames(ReadOnlySequence<byte> buffer, bool ending)
    {
        while (_framer.TryRead(ref buffer, out var frame, out var failure))
        {
            Add(frame, failure);
        }

        if (ending)
        {
            var why = _stopping ? "the host shut down inside a frame" : "the connection closed inside a frame";
            if (_framer.TryTakeIncomplete(buffer, why, out var rest, out var truncated))
            {
                Add(rest, truncated);
            }

            buffer = buffer.Slice(buffer.End);
        }

        if (_current is { Count: > 0 })
        {
            _ready.Enqueue(_current);
            _current = null;
        }

        return buffer.Start;
    }

    private void Add(ReadOnlySequence<byte> frame, ParseResult failure)
    {
        _current ??= new EventChunk();
        _current.Add(frame, ++_frames, failure);
        if (_current.IsFull)
        {
            _ready.Enqueue(_current);
            _current = null;
        }
    }

    /// <returns>False when the pipeline no longer takes work.</returns>
    private async ValueTask<bool> SubmitReadyAsync()
    {
        var accepted = true;
        // Dequeued before submitting: from then on the pipeline owns the chunk (and disposes it if it refuses it).
        while (_ready.TryDequeue(out var chunk))
        {
            accepted &= await _pipeline.SubmitAsync(new ParseWork(_route, chunk, null), default).ConfigureAwait(false);
        }

        return accepted;
    }
}
