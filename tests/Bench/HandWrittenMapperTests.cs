using System.IO;
using System.Linq;
using EcsForge.Bench.Compare;
using EcsForge.Bench.Data;
using EcsForge.Routing;
using Xunit;

namespace EcsForge.Tests.Bench;

/// <summary>
/// The hand-written mappers <c>bench -- compare</c> times against the generated parser must write its exact output,
/// or the comparison means nothing; <c>compare</c> refuses to time them otherwise, and this keeps them from drifting
/// when a dataset or an inference changes.
/// </summary>
public sealed class HandWrittenMapperTests
{
    [Theory]
    [InlineData("cloudflare-firewall-events")]
    [InlineData("pulse-connect-secure")]
    public void Hand_written_mappers_write_the_generated_output(string slug)
    {
        var dataset = ComparedDatasets.All.Single(candidate => candidate.Slug == slug);
        var router = new IntakeRouter(EcsForge.Parsers.IntakeFormatRegistry.All);
        Assert.True(router.TryGetFormat(slug, out var format));
        var generated = new GeneratedMapper(router, format!);
        var batch = SampleBatch.Generate(slug, ComparedDatasets.CheckedEvents);

        foreach (var candidate in new[] { dataset.CreateBaseline(), dataset.CreateFloor() })
        {
            var report = new StringWriter();
            Assert.True(OutputEquivalence.Check(batch, batch.Count, generated, candidate, report), report.ToString());
        }
    }
}
