using System;
using System.IO;
using System.Linq;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Running;
using EcsForge.Bench.Benchmarks;
using EcsForge.Bench.Benchmarks.Components;

namespace EcsForge.Bench.Commands;

/// <summary><c>bdn</c>: hands the remaining arguments to BenchmarkDotNet's own command line.</summary>
internal static class BdnCommand
{
    public static int Run(string[] args)
    {
        // Results go next to the build output rather than into whatever directory the command runs from, so a run
        // from the repository root leaves no files there; --artifacts on the command line still wins.
        var config = DefaultConfig.Instance.WithArtifactsPath(Path.Combine(AppContext.BaseDirectory, "BenchmarkDotNet.Artifacts"));
        var summaries = BenchmarkSwitcher.FromTypes(
        [
            typeof(ParserBenchmarks), typeof(GeneratorBenchmarks),
            typeof(JsonCaptureBenchmarks), typeof(EcsValueWriterBenchmarks), typeof(PublicSuffixListBenchmarks),
            typeof(IpAddressTextBenchmarks), typeof(KeyValueReaderBenchmarks), typeof(PatternBenchmarks), typeof(TimestampBenchmarks),
            typeof(UserAgentBenchmarks),
            typeof(CefScannerBenchmarks), typeof(LeefScannerBenchmarks), typeof(DelimitedScannerBenchmarks), typeof(KeyValueScannerBenchmarks),
            typeof(XmlScannerBenchmarks), typeof(GrokStepBenchmarks), typeof(DateParseBenchmarks),
        ]).Run(args, config);
        var failed = summaries.Any(s => s.HasCriticalValidationErrors || s.Reports.Any(r => !r.Success));
        return failed ? Usage.Failure : Usage.Success;
    }
}
