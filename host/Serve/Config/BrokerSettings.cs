using System;
using System.Collections.Generic;
using EcsForge.Routing;

namespace EcsForge.Host.Serve.Config;

/// <param name="Uri">The AMQP URI, credentials included (never logged).</param>
/// <param name="Prefix">Prefix of the declared queues and exchanges (see <see cref="Broker.BrokerTopology"/>).</param>
public sealed record BrokerSettings(Uri Uri, string Prefix, int DeliveryLimit, int MaxBatchEvents, int MaxBatchBytes, IReadOnlyList<string> RawIntakes);

/// <summary>A host consuming the raw queue of <see cref="Intake"/> as a competing consumer, parsing it as <see cref="Format"/>.</summary>
public sealed record RabbitInputSettings(
    string Name, string Intake, IntakeFormat Format, string Output, string DeadLetter, int Prefetch, BodyLimits Limits);
