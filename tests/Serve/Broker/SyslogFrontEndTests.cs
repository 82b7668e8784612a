using System;
using System.Linq;
using System.Net;
using System.Net.Sockets;
using System.Threading.Tasks;
using Xunit;

namespace EcsForge.Tests.Serve.Broker;

/// <summary>A syslog front end publishes its frames octet-counted, so a frame holding a newline stays one event.</summary>
[Collection(BrokerCollection.Name)]
public sealed class SyslogFrontEndTests
{
    private static readonly TimeSpan s_timeout = TimeSpan.FromSeconds(60);

    [BrokerFact]
    public async Task FramesReachTheConsumerWholeEachOnce()
    {
        const int frames = 1_000;
        await using var bed = await BrokerTestBed.StartAsync();
        await using var collector = new OutputCollector(bed.Topology, TestEvents.PulseIdPattern());
        await collector.StartAsync();
        using var frontEnd = HostProcess.Start(bed.SyslogFrontEndConfig());
        using var consumer = HostProcess.Start(bed.ConsumerConfig("pulse", prefetch: 2, format: TestEvents.PulseFormat));
        var endpoint = IPEndPoint.Parse(HostProcess.Value(await frontEnd.WaitForLogAsync(2, s_timeout), "Endpoint"));

        using (var client = new TcpClient())
        {
            await client.ConnectAsync(endpoint);
            // Every tenth message carries a newline inside it: framed by octet counting, it must stay one event.
            var stream = Enumerable.Range(0, frames)
                .SelectMany(i => TestEvents.OctetCountedFrame(i % 10 == 0 ? TestEvents.PulseMessage(i).Replace(" realm=", "\n realm=", StringComparison.Ordinal) : TestEvents.PulseMessage(i)))
                .ToArray();
            await client.GetStream().WriteAsync(stream);
        }

        await collector.WaitForAsync(frames, s_timeout);
        frontEnd.Terminate();
        consumer.Terminate();
        Assert.True(await frontEnd.WaitForExitAsync(s_timeout) && await consumer.WaitForExitAsync(s_timeout), "a host did not exit after SIGTERM");

        var (missing, unexpected) = collector.Compare(Enumerable.Range(0, frames).Select(TestEvents.PulseId).ToList());
        Assert.Empty(missing);
        Assert.Empty(unexpected);
        Assert.Equal(0, collector.Duplicates);
        Assert.Equal(frames, HostProcess.Number(Assert.Single(frontEnd.Logs(5)), "Received"));
        var drained = Assert.Single(consumer.Logs(5));
        Assert.Equal(frames, HostProcess.Number(drained, "Received"));
        Assert.Equal(frames, HostProcess.Number(drained, "Parsed") + HostProcess.Number(drained, "Failed"));
    }
}
