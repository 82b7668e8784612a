using System.Buffers;
using System.Text;
using EcsForge.Routing;
using EcsForge.Tests.Datasets;
using EcsForge.Tests.Support;
using Xunit;

namespace EcsForge.Tests.Pipelines;

/// <summary>A pipeline dataset allocates nothing per event once its thread's arena is warm: every construct of the expression tests, run again and again.</summary>
public sealed class PipelineAllocationTests
{
    private static readonly IntakeRouter s_router = new(new[] { ExpressionDataset.Format });

    [Fact]
    public void The_expression_dataset_parses_without_allocating()
    {
        var message = Encoding.UTF8.GetBytes("""
            {"user":{"name":"Alice","role":"admin"},"letters":["a","b","c"],"text":"hello","spaced":"  a  b ",
             "addr":"10.0.0.1:8080","zero":0,"count":42,"letter":"b","numeric_text":"123"}
            """);
        var output = new ArrayBufferWriter<byte>(1 << 16);
        var parsed = 0;

        var (allocated, calls) = Allocations.Measure(
            () =>
            {
                output.ResetWrittenCount();
                parsed += s_router.Parse(ExpressionDataset.Format, message, output).Success ? 1 : 0;
            },
            repetitions: 200);

        Assert.Equal(0, allocated);
        Assert.Equal(calls, parsed);
    }
}
