using System.Buffers;
using System.Text;
using System.Text.Json;
using EcsForge.Routing;
using EcsForge.Tests.Datasets;
using Xunit;

namespace EcsForge.Tests.Runtime;

/// <summary>
/// Fields that read the same conversion of the same sources share one computation per event; each field must still get
/// what its own rule gives (the delimiter, fallback and conversion of look-alike rules are not shared).
/// </summary>
public sealed class SharedConversionTests
{
    private static readonly IntakeRouter s_router = new(new[] { SharedConversionDataset.Format });

    [Theory]
    [InlineData("{\"code\":\"AB-12:rest:more\"}", "AB-12", "AB", "rest:more", "AB-12", "success")]
    [InlineData("{\"code\":\"XY-9:why\",\"alias\":\"svc:x\"}", "XY-9", "XY", "why", "svc", "unknown")]
    [InlineData("{\"code\":\"plain\"}", "plain", "plain", null, "plain", "unknown")]
    public void Each_field_gets_its_own_rules_value(string message, string code, string provider, string? reason, string service, string outcome)
    {
        var output = new ArrayBufferWriter<byte>();

        var result = s_router.Parse(SharedConversionDataset.Format, Encoding.UTF8.GetBytes(message), output);

        Assert.True(result.Success, result.Reason);
        using var document = JsonDocument.Parse(output.WrittenMemory);
        var @event = document.RootElement.GetProperty("event");
        Assert.Equal(code, @event.GetProperty("code").GetString());
        Assert.Equal(code, @event.GetProperty("action").GetString());
        Assert.Equal(provider, @event.GetProperty("provider").GetString());
        Assert.Equal(reason, @event.TryGetProperty("reason", out var text) ? text.GetString() : null);
        Assert.Equal(outcome, @event.GetProperty("outcome").GetString());
        Assert.Equal(service, document.RootElement.GetProperty("service").GetProperty("name").GetString());
    }

    [Fact]
    public void The_shared_conversion_is_one_field_of_the_source_values()
    {
        var fields = typeof(SharedConversionDataset.SourceValues).GetFields();

        Assert.Contains(fields, field => field.Name == "code_BeforeDelimiter");
        Assert.Equal(3, fields.Length);
    }
}
