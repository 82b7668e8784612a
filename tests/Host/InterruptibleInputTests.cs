using System;
using System.IO;
using System.IO.Pipes;
using System.Threading;
using EcsForge.Host.IO;
using Xunit;

namespace EcsForge.Tests.Host;

/// <summary>stdin for <c>parse</c>: its reads pass data through, and the stop ends one that waits for data.</summary>
public sealed class InterruptibleInputTests
{
    [Fact]
    public void Reads_pass_the_data_through_until_the_end_of_the_stream()
    {
        using var input = new InterruptibleInput(new MemoryStream("one\ntwo\n"u8.ToArray()), CancellationToken.None);
        var buffer = new byte[5];

        Assert.Equal(5, input.Read(buffer, 0, 5));
        Assert.Equal("one\nt"u8.ToArray(), buffer);
        Assert.Equal(3, input.Read(buffer, 0, 5));
        Assert.Equal(0, input.Read(buffer, 0, 5));
    }

    [Fact]
    public void The_stop_ends_a_read_waiting_for_data_as_the_end_of_the_stream()
    {
        using var writer = new AnonymousPipeServerStream(PipeDirection.Out);
        using var reader = new AnonymousPipeClientStream(PipeDirection.In, writer.ClientSafePipeHandle);
        using var stop = new CancellationTokenSource();
        var input = new InterruptibleInput(reader, stop.Token);
        var buffer = new byte[16];
        writer.Write("a\n"u8);
        writer.Flush();

        Assert.Equal(2, input.Read(buffer, 0, buffer.Length));
        // Nothing more is written and the pipe stays open: this read waits (a plain read would wait forever) until the
        // stop, then the stream has ended.
        stop.CancelAfter(TimeSpan.FromMilliseconds(200));
        Assert.Equal(0, input.Read(buffer, 0, buffer.Length));
        Assert.Equal(0, input.Read(buffer, 0, buffer.Length));

        // The write end closed first, so the abandoned read ends (at end of stream) before its pipe is disposed.
        writer.Dispose();
        input.Dispose();
    }
}
