using System;
using System.Diagnostics;
using System.IO;
using Xunit;

namespace EcsForge.Tests.Serve.Broker;

/// <summary>The broker's own control tool, to restart it under a running host.</summary>
internal static class RabbitMqCtl
{
    public const string Path = "/usr/sbin/rabbitmqctl";

    public static void Run(string command)
    {
        using var process = Process.Start(new ProcessStartInfo(Path, [command]) { RedirectStandardOutput = true, RedirectStandardError = true })!;
        var error = process.StandardError.ReadToEndAsync();
        process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, $"rabbitmqctl {command} failed: {error.Result}");
    }
}

/// <summary>A broker fact that also restarts the broker: skipped without <c>rabbitmqctl</c> (a remote broker, say).</summary>
public sealed class RabbitMqCtlFactAttribute : FactAttribute
{
    public RabbitMqCtlFactAttribute()
    {
        var broker = new BrokerFactAttribute();
        if (broker.Skip is not null)
        {
            Skip = broker.Skip;
        }
        else if (!File.Exists(RabbitMqCtl.Path) || Environment.GetEnvironmentVariable("ECSFORGE_RABBITMQ_URI") is not null)
        {
            Skip = "the broker restart needs rabbitmqctl and the local broker (" + RabbitMqCtl.Path + ")";
        }
    }
}
