using Xunit;

namespace EcsForge.Tests.Serve.Broker;

/// <summary>Broker tests run one at a time: one restarts the broker, and each loads the two cores on its own.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class BrokerCollection
{
    public const string Name = "RabbitMQ broker";
}
