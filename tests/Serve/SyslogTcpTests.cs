using System;
using System.Linq;
using System.Net.Sockets;
using System.Text;
using System.Threading.Tasks;
using Xunit;

namespace EcsForge.Tests.Serve;

/// <summary>Syslog over TCP with a raw client, for the framing cases a well-behaved sender never produces.</summary>
public sealed class SyslogTcpTests : IAsyncLifetime
{
    private ServeTestHost _host = null!;

    public async Task InitializeAsync() => _host = await ServeTestHost.StartAsync();

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task OctetCountedAndNewlineFramesMixOnOneConnection()
    {
        using (var client = await ConnectAsync())
        {
            var stream = client.GetStream();
            for (var i = 0; i < 100; i++)
            {
                await stream.WriteAsync(i % 2 == 0 ? TestEvents.OctetCountedFrame(TestEvents.PulseMessage(i)) : TestEvents.NewlineFrame(TestEvents.PulseMessage(i)));
            }
        }

        await _host.WaitForWrittenAsync(TestEvents.PulseFormat, 100);
        Assert.Equal(100, _host.Counters(TestEvents.PulseFormat).Parsed);
        var ids = _host.OutputLines().Select(l => TestEvents.PulseIdPattern().Match(l).Groups[1].Value).ToHashSet();
        Assert.Equal(Enumerable.Range(0, 100).Select(TestEvents.PulseId).ToHashSet(), ids);
        // Header stripped: nothing of it reaches a parsed field.
        Assert.DoesNotContain(_host.OutputLines(), l => l.Contains("PulseSecure", StringComparison.Ordinal));
    }

    [Fact]
    public async Task FrameSplitIntoSingleBytesIsReassembled()
    {
        using (var client = await ConnectAsync())
        {
            var stream = client.GetStream();
            foreach (var b in TestEvents.OctetCountedFrame(TestEvents.PulseMessage(1)).Concat(TestEvents.NewlineFrame(TestEvents.PulseMessage(2))))
            {
                await stream.WriteAsync(new[] { b });
                await stream.FlushAsync();
            }
        }

        await _host.WaitForWrittenAsync(TestEvents.PulseFormat, 2);
        Assert.Equal(2, _host.Counters(TestEvents.PulseFormat).Parsed);
    }

    [Fact]
    public async Task OversizedFramesAreDeadLetteredAndTheConnectionGoesOn()
    {
        var hugeMessage = TestEvents.PulseMessage(1) + " pad=" + new string('p', 3 * ServeTestHost.MaxFrameBytes);
        var hugeFrame = TestEvents.OctetCountedFrame(hugeMessage);
        var hugeLength = Encoding.ASCII.GetString(hugeFrame, 0, Array.IndexOf(hugeFrame, (byte)' '));
        using (var client = await ConnectAsync())
        {
            var stream = client.GetStream();
            await stream.WriteAsync(hugeFrame);
            await stream.WriteAsync(TestEvents.OctetCountedFrame(TestEvents.PulseMessage(2)));
            await stream.WriteAsync(TestEvents.NewlineFrame(hugeMessage));
            await stream.WriteAsync(TestEvents.NewlineFrame(TestEvents.PulseMessage(3)));
        }

        await _host.WaitForWrittenAsync(TestEvents.PulseFormat, 4);
        Assert.Equal(2, _host.Counters(TestEvents.PulseFormat).Parsed);
        var deadLetters = _host.DeadLetters();
        Assert.Equal(2, deadLetters.Count);
        Assert.All(deadLetters, d =>
        {
            Assert.Equal("Truncated", (string?)d["failure"]);
            Assert.Contains("exceeds the 4096-byte limit; its first 4096 bytes are kept", (string?)d["reason"], StringComparison.Ordinal);
            Assert.Equal(ServeTestHost.MaxFrameBytes, Encoding.UTF8.GetByteCount((string)d["message"]!));
        });
        Assert.Contains(deadLetters, d => ((string?)d["reason"])!.Contains($"syslog frame of {hugeLength} bytes", StringComparison.Ordinal));
        Assert.Contains(deadLetters, d => ((string?)d["reason"])!.Contains("syslog line exceeds", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ClientDisconnectingMidFrameLeavesTheCutFrameInDeadLetters()
    {
        var frame = TestEvents.OctetCountedFrame(TestEvents.PulseMessage(2));
        using (var client = await ConnectAsync())
        {
            var stream = client.GetStream();
            await stream.WriteAsync(TestEvents.OctetCountedFrame(TestEvents.PulseMessage(1)));
            await stream.WriteAsync(frame.AsMemory(0, 40));
        }

        await _host.WaitForWrittenAsync(TestEvents.PulseFormat, 2);
        Assert.Equal(1, _host.Counters(TestEvents.PulseFormat).Parsed);
        var cut = Assert.Single(_host.DeadLetters());
        var length = Encoding.ASCII.GetString(frame, 0, Array.IndexOf(frame, (byte)' '));
        Assert.Equal($"truncated message: the connection closed inside a frame: {40 - length.Length - 1} of {length} bytes of a frame received", (string?)cut["reason"]);
        Assert.Equal(Encoding.UTF8.GetString(frame, length.Length + 1, 40 - length.Length - 1), (string?)cut["message"]);

        // The listener is unaffected.
        using (var next = await ConnectAsync())
        {
            await next.GetStream().WriteAsync(TestEvents.NewlineFrame(TestEvents.PulseMessage(3)));
        }

        await _host.WaitForWrittenAsync(TestEvents.PulseFormat, 3);
    }

    [Fact]
    public async Task StalledClientDoesNotHoldBackOthers()
    {
        var stalledFrame = TestEvents.OctetCountedFrame(TestEvents.PulseMessage(0));
        using var stalled = await ConnectAsync();
        await stalled.GetStream().WriteAsync(stalledFrame.AsMemory(0, 30));

        using (var busy = await ConnectAsync())
        {
            var stream = busy.GetStream();
            for (var i = 1; i <= 200; i++)
            {
                await stream.WriteAsync(TestEvents.OctetCountedFrame(TestEvents.PulseMessage(i)));
            }
        }

        await _host.WaitForWrittenAsync(TestEvents.PulseFormat, 200);

        await stalled.GetStream().WriteAsync(stalledFrame.AsMemory(30));
        await _host.WaitForWrittenAsync(TestEvents.PulseFormat, 201);
        Assert.Equal(201, _host.Counters(TestEvents.PulseFormat).Parsed);
    }

    private async Task<TcpClient> ConnectAsync()
    {
        var client = new TcpClient();
        await client.ConnectAsync(_host.Syslog);
        return client;
    }
}
