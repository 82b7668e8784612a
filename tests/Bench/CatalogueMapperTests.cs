using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using EcsForge.Bench.Compare;
using EcsForge.Bench.Data;
using EcsForge.Importer.Compilation;
using EcsForge.Routing;
using EcsForge.Tests.Catalogue;
using Xunit;

namespace EcsForge.Tests.Bench;

/// <summary>
/// The hand-written mappers <c>bench -- compare</c> times against catalogue formats (imported from
/// <c>../shared/catalogue</c> and compiled in memory, as <c>compare</c> does) must write the generated parser's exact
/// output, on the generated sample events and on the format's own test messages. Skipped without the catalogue.
/// </summary>
public sealed class CatalogueMapperTests : IClassFixture<CatalogueMapperTests.CompiledFormats>
{
    private readonly CompiledFormats _formats;

    public CatalogueMapperTests(CompiledFormats formats)
    {
        _formats = formats;
    }

    [CatalogueTheory]
    [InlineData("nozomi-cmc")]
    [InlineData("netfilter")]
    public void Hand_written_mappers_write_the_generated_output_on_sample_events(string slug)
        => AssertSameOutput(slug, SampleBatch.Generate(slug, ComparedDatasets.CheckedEvents));

    [CatalogueTheory]
    [InlineData("nozomi-cmc")]
    [InlineData("netfilter")]
    public void Hand_written_mappers_write_the_generated_output_on_the_formats_test_messages(string slug)
    {
        var messages = _formats.Value.Messages[slug];
        Assert.NotEmpty(messages);
        AssertSameOutput(slug, SampleBatch.Repeat(messages, messages.Count));
    }

    [CatalogueFact]
    public void Every_sample_event_is_parsed_by_the_generated_parser()
    {
        // A comparison on events the generated parser rejects would time nothing but rejections.
        foreach (var dataset in CatalogueFormats.Datasets)
        {
            var generated = Generated(dataset.Slug);
            var batch = SampleBatch.Generate(dataset.Slug, ComparedDatasets.CheckedEvents);
            var output = new System.Buffers.ArrayBufferWriter<byte>();
            for (var i = 0; i < batch.Count; i++)
            {
                output.ResetWrittenCount();
                Assert.True(generated.TryMap(batch[i], output), $"{dataset.Slug} event {i + 1} is rejected");
            }
        }
    }

    private void AssertSameOutput(string slug, SampleBatch batch)
    {
        var dataset = ComparedDatasets.All.Single(candidate => candidate.Slug == slug);
        Assert.NotNull(dataset.Catalogue);
        var generated = Generated(slug);
        foreach (var candidate in new[] { dataset.CreateBaseline(), dataset.CreateFloor() })
        {
            var report = new StringWriter();
            Assert.True(OutputEquivalence.Check(batch, batch.Count, generated, candidate, report), report.ToString());
        }
    }

    private GeneratedMapper Generated(string slug)
    {
        var router = new IntakeRouter(_formats.Value.Compiled.Formats);
        Assert.True(router.TryGetFormat(slug, out var format), $"{slug} is not among the compiled catalogue formats");
        return new GeneratedMapper(router, format!);
    }

    /// <summary>The catalogue formats compiled once for the class, on first use only: skipped tests compile nothing.</summary>
    public sealed class CompiledFormats : IDisposable
    {
        private readonly Lazy<(CompiledCatalogue Compiled, IReadOnlyDictionary<string, IReadOnlyList<byte[]>> Messages)> _value =
            new(() => CatalogueFormats.Compile(CatalogueDirectory.Path!));

        public (CompiledCatalogue Compiled, IReadOnlyDictionary<string, IReadOnlyList<byte[]>> Messages) Value => _value.Value;

        public void Dispose()
        {
            if (_value.IsValueCreated)
            {
                _value.Value.Compiled.Dispose();
            }
        }
    }
}
