using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Net;
using System.Net.Security;
using System.Net.Sockets;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using Xunit;

namespace EcsForge.Tests.Serve;

/// <summary>Finding 3 of issue 12: syslog listeners are bounded, can require TLS or known sources, and drain at shutdown.</summary>
public sealed class SyslogLimitsTests
{
    [Fact]
    public async Task AThousandIdleConnectionsNeitherExhaustTheHostNorStayForever()
    {
        var config = ServeTestHost.DefaultConfig();
        var syslog = config["syslog"]![0]!;
        syslog["maxConnections"] = 50;
        syslog["idleTimeoutSeconds"] = 2;
        await using var host = await ServeTestHost.StartAsync(config);
        var idle = new List<TcpClient>();
        try
        {
            var flood = System.Diagnostics.Stopwatch.StartNew();
            var mostOpen = 0L;
            for (var i = 0; i < 1_000; i++)
            {
                idle.Add(await TryConnectAsync(host.Syslog));
                mostOpen = Math.Max(mostOpen, host.Metrics.SyslogConnections);
            }

            // Each idle timeout that passed during the flood frees the 50 slots once more; the rest are refused.
            var slotsGiven = 50 * (1 + (int)(flood.Elapsed.TotalSeconds / 2));
            await ServeTestHost.WaitUntilAsync(() => host.Metrics.SyslogRefused >= 1_000 - slotsGiven);
            Assert.InRange(mostOpen, 0, 50);
            Assert.InRange(host.Metrics.SyslogConnections, 0, 50);
            Assert.InRange(host.Metrics.SyslogRefused, 1_000 - slotsGiven, 1_000);

            // HTTP is served throughout.
            await RequestBoundsTests.AssertCountsAsync(await host.PostAsync(TestEvents.Lines(0, 10, i => TestEvents.FirewallLine(i))), 10, 10, 0);

            // Idle connections are closed, after which a sender gets in again.
            await ServeTestHost.WaitUntilAsync(() => host.Metrics.SyslogConnections == 0);
            Assert.Equal(0, host.Metrics.SyslogConnections);
        }
        finally
        {
            idle.ForEach(c => c.Dispose());
        }

        using (var sender = new TcpClient())
        {
            await sender.ConnectAsync(host.Syslog);
            await sender.GetStream().WriteAsync(TestEvents.OctetCountedFrame(TestEvents.PulseMessage(1)));
        }

        await host.WaitForWrittenAsync(TestEvents.PulseFormat, 1);
    }

    [Fact]
    public async Task ASourceOutsideTheAllowListIsRefusedAndNothingItSendsIsRead()
    {
        var config = ServeTestHost.DefaultConfig();
        config["syslog"]![0]!["allowedSources"] = new JsonArray("10.0.0.0/8", "192.0.2.1");
        await using var host = await ServeTestHost.StartAsync(config);

        using (var client = await TryConnectAsync(host.Syslog))
        {
            try
            {
                await client.GetStream().WriteAsync(TestEvents.OctetCountedFrame(TestEvents.PulseMessage(1)));
            }
            catch (Exception e) when (e is IOException or InvalidOperationException)
            {
                // Reset by the host already.
            }
        }

        await ServeTestHost.WaitUntilAsync(() => host.Metrics.SyslogRefused == 1);
        Assert.Equal(1, host.Metrics.SyslogRefused);
        await host.StopAsync();
        Assert.Equal(0, host.Counters(TestEvents.PulseFormat).In);
    }

    [Fact]
    public async Task TlsListenerReadsFramesSentOverTls()
    {
        var directory = Directory.CreateTempSubdirectory("ecsforge-tls-").FullName;
        try
        {
            var pfx = Path.Combine(directory, "syslog.pfx");
            using (var key = RSA.Create(2048))
            {
                var request = new CertificateRequest("CN=localhost", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
                using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(1));
                File.WriteAllBytes(pfx, certificate.Export(X509ContentType.Pkcs12, "secret"));
            }

            var config = ServeTestHost.DefaultConfig();
            config["syslog"]![0]!["tls"] = new JsonObject { ["certificate"] = pfx, ["password"] = "secret" };
            await using var host = await ServeTestHost.StartAsync(config);

            using (var client = new TcpClient())
            {
                await client.ConnectAsync(host.Syslog);
                await using var tls = new SslStream(client.GetStream(), leaveInnerStreamOpen: false, (_, _, _, _) => true);
                await tls.AuthenticateAsClientAsync("localhost");
                for (var i = 0; i < 20; i++)
                {
                    await tls.WriteAsync(TestEvents.OctetCountedFrame(TestEvents.PulseMessage(i)));
                }
            }

            await host.WaitForWrittenAsync(TestEvents.PulseFormat, 20);
            Assert.Equal(20, host.Counters(TestEvents.PulseFormat).Parsed);
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    [Fact]
    public async Task ShutdownReadsEverythingASenderWroteBeforeIt()
    {
        const int frames = 30_000;
        var config = ServeTestHost.DefaultConfig();
        // One slow lane: the host falls behind, so most of what the sender wrote waits in the kernel's buffers.
        config["workers"] = 1;
        config["queueCapacity"] = 1;
        await using var host = await ServeTestHost.StartAsync(config);
        using var sender = new TcpClient();
        await sender.ConnectAsync(host.Syslog);
        var stream = sender.GetStream();
        for (var batch = 0; batch < frames / 100; batch++)
        {
            await stream.WriteAsync(Enumerable.Range(batch * 100, 100).SelectMany(i => TestEvents.OctetCountedFrame(TestEvents.PulseMessage(i))).ToArray());
        }

        // Every write returned: TCP took all the frames. The sender keeps the connection open, as a real one would.
        await host.StopAsync();

        var counters = host.Counters(TestEvents.PulseFormat);
        Assert.Equal(frames, counters.In);
        Assert.Equal(frames, counters.Parsed + counters.Failed);
        var ids = host.OutputLines().Select(l => TestEvents.PulseIdPattern().Match(l).Groups[1].Value).ToHashSet();
        Assert.Equal(frames, ids.Count);
    }

    /// <summary>A refused connection may be reset while the connect completes: the client is returned either way.</summary>
    private static async Task<TcpClient> TryConnectAsync(IPEndPoint endPoint)
    {
        var client = new TcpClient();
        try
        {
            await client.ConnectAsync(endPoint);
        }
        catch (SocketException e) when (e.SocketErrorCode == SocketError.ConnectionReset)
        {
        }

        return client;
    }
}
