using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using EcsForge.Host.Serve.Config;
using EcsForge.Host.Serve.Metrics;
using Microsoft.Extensions.Logging;
using RabbitMQ.Client;

namespace EcsForge.Host.Serve.Broker;

/// <summary>
/// The host's one connection to the broker, kept up in the background: connect, declare the topology, open the
/// publishing channel (publisher confirms), start the consumers; when the connection is lost, reconnect with an
/// exponential backoff and do it all again. The client's own recovery is off: after a reconnection the consumers get
/// fresh channels, so an acknowledgement can only ever go to the channel its delivery came on.
/// </summary>
public sealed class BrokerConnection : IAsyncDisposable
{
    public const string HealthName = "broker";

    private static readonly TimeSpan s_firstRetry = TimeSpan.FromMilliseconds(250);
    private static readonly TimeSpan s_maxRetry = TimeSpan.FromSeconds(10);

    private readonly ConnectionFactory _factory;
    private readonly BrokerTopology _topology;
    private readonly ServeMetrics _metrics;
    private readonly ILogger _logger;
    private readonly CancellationTokenSource _stop = new();
    private readonly List<Func<IConnection, CancellationToken, Task>> _onConnected = [];
    private TaskCompletionSource<IChannel> _publisher = NewPublisher();
    private Task _loop = Task.CompletedTask;
    private IConnection? _connection;

    public BrokerConnection(BrokerSettings settings, BrokerTopology topology, ServeMetrics metrics, ILogger logger)
    {
        _factory = new ConnectionFactory
        {
            Uri = settings.Uri,
            AutomaticRecoveryEnabled = false,
            ClientProvidedName = "ecsforge " + Environment.ProcessId,
            RequestedHeartbeat = TimeSpan.FromSeconds(10),
        };
        _topology = topology;
        _metrics = metrics;
        _logger = logger;
    }

    public BrokerTopology Topology => _topology;

    /// <summary>Runs after each (re)connection, once the topology is declared; registered before <see cref="Start"/>.</summary>
    public void OnConnected(Func<IConnection, CancellationToken, Task> handler) => _onConnected.Add(handler);

    /// <summary>Starts connecting in the background: a host starts (and reports 503 on /health) while the broker is down.</summary>
    public void Start()
    {
        _metrics.Health.Report(HealthName, "connecting");
        _loop = Task.Run(MaintainAsync);
    }

    /// <summary>Publishes and waits for the broker's confirm; waits for a connection first.</summary>
    /// <exception cref="Exception">Not confirmed: the broker refused or returned it (no such queue), or the connection failed.</exception>
    public async Task PublishAsync(string exchange, string routingKey, BasicProperties properties, ReadOnlyMemory<byte> body, CancellationToken cancellationToken)
    {
        var channel = await Volatile.Read(ref _publisher).Task.WaitAsync(cancellationToken).ConfigureAwait(false);
        await channel.BasicPublishAsync(exchange, routingKey, mandatory: true, properties, body, cancellationToken).ConfigureAwait(false);
        _metrics.Broker.CountPublished();
    }

    /// <summary>Stops reconnecting and closes the connection; consumers are stopped before, sinks are drained before.</summary>
    public async Task StopAsync()
    {
        await _stop.CancelAsync().ConfigureAwait(false);
        await _loop.ConfigureAwait(false);
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync().ConfigureAwait(false);
        _stop.Dispose();
    }

    private static TaskCompletionSource<IChannel> NewPublisher() => new(TaskCreationOptions.RunContinuationsAsynchronously);

    private async Task MaintainAsync()
    {
        var retry = s_firstRetry;
        var token = _stop.Token;
        while (!token.IsCancellationRequested)
        {
            var lost = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
            try
            {
                var connection = await _factory.CreateConnectionAsync(token).ConfigureAwait(false);
                _connection = connection;
                connection.ConnectionShutdownAsync += (_, e) => Lost(lost, e.ReplyText);
                var publisher = await connection.CreateChannelAsync(
                    new CreateChannelOptions(publisherConfirmationsEnabled: true, publisherConfirmationTrackingEnabled: true), token).ConfigureAwait(false);
                // A channel error (a refused declaration, say) closes only the channel: the connection is redone all the same.
                publisher.ChannelShutdownAsync += (_, e) => Lost(lost, "publishing channel closed: " + e.ReplyText);
                await _topology.DeclareAsync(publisher, token).ConfigureAwait(false);
                foreach (var handler in _onConnected)
                {
                    await handler(connection, token).ConfigureAwait(false);
                }

                Volatile.Read(ref _publisher).TrySetResult(publisher);
                _metrics.Broker.SetConnected(true);
                _metrics.Health.Clear(HealthName);
                ServeLog.BrokerConnected(_logger, connection.Endpoint.ToString());
                retry = s_firstRetry;
                var reason = await lost.Task.WaitAsync(token).ConfigureAwait(false);
                ServeLog.BrokerConnectionLost(_logger, reason, retry.TotalSeconds);
                _metrics.Health.Report(HealthName, "connection lost: " + reason);
            }
            catch (OperationCanceledException) when (token.IsCancellationRequested)
            {
                break;
            }
            catch (Exception e)
            {
                ServeLog.BrokerConnectFailed(_logger, retry.TotalSeconds, e);
                _metrics.Health.Report(HealthName, "cannot connect: " + e.Message);
            }

            await DropConnectionAsync().ConfigureAwait(false);
            try
            {
                await Task.Delay(retry, token).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                break;
            }

            retry = TimeSpan.FromTicks(Math.Min(retry.Ticks * 2, s_maxRetry.Ticks));
        }

        await DropConnectionAsync().ConfigureAwait(false);
    }

    private static Task Lost(TaskCompletionSource<string> lost, string reason)
    {
        lost.TrySetResult(reason);
        return Task.CompletedTask;
    }

    /// <summary>Publishers wait for the next connection from now on; the old one is closed (or was already gone).</summary>
    private async Task DropConnectionAsync()
    {
        _metrics.Broker.SetConnected(false);
        var previous = Interlocked.Exchange(ref _publisher, NewPublisher());
        previous.TrySetCanceled();
        if (Interlocked.Exchange(ref _connection, null) is { } connection)
        {
            try
            {
                await connection.CloseAsync(TimeSpan.FromSeconds(5)).ConfigureAwait(false);
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                // Already gone: nothing to close.
            }

            connection.Dispose();
        }
    }
}
