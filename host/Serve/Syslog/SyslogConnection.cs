using System;
using System.Buffers;
using System.Collections.Generic;
using System.IO;
using System.IO.Pipelines;
using System.Net.Security;
using System.Net.Sockets;
using System.Security.Authentication;
using System.Threading;
using System.Threading.Tasks;
using EcsForge.Host.Serve.Config;
using EcsForge.Host.Serve.Pipeline;
using EcsForge.Parsing;
using Microsoft.Extensions.Logging;

namespace EcsForge.Host.Serve.Syslog;

/// <summary>
/// One syslog TCP (or TLS) connection: frames are cut from the stream as they arrive and queued for parsing after
/// each read, so none waits for more data. It runs on its own task; while the parse queue is full it stops reading,
/// which holds back this sender only. A connection silent for the idle timeout is closed.
/// </summary>
internal sealed class SyslogConnection
{
    private readonly Socket _socket;
    private readonly SyslogSettings _settings;
    private readonly SyslogFramer _framer;
    private readonly IChunkSubmitter _submitter;
    private readonly ILogger _logger;
    private readonly string _remote;
    private readonly Queue<EventChunk> _ready = new();
    private readonly TaskCompletionSource _completion = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private CancellationTokenSource _readTimeout = new();
    private PipeReader? _reader;
    private EventChunk? _current;
    private long _frames;

    /// <summary>UTC ticks at which a drain ends; <see cref="long.MaxValue"/> until the host stops.</summary>
    private long _drainDeadline = long.MaxValue;

    public SyslogConnection(Socket socket, SyslogSettings settings, IChunkSubmitter submitter, ILogger logger)
    {
        _socket = socket;
        _settings = settings;
        _remote = socket.RemoteEndPoint?.ToString() ?? "unknown";
        _framer = new SyslogFramer(settings.MaxFrameBytes);
        _submitter = submitter;
        _logger = logger;
    }

    /// <summary>Completes when the connection is closed and its frames are queued.</summary>
    public Task Completion => _completion.Task;

    private bool Draining => Volatile.Read(ref _drainDeadline) != long.MaxValue;

    /// <summary>
    /// Ends the connection at the host's shutdown, without losing what the sender already wrote: reading goes on until
    /// the sender has been quiet for the drain's quiet time (everything it wrote is then read, including what sat in
    /// its own send buffer), or until <paramref name="deadline"/>. An incomplete last frame goes to the dead letters.
    /// Cut by the deadline, the connection is reset rather than closed, so the sender sees that not all was read.
    /// </summary>
    public void Drain(DateTime deadline)
    {
        Volatile.Write(ref _drainDeadline, deadline.Ticks);
        // Wakes a read waiting with the idle timeout; it goes on with the drain's timeouts.
        Volatile.Read(ref _reader)?.CancelPendingRead();
    }

    public async Task RunAsync()
    {
        ServeLog.SyslogConnectionOpened(_logger, _remote, _settings.Name);
        long pendingBytes = 0;
        var cutByDeadline = false;
        try
        {
            Volatile.Write(ref _reader, PipeReader.Create(await OpenAsync().ConfigureAwait(false)));
            if (Draining)
            {
                _reader.CancelPendingRead();
            }

            while (true)
            {
                var ending = false;
                ReadResult result;
                try
                {
                    result = await _reader.ReadAsync(NextReadTimeout()).ConfigureAwait(false);
                }
                catch (OperationCanceledException)
                {
                    // Idle, quiet during a drain, or past the drain's deadline: what is buffered is all there will be.
                    cutByDeadline = Draining && DateTime.UtcNow.Ticks >= Volatile.Read(ref _drainDeadline);
                    ServeLog.SyslogConnectionTimedOut(_logger, _remote, _settings.Name, Draining ? (cutByDeadline ? "drain timeout" : "quiet after shutdown") : "idle timeout");
                    ending = true;
                    if (!_reader.TryRead(out result))
                    {
                        break;
                    }
                }

                ending |= result.IsCompleted;
                var consumed = TakeFrames(result.Buffer, ending);
                pendingBytes = result.Buffer.Slice(consumed).Length;
                _reader.AdvanceTo(consumed, result.Buffer.End);
                if (!await SubmitReadyAsync().ConfigureAwait(false) || ending)
                {
                    break;
                }
            }

            ServeLog.SyslogConnectionClosed(_logger, _remote, _settings.Name, _frames);
        }
        catch (Exception e) when (e is IOException or SocketException or AuthenticationException)
        {
            // A reset or a failed TLS handshake: frames read before it are queued; a frame cut by it never arrived whole.
            ServeLog.SyslogConnectionFailed(_logger, _remote, _settings.Name, pendingBytes, e);
        }
        finally
        {
            _current?.Dispose();
            foreach (var chunk in _ready)
            {
                chunk.Dispose();
            }

            if (cutByDeadline)
            {
                _socket.LingerState = new LingerOption(enable: true, seconds: 0);
            }

            if (_reader is not null)
            {
                await _reader.CompleteAsync().ConfigureAwait(false);
            }

            _socket.Dispose();
            _readTimeout.Dispose();
            _completion.TrySetResult();
        }
    }

    /// <summary>The connection's stream: the socket's, or TLS over it once the handshake (bounded by the idle timeout) is done.</summary>
    private async Task<Stream> OpenAsync()
    {
        var network = new NetworkStream(_socket, ownsSocket: true);
        if (_settings.Certificate is null)
        {
            return network;
        }

        var tls = new SslStream(network, leaveInnerStreamOpen: false);
        try
        {
            var options = new SslServerAuthenticationOptions { ServerCertificate = _settings.Certificate, ClientCertificateRequired = false };
            await tls.AuthenticateAsServerAsync(options, NextReadTimeout()).ConfigureAwait(false);
            return tls;
        }
        catch (OperationCanceledException e)
        {
            await tls.DisposeAsync().ConfigureAwait(false);
            throw new AuthenticationException("the TLS handshake did not complete within the idle timeout", e);
        }
        catch
        {
            await tls.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>A token canceled when the next read has waited too long: the idle timeout, or during a drain the quiet time bounded by the deadline.</summary>
    private CancellationToken NextReadTimeout()
    {
        if (!_readTimeout.TryReset())
        {
            _readTimeout.Dispose();
            _readTimeout = new CancellationTokenSource();
        }

        var timeout = _settings.Connections.IdleTimeout;
        var deadline = Volatile.Read(ref _drainDeadline);
        if (deadline != long.MaxValue)
        {
            var left = TimeSpan.FromTicks(Math.Max(0, deadline - DateTime.UtcNow.Ticks));
            timeout = left < _settings.Connections.DrainQuiet ? left : _settings.Connections.DrainQuiet;
        }

        _readTimeout.CancelAfter(timeout);
        return _readTimeout.Token;
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
            var why = Draining ? "the host shut down inside a frame" : "the connection closed inside a frame";
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
            accepted &= await _submitter.SubmitAsync(chunk, default).ConfigureAwait(false);
        }

        return accepted;
    }
}
