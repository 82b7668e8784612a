namespace EcsForge.Host.Serve.Config;

/// <summary>The RabbitMQ broker of a scaled-out deployment (see README "Scale out"); absent, everything runs in-process.</summary>
public sealed class BrokerSection
{
    /// <summary>An AMQP URI: <c>amqp://user:password@host:5672/vhost</c>.</summary>
    public string? Uri { get; init; }

    /// <summary>Prefix of every queue and exchange the host declares.</summary>
    public string? Prefix { get; init; }

    /// <summary>Deliveries of one raw batch before the broker dead-letters it (a batch that keeps killing consumers).</summary>
    public int? DeliveryLimit { get; init; }

    /// <summary>A front end puts at most this many events in one raw message...</summary>
    public int? MaxBatchEvents { get; init; }

    /// <summary>...and at most this many bytes (a single longer line travels alone).</summary>
    public int? MaxBatchBytes { get; init; }
}

/// <summary>An input other than HTTP and syslog; the only type is <c>rabbitmq</c>: consume an intake's raw queue.</summary>
public sealed class InputSection
{
    public string? Name { get; init; }

    public string? Type { get; init; }

    /// <summary>The front-end intake (HTTP or syslog name) whose raw queue is consumed.</summary>
    public string? Intake { get; init; }

    public string? Format { get; init; }

    public string? Output { get; init; }

    public string? DeadLetter { get; init; }

    /// <summary>Raw batches delivered and not yet acknowledged, per host: what a killed host may leave to redeliver.</summary>
    public int? Prefetch { get; init; }

    public LimitsSection? Limits { get; init; }
}
