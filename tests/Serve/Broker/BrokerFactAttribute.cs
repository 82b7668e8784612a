using System;
using System.Net.Sockets;
using Xunit;

namespace EcsForge.Tests.Serve.Broker;

/// <summary>
/// A fact that needs a real RabbitMQ broker (<see cref="BrokerTestBed.Uri"/>: ECSFORGE_RABBITMQ_URI, by default the
/// loopback one .ci/run starts); reported skipped, never passed, when none answers.
/// </summary>
public sealed class BrokerFactAttribute : FactAttribute
{
    private static readonly Lazy<string?> s_unreachable = new(Probe);

    public BrokerFactAttribute()
    {
        if (s_unreachable.Value is { } reason)
        {
            Skip = reason;
        }
    }

    private static string? Probe()
    {
        var uri = BrokerTestBed.Uri;
        try
        {
            using var client = new TcpClient();
            if (client.ConnectAsync(uri.Host, uri.IsDefaultPort ? 5672 : uri.Port).Wait(TimeSpan.FromSeconds(2)))
            {
                return null;
            }
        }
        catch (AggregateException)
        {
            // Refused: reported below.
        }

        return $"no RabbitMQ broker answers at {uri.Host}:{(uri.IsDefaultPort ? 5672 : uri.Port)} (.ci/run installs and starts one; set ECSFORGE_RABBITMQ_URI for another)";
    }
}
