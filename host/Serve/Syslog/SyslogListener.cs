using System;
using System.Collections.Generic;
using System.Linq;
using System.Net;
using System.Net.Sockets;
using System.Threading;
using System.Threading.Tasks;
using EcsForge.Host.Serve.Config;
using EcsForge.Host.Serve.Metrics;
using EcsForge.Host.Serve.Pipeline;
using Microsoft.Extensions.Logging;

namespace EcsForge.Host.Serve.Syslog;

/// <summary>
/// A syslog-over-TCP (or TLS) listener for one intake format; each connection runs on its own task. Connections over
/// the limit, or from an address not allowed, are closed as soon as they are accepted.
/// </summary>
internal sealed class SyslogListener
{
    private readonly SyslogSettings _settings;
    private readonly IChunkSubmitter _submitter;
    private readonly ServeMetrics _metrics;
    private readonly ILogger _logger;
    private readonly Socket _socket;
    private readonly Lock _gate = new();
    private readonly HashSet<SyslogConnection> _connections = [];
    private bool _stopping;
    private Task _acceptLoop = Task.CompletedTask;

    public SyslogListener(SyslogSettings settings, IChunkSubmitter submitter, ServeMetrics metrics, ILogger logger)
    {
        _settings = settings;
        _submitter = submitter;
        _metrics = metrics;
        _logger = logger;
        _socket = new Socket(settings.EndPoint.AddressFamily, SocketType.Stream, ProtocolType.Tcp);
    }

    public string Name => _settings.Name;

    public string Format => _settings.Format.Slug;

    /// <summary>The bound address, with the actual port when the config asked for port 0.</summary>
    public IPEndPoint LocalEndPoint => (IPEndPoint)_socket.LocalEndPoint!;

    private string HealthName => "syslog " + _settings.Name;

    public void Start()
    {
        _socket.Bind(_settings.EndPoint);
        _socket.Listen(backlog: 512);
        _acceptLoop = AcceptLoopAsync();
    }

    /// <summary>Stops accepting, then drains every connection (see <see cref="SyslogConnection.Drain"/>) and waits for them.</summary>
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
        var deadline = DateTime.UtcNow + _settings.Connections.DrainTimeout;
        foreach (var connection in open)
        {
            connection.Drain(deadline);
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
                // Out of descriptors and the like: reported unhealthy, paused instead of spinning, then serving again.
                _metrics.Health.Report(HealthName, "cannot accept connections: " + e.Message);
                ServeLog.SyslogAcceptFailed(_logger, _settings.Name, e);
                await Task.Delay(100).ConfigureAwait(false);
                continue;
            }

            _metrics.Health.Clear(HealthName);
            if (!Admit(client))
            {
                continue;
            }

            var connection = new SyslogConnection(client, _settings, _submitter, _logger);
            lock (_gate)
            {
                if (_stopping)
                {
                    client.Dispose();
                    return;
                }

                _connections.Add(connection);
            }

            _metrics.SyslogConnectionOpened();
            _ = Task.Run(() => RunConnectionAsync(connection));
        }
    }

    /// <summary>Closes (with a reset, so the sender knows) a connection over the limit or from an address not allowed.</summary>
    private bool Admit(Socket client)
    {
        string? refusal = null;
        var remote = (IPEndPoint?)client.RemoteEndPoint;
        if (remote is null || !IsAllowed(remote.Address))
        {
            refusal = "its address is not in allowedSources";
        }
        else
        {
            lock (_gate)
            {
                if (_connections.Count >= _settings.Connections.Max)
                {
                    refusal = $"{_settings.Connections.Max} connections are open";
                }
            }
        }

        if (refusal is null)
        {
            return true;
        }

        _metrics.CountSyslogRefused();
        ServeLog.SyslogConnectionRefused(_logger, remote?.ToString() ?? "unknown", _settings.Name, refusal);
        client.LingerState = new LingerOption(enable: true, seconds: 0);
        client.Dispose();
        return false;
    }

    private bool IsAllowed(IPAddress address)
    {
        if (_settings.AllowedSources.Count == 0)
        {
            return true;
        }

        var plain = address.IsIPv4MappedToIPv6 ? address.MapToIPv4() : address;
        return _settings.AllowedSources.Any(network => network.Contains(plain));
    }

    private async Task RunConnectionAsync(SyslogConnection connection)
    {
        try
        {
            await connection.RunAsync().ConfigureAwait(false);
        }
        finally
        {
            _metrics.SyslogConnectionClosed();
            lock (_gate)
            {
                _connections.Remove(connection);
            }
        }
    }
}
