using System.Linq;
using System.Text;
using EcsForge.Host.Serve.Broker;
using EcsForge.Host.Serve.Http;
using Xunit;

namespace EcsForge.Tests.Serve.Broker;

public class RawBatchSplitterTests
{
    [Fact]
    public void CutsAtLineEndsByEventCountWithBlankLinesNotCounted()
    {
        var batch = Encoding.UTF8.GetBytes("a\nb\n\r\nc\nd\ne");

        var slices = RawBatchSplitter.Split(batch, maxEvents: 10, maxSliceEvents: 2, maxSliceBytes: 1_000);

        Assert.Equal(["a\nb\n\r\n", "c\nd\n", "e"], slices.Select(s => Encoding.UTF8.GetString(s.Body.Span)));
        Assert.Equal([2, 2, 1], slices.Select(s => s.Events));
    }

    [Fact]
    public void CutsByBytesAndALongerLineTravelsAlone()
    {
        var batch = Encoding.UTF8.GetBytes("aaa\nbbbbbbbbbb\ncc\ndd\n");

        var slices = RawBatchSplitter.Split(batch, maxEvents: 10, maxSliceEvents: 100, maxSliceBytes: 6);

        Assert.Equal(["aaa\n", "bbbbbbbbbb\n", "cc\ndd\n"], slices.Select(s => Encoding.UTF8.GetString(s.Body.Span)));
    }

    [Fact]
    public void MoreEventsThanTheIntakeAllowsIsRefused()
    {
        var batch = Encoding.UTF8.GetBytes("a\nb\nc\n");

        Assert.Throws<PayloadTooLargeException>(() => RawBatchSplitter.Split(batch, maxEvents: 2, maxSliceEvents: 100, maxSliceBytes: 1_000));
    }

    [Fact]
    public void AnEmptyBatchPublishesNothing()
        => Assert.Empty(RawBatchSplitter.Split(Encoding.UTF8.GetBytes("\n\n"), maxEvents: 10, maxSliceEvents: 2, maxSliceBytes: 1_000));
}
