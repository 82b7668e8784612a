using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using EcsForge.Host.Serve.Config;
using RabbitMQ.Client;

namespace EcsForge.Host.Serve.Broker;

/// <summary>
/// The queues and exchanges of a deployment, all named from one prefix and declared by every host at each connection
/// (declaring what exists with the same arguments is a no-op, so hosts may start in any order):
/// <list type="bullet">
/// <item><c>PREFIX.raw.INTAKE</c>: a quorum queue per intake, where front ends publish raw batches and consumers compete;</item>
/// <item><c>PREFIX.events</c>: a topic exchange for ECS events (rabbitmq sinks), bound with <c>#</c> to a quorum queue of the same name;</item>
/// <item><c>PREFIX.dead-letter</c>: a topic exchange and quorum queue for dead letters, poison raw batches and batches
/// delivered more than the delivery limit (the broker routes those itself, with the routing key <c>raw.INTAKE</c>).</item>
/// </list>
/// </summary>
public sealed class BrokerTopology
{
    /// <summary>The <c>exchange</c> of a rabbitmq sink: ECS events...</summary>
    public const string EventsExchange = "events";

    /// <summary>...or dead letters.</summary>
    public const string DeadLetterExchange = "dead-letter";

    private readonly BrokerSettings _settings;

    public BrokerTopology(BrokerSettings settings)
    {
        _settings = settings;
    }

    public string Events => _settings.Prefix + "." + EventsExchange;

    public string DeadLetters => _settings.Prefix + "." + DeadLetterExchange;

    public string RawQueue(string intake) => _settings.Prefix + ".raw." + intake;

    /// <summary>The exchange a rabbitmq sink's <c>exchange</c> option names.</summary>
    public string Exchange(string sinkExchange) => sinkExchange == EventsExchange ? Events : DeadLetters;

    public async Task DeclareAsync(IChannel channel, CancellationToken cancellationToken)
    {
        foreach (var exchange in (string[])[Events, DeadLetters])
        {
            await channel.ExchangeDeclareAsync(exchange, ExchangeType.Topic, durable: true, autoDelete: false, cancellationToken: cancellationToken).ConfigureAwait(false);
            await channel.QueueDeclareAsync(exchange, durable: true, exclusive: false, autoDelete: false, Quorum(), cancellationToken: cancellationToken).ConfigureAwait(false);
            await channel.QueueBindAsync(exchange, exchange, "#", cancellationToken: cancellationToken).ConfigureAwait(false);
        }

        foreach (var intake in _settings.RawIntakes)
        {
            var arguments = Quorum();
            arguments["x-delivery-limit"] = _settings.DeliveryLimit;
            arguments["x-dead-letter-exchange"] = DeadLetters;
            arguments["x-dead-letter-routing-key"] = "raw." + intake;
            await channel.QueueDeclareAsync(RawQueue(intake), durable: true, exclusive: false, autoDelete: false, arguments, cancellationToken: cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Replicated (Raft) and durable: a message confirmed by the broker survives its restart, and a node's loss in a cluster.</summary>
    private static Dictionary<string, object?> Quorum() => new() { ["x-queue-type"] = "quorum" };
}
