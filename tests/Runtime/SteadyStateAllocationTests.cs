using System.Buffers;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using EcsForge.Host.Conformance;
using EcsForge.Routing;
using EcsForge.Tests.Support;
using Xunit;

namespace EcsForge.Tests.Runtime;

/// <summary>Parsing allocates nothing per event once a thread's session is warm, for every shipped dataset.</summary>
public sealed class SteadyStateAllocationTests
{
    private static readonly IntakeRouter s_router = new(EcsForge.Parsers.IntakeFormatRegistry.All);

    [Fact]
    public void Every_sample_parses_without_allocating()
    {
        var cases = ConformanceSuite.Discover(RepositoryPaths.InRepository("tests", "Samples"))
            .SelectMany(format => format.Cases.Select(testCase => (Format: format.Manifest.Uuid, Message: RawMessage(testCase.FilePath))))
            .ToArray();
        var formats = cases.Select(testCase => s_router.TryGetFormat(testCase.Format, out var format) ? format : null).ToArray();
        var output = new ArrayBufferWriter<byte>(1 << 16);
        var parsed = 0;

        var (allocated, calls) = Allocations.Measure(
            () =>
            {
                for (var i = 0; i < cases.Length; i++)
                {
                    output.ResetWrittenCount();
                    parsed += s_router.Parse(formats[i]!, cases[i].Message, output).Success ? 1 : 0;
                }
            },
            repetitions: 200);

        Assert.Equal(0, allocated);
        Assert.Equal(cases.Length * calls, parsed);
    }

    private static byte[] RawMessage(string casePath)
    {
        using var document = JsonDocument.Parse(File.ReadAllBytes(casePath));
        return Encoding.UTF8.GetBytes(document.RootElement.GetProperty("input").GetProperty("message").GetString()!);
    }
}
