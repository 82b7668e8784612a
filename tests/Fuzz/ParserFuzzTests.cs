using System.Buffers;
using System.Text.Json;
using EcsForge.Routing;
using EcsForge.Tests.Serve;
using Xunit;

namespace EcsForge.Tests.Fuzz;

/// <summary>
/// The JSON (Cloudflare firewall), key=value and pattern (Pulse Connect Secure) parsers on mutated and random input:
/// never an exception, a failure always has a reason, and what parses is one valid JSON object.
/// Not run in parallel with other tests: its thousands of distinct user agents churn the shared user-agent cache,
/// which the steady-state allocation test relies on staying warm.
/// </summary>
[Collection(SharedUserAgentCache.Name)]
public sealed class ParserFuzzTests
{
    private static readonly IntakeRouter s_router = new(EcsForge.Parsers.IntakeFormatRegistry.All);

    [Fact]
    public void JsonParserNeverThrowsAndWritesValidJson()
        => Fuzz(TestEvents.FirewallFormat, TestEvents.FirewallLine(1), TestEvents.FirewallLine(2, "Mozilla/5.0 (iPhone; CPU iPhone OS 17_2 like Mac OS X)"), TestEvents.TruncatedFirewallLine(3));

    [Fact]
    public void KeyValueAndPatternParserNeverThrowsAndWritesValidJson()
        => Fuzz(TestEvents.PulseFormat, TestEvents.PulseMessage(1), "id=firewall time=\"2024-06-03 08:00:00\" pri=6 msg=\"AUT24414: Connection from IP 198.51.100.7 not authenticated yet (URL=/dana-na/)\"");

    private static void Fuzz(string slug, params string[] seeds)
    {
        Assert.True(s_router.TryGetFormat(slug, out var format));
        var output = new ArrayBufferWriter<byte>();
        FuzzRun.Each(InputGen.Mutated(seeds), input =>
        {
            output.ResetWrittenCount();
            var result = s_router.Parse(format, input, output);
            if (result.Success)
            {
                using var document = JsonDocument.Parse(output.WrittenMemory);
                Assert.Equal(JsonValueKind.Object, document.RootElement.ValueKind);
            }
            else
            {
                Assert.False(string.IsNullOrEmpty(result.Reason));
                Assert.Equal(0, output.WrittenCount);
            }
        });
    }
}

[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class SharedUserAgentCache
{
    public const string Name = "shared user-agent cache";
}
