using System.Buffers;
using System.Text;
using System.Text.Json;
using EcsForge.Routing;
using EcsForge.Tests.Datasets;
using Xunit;

namespace EcsForge.Tests.Runtime;

/// <summary>The escape hatch: generated code calls the dataset's partial <c>Compute</c> with typed raw values.</summary>
public sealed class ComputedFieldTests
{
    private static readonly IntakeRouter s_router = new(new[] { ComputedFieldDataset.Format });

    [Theory]
    [InlineData("6", "tcp")]
    [InlineData("17", "udp")]
    public void Computed_field_is_written_from_the_partial_method(string protocol, string transport)
    {
        var output = new ArrayBufferWriter<byte>();

        var result = s_router.Parse(ComputedFieldDataset.Format, Encoding.UTF8.GetBytes($"{{\"proto\":\"{protocol}\"}}"), output);

        Assert.True(result.Success, result.Reason);
        using var document = JsonDocument.Parse(output.WrittenMemory);
        var network = document.RootElement.GetProperty("network");
        Assert.Equal(transport, network.GetProperty("transport").GetString());
        Assert.Equal(protocol, network.GetProperty("iana_number").GetString());
    }

    [Fact]
    public void Computed_field_left_unset_is_not_written()
    {
        var output = new ArrayBufferWriter<byte>();

        var result = s_router.Parse(ComputedFieldDataset.Format, "{\"proto\":\"1\"}"u8, output);

        Assert.True(result.Success, result.Reason);
        using var document = JsonDocument.Parse(output.WrittenMemory);
        Assert.False(document.RootElement.GetProperty("network").TryGetProperty("transport", out _));
    }
}
