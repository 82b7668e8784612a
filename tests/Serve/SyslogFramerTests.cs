using System.Buffers;
using System.Collections.Generic;
using System.Text;
using EcsForge.Host.Serve.Syslog;
using Xunit;

namespace EcsForge.Tests.Serve;

public class SyslogFramerTests
{
    [Fact]
    public void EachFrameChoosesItsFraming()
    {
        var frames = ReadAll(new SyslogFramer(100), "5 hello\n\r\n2024-06-03 starts with a digit\n3 abc12x not a length\nlast");

        Assert.Equal(["hello", "2024-06-03 starts with a digit", "abc", "12x not a length"], frames);
    }

    [Fact]
    public void IncompleteLengthWaitsForMoreData()
    {
        var framer = new SyslogFramer(100);
        var buffer = new ReadOnlySequence<byte>("12"u8.ToArray());

        Assert.False(framer.TryRead(ref buffer, out _, out _));
        Assert.Equal(2, buffer.Length);
    }

    [Fact]
    public void ElevenDigitsAreNotALength()
    {
        Assert.Equal(["12345678901 x"], ReadAll(new SyslogFramer(100), "12345678901 x\n"));
    }

    [Fact]
    public void OversizedFrameIsCutOnceAndItsRestSkippedAcrossReads()
    {
        var framer = new SyslogFramer(4);
        var first = new ReadOnlySequence<byte>("10 abcdefg"u8.ToArray());

        Assert.True(framer.TryRead(ref first, out var frame, out var failure));
        Assert.Equal("abcd", Encoding.ASCII.GetString(frame.ToArray()));
        Assert.False(failure.Success);
        Assert.False(framer.TryRead(ref first, out _, out _));
        Assert.True(first.IsEmpty);

        var second = new ReadOnlySequence<byte>("hij2 ok"u8.ToArray());
        Assert.True(framer.TryRead(ref second, out frame, out failure));
        Assert.Equal("ok", Encoding.ASCII.GetString(frame.ToArray()));
        Assert.True(failure.Success);
    }

    [Fact]
    public void NothingLeftAfterCompleteFramesMeansNoIncompleteFrame()
    {
        var framer = new SyslogFramer(100);
        var buffer = new ReadOnlySequence<byte>("2 ok\n"u8.ToArray());
        Assert.True(framer.TryRead(ref buffer, out _, out _));

        Assert.False(framer.TryTakeIncomplete(buffer, "closed", out _, out _));
    }

    /// <summary>Frames of <paramref name="stream"/>, then its incomplete rest as if the connection had closed.</summary>
    private static List<string> ReadAll(SyslogFramer framer, string stream)
    {
        var buffer = new ReadOnlySequence<byte>(Encoding.ASCII.GetBytes(stream));
        var frames = new List<string>();
        while (framer.TryRead(ref buffer, out var frame, out _))
        {
            frames.Add(Encoding.ASCII.GetString(frame.ToArray()));
        }

        if (framer.TryTakeIncomplete(buffer, "closed", out var rest, out var failure))
        {
            Assert.False(failure.Success);
        }
        else
        {
            Assert.True(rest.IsEmpty);
        }

        return frames;
    }
}
