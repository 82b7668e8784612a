using System;
using System.Collections.Generic;
using System.Linq;
using System.Net;
using System.Net.Sockets;
using System.Threading;
using System.Threading.Tasks;
using EcsForge.Host.Serve.Config;
using EcsForge.Host.Serve.Pipeline;
using Microsoft.Extensions.Logging;

namespace EcsForge.Host.Serve.Syslog;

/// <summary>A syslog-over-TCP listener for one intake format; each connection runs on its own task.</summary>
internal sealed class SyslogListener
{
    private readonly SyslogSettings _settings;
    private readonly IntakeRoute _route;
    private readonly ParsePipeline _pipeline;
    private readonly ILogger _logger;
    private readonly Socket _socket;
    private readonly Lock _gate = new();
    private readonly HashSet<SyslogConnection> _connections = [];
    private bool _stopping;
    private Task _acceptLoop = Task.CompletedTask;

    public SyslogListener(SyslogSettings settings, IntakeRoute route, ParsePipeline pipeline, ILogger logger)
    {
        _settings = settings;
        _route = route;
        _pipeline = pipeline;
        _logger = logger;
        _socket = new Socket(settings.EndPoint.AddressFamily, SocketType.Stream, ProtocolType.Tcp);
    }

    public string Name => _settings.Name;

    public string Format => _settings.Format.Slug;

    /// <summary>The bound address, with the actual port when the config asked for port 0.</summary>
    public IPEndPoint LocalEndPoint => (IPEndPoint)_socket.LocalEndPoint!;

    public void Start()
    {
        _socket.Bind(_settings.EndPoint);
        _socket.Listen(backlog: 512);
        _acceptLoop = AcceptLoopAsync();
    }

    /// <summary>Stops accepting, then ends every connection (see <see cref="SyslogConnection.Stop"/>) and waits for them.</summary>
    public async Task StopAsync()
    {
        SyslogConnection[] open;
        lock (_gate)
        {
            _stopping = true;
            open = [.. _connections];
        }

        _socket.Dispose();
        await _acceptLoop.ConfigureAwait(false);
        foreach (var connection in open)
        {
            connection.Stop();
        }

        await Task.WhenAll(open.Select(c => c.Completion)).ConfigureAwait(false);
    }

    private async Task AcceptLoopAsync()
    {
        while (true)
        {
            Socket client;
            try
            {
                client = await _socket.AcceptAsync().ConfigureAwait(false);
            }
            catch (Exception e) when (e is ObjectDisposedException or SocketException && Volatile.Read(ref _stopping))
            {
                return;
            }
            catch (SocketException e)
            {
                // Out of descriptors and the like: pause instead of spinning, then keep serving.
                ServeLog.SyslogAcceptFailed(_logger, _settings.Name, e);
                await Task.Delay(100).ConfigureAwait(false);
                continue;
            }

            var connection = new SyslogConnection(client, _settings.MaxFrameBytes, _route, _pipeline, _logger);
            lock (_gate)
            {
                if (_stopping)
                {
                    client.Dispose();
                    return;
                }

                _connections.Add(connection);
            }

            _ = Task.Run(() => RunConnectionAsync(connection));
        }
    }

    private async Task RunConnectionAsync(SyslogConnection connection)
    {
        try
        {
            await connection.RunAsync().ConfigureAwait(false);
        }
        finally
        {
            lock (_gate)
            {
                _connections.Remove(connection);
            }
        }
    }
}
