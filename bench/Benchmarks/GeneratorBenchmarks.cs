using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using BenchmarkDotNet.Attributes;
using EcsForge.Generator;
using EcsForge.Mapping;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace EcsForge.Bench.Benchmarks;

/// <summary>
/// What the source generator costs the compiler on a project of <see cref="DatasetCount"/> synthetic datasets shaped
/// like the shipped ones: a full run on a fresh driver, and the incremental runs of a driver that has already run
/// after an edit to one dataset and after an edit that touches no dataset.
/// </summary>
/// <remarks>
/// Each benchmark runs on a clone of its compilation: a clone shares the parsed trees and the loaded references but
/// binds its symbols anew, as the compilation of a fresh build or of an edit does. Without it, every invocation after
/// the first would find the attributes already bound by the previous one.
/// </remarks>
[MemoryDiagnoser]
public class GeneratorBenchmarks
{
    public const int DatasetCount = 50;

    /// <summary>Every tenth dataset reads key=value syslog with grok patterns, as Pulse Connect Secure does.</summary>
    private const int KeyValueEvery = 10;

    private const string EditedDatasetSuffix = "_edited";

    /// <summary>Code that uses no mapping attribute: the unrelated edit adds it.</summary>
    private const string UnrelatedSource = """
        namespace Synthetic.Unrelated;

        public static class Answers
        {
            public static int Ultimate() => 42;
        }
        """;

    private static readonly CSharpParseOptions s_parseOptions = CSharpParseOptions.Default.WithLanguageVersion(LanguageVersion.Latest);

    private CSharpCompilation _compilation = null!;
    private CSharpCompilation _afterDatasetEdit = null!;
    private CSharpCompilation _afterUnrelatedEdit = null!;
    private GeneratorDriver _warmDriver = null!;

    [GlobalSetup]
    public void Setup()
    {
        var trees = Enumerable.Range(0, DatasetCount).Select(i => ParseDataset(i, string.Empty)).ToArray();
        _compilation = CSharpCompilation.Create(
            "SyntheticDatasets",
            trees,
            LoadReferences(),
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        _afterDatasetEdit = _compilation.ReplaceSyntaxTree(trees[0], ParseDataset(0, EditedDatasetSuffix));
        _afterUnrelatedEdit = _compilation.AddSyntaxTrees(CSharpSyntaxTree.ParseText(UnrelatedSource, s_parseOptions, path: "Unrelated.cs"));

        _warmDriver = CreateDriver().RunGenerators(_compilation);
        CheckFullRun();
        CheckDatasetEditReachesOutput();
    }

    [Benchmark]
    public GeneratorDriver FullRun() => CreateDriver().RunGenerators(_compilation.Clone());

    [Benchmark]
    public GeneratorDriver AfterDatasetEdit() => _warmDriver.RunGenerators(_afterDatasetEdit.Clone());

    [Benchmark]
    public GeneratorDriver AfterUnrelatedEdit() => _warmDriver.RunGenerators(_afterUnrelatedEdit.Clone());

    private static GeneratorDriver CreateDriver()
        => CSharpGeneratorDriver.Create([new EcsForgeGenerator().AsSourceGenerator()], parseOptions: s_parseOptions);

    /// <summary>Fails the setup, rather than timing a broken run, unless the datasets generate cleanly and compile.</summary>
    private void CheckFullRun()
    {
        var driver = CreateDriver().RunGeneratorsAndUpdateCompilation(_compilation, out var output, out var generatorDiagnostics);
        var run = driver.GetRunResult().Results.Single();
        if (run.Exception is not null)
        {
            throw new InvalidOperationException("The generator threw on the synthetic datasets.", run.Exception);
        }

        ThrowIfAny("The generator reports diagnostics on the synthetic datasets", generatorDiagnostics);

        // One parser per dataset, plus the registry.
        if (run.GeneratedSources.Length != DatasetCount + 1)
        {
            throw new InvalidOperationException($"Expected {DatasetCount + 1} generated files, got {run.GeneratedSources.Length}.");
        }

        ThrowIfAny("The generated code does not compile", output.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));
    }

    /// <summary>The edited benchmark must time a real change: the edited constant has to land in the regenerated parser.</summary>
    private void CheckDatasetEditReachesOutput()
    {
        var run = _warmDriver.RunGenerators(_afterDatasetEdit).GetRunResult().Results.Single();
        var edited = run.GeneratedSources.Single(source => source.HintName.Contains(ClassName(0), StringComparison.Ordinal));
        if (!edited.SourceText.ToString().Contains(DatasetName(0) + EditedDatasetSuffix, StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"The edit to {ClassName(0)} does not reach its generated parser {edited.HintName}.");
        }
    }

    private static void ThrowIfAny(string problem, IEnumerable<Diagnostic> diagnostics)
    {
        var listed = diagnostics.Select(d => d.ToString()).ToList();
        if (listed.Count > 0)
        {
            throw new InvalidOperationException($"{problem}:{Environment.NewLine}{string.Join(Environment.NewLine, listed)}");
        }
    }

    private static List<MetadataReference> LoadReferences()
    {
        var paths = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator).ToList();
        paths.Add(typeof(IntakeFormatAttribute).Assembly.Location);
        return paths.Distinct(StringComparer.Ordinal).Select(path => (MetadataReference)MetadataReference.CreateFromFile(path)).ToList();
    }

    private static SyntaxTree ParseDataset(int index, string datasetSuffix)
    {
        var source = index % KeyValueEvery == KeyValueEvery - 1 ? KeyValueDataset(index, datasetSuffix) : JsonDataset(index, datasetSuffix);
        return CSharpSyntaxTree.ParseText(source, s_parseOptions, path: ClassName(index) + ".cs");
    }

    private static string ClassName(int index) => $"Synthetic{index:D2}";

    /// <summary>The <c>event.dataset</c> constant, which the dataset edit changes.</summary>
    private static string DatasetName(int index) => $"synthetic_{index:D2}";

    private static string Uuid(int index) => $"{index + 1:x8}-5e7c-4d2b-8a6f-0c1d2e3f4a5b";

    /// <summary>
    /// A Logpush-style JSON dataset (48 attributes): nested source paths, several targets, <c>Or</c>, checks and
    /// conversions, constants with and without conditions, translations, templates and custom fields of each shape.
    /// </summary>
    private static string JsonDataset(int index, string datasetSuffix) => $$"""
        using EcsForge.Mapping;

        namespace Synthetic.Datasets;

        [IntakeFormat("{{Uuid(index)}}", "synthetic-{{index:D2}}", Name = "Synthetic dataset {{index:D2}}")]
        [Map("Event.Time", "@timestamp")]
        [Map("Event.Created", "event.created", Convert = Conversion.EpochNanoseconds)]
        [Map("Event.Action", "event.action")]
        [Map("Event.Id", "event.id")]
        [Map("Event.Severity", "event.severity")]
        [Map("Client.Ip", "source.ip", Require = Require.IpAddress)]
        [Map("Client.Port", "source.port")]
        [Map("Client.Geo.Country", "source.geo.country_name")]
        [Map("Client.Geo.City", "source.geo.city_name")]
        [Map("Client.Asn", "source.as.number")]
        [Map("Server.Ip", "destination.ip", Require = Require.IpAddress, Convert = Conversion.UnmapIPv4)]
        [Map("Server.Port", "destination.port")]
        [Map("Server.Host", "destination.domain", "url.domain")]
        [Map("Request.Method", "http.request.method")]
        [Map("Request.Path", "url.path")]
        [Map("Request.Query", "url.query")]
        [Map("Request.Scheme", "url.scheme")]
        [Map("Request.Referrer", "http.request.referrer")]
        [Map("Request.Bytes", "http.request.bytes")]
        [Map("Request.UserAgent", "user_agent.original")]
        [Map("Response.Status", "http.response.status_code")]
        [Map("Response.Bytes", "http.response.bytes")]
        [Map("Actor.Email", "user.email", Or = "Actor.Mail")]
        [Map("Actor.Id", "user.id")]
        [Map("Actor.Name", "user.name")]
        [Map("Rule.Id", "rule.id")]
        [Map("Rule.Name", "rule.name")]
        [Map("Tls.Cipher", "tls.cipher")]
        [Constant("event.category", new[] { "network" })]
        [Constant("event.dataset", "{{DatasetName(index)}}{{datasetSuffix}}")]
        [Constant("observer.vendor", "Vendor {{index:D2}}")]
        [Constant("observer.type", "firewall")]
        [Translate("Event.Action", "event.type", "allow", "allowed", "block", "denied", "close", "end", Fallback = "info")]
        [Constant("event.type", new[] { "connection", "denied" }, When = "Verdict == false && Event.Action != 'allow'")]
        [Translate("Verdict", "event.outcome", "true", "success", "false", "failure")]
        [Template("event.module", "vendor{{index:D2}}.{Product}")]
        [Template("event.reference", "https://vendor{{index:D2}}.example/events/{Event.Id}", When = "Event.Id")]
        [Map("Meta.Zone.Name", "vendor{{index:D2}}.zone_name")]
        [Map("Meta.Zone.Tag", "vendor{{index:D2}}.zone_tag")]
        [Map("Meta.Score", "vendor{{index:D2}}.score")]
        [Map("Meta.Flags", "vendor{{index:D2}}.flags")]
        [Map("Meta.Details", "vendor{{index:D2}}.details")]
        [CustomField("vendor{{index:D2}}.zone_name", FieldType.Keyword, "Name of the zone.")]
        [CustomField("vendor{{index:D2}}.zone_tag", FieldType.Keyword, "Tag of the zone.")]
        [CustomField("vendor{{index:D2}}.score", FieldType.Number, "Threat score of the request.")]
        [CustomField("vendor{{index:D2}}.flags", FieldType.Array, "Flags the request raised.")]
        [CustomField("vendor{{index:D2}}.details", FieldType.Object, "Product-specific details.")]
        public partial class {{ClassName(index)}}
        {
        }
        """;

    /// <summary>
    /// A key=value syslog dataset (42 attributes) in the style of Pulse Connect Secure: an event code before ':' picks a
    /// grok pattern whose captures override the generic fields.
    /// </summary>
    private static string KeyValueDataset(int index, string datasetSuffix) => $$"""
        using EcsForge.Mapping;

        namespace Synthetic.Datasets;

        [IntakeFormat("{{Uuid(index)}}", "synthetic-{{index:D2}}", Name = "Synthetic dataset {{index:D2}}", Input = InputFormat.KeyValue)]
        [Patterns("msg", Into = "details", KeyDelimiter = ":")]
        [Pattern("NET100", "NET100: Connection from %{IP:src}:%{NUMBER:src_port} to %{IP:dst}:%{NUMBER:dst_port} refused")]
        [Pattern("AUT200", "AUT200: User '%{USERNAME:user}' logged in from %{IP:src}")]
        [Pattern("AUT201", "AUT201: Login failed for user '%{USERNAME:user}'. Reason: '%{DATA:reason}'")]
        [Pattern("WEB300", "WEB300: Unauthenticated request url %{URIPATHPARAM:url} %{GREEDYDATA}")]
        [Map("time", "@timestamp", Convert = Conversion.Rfc3339)]
        [Map("msg", "event.code", Convert = Conversion.BeforeDelimiter, Delimiter = ":")]
        [Map("msg", "event.reason", Convert = Conversion.AfterDelimiter, Delimiter = ":")]
        [Map("fw", "observer.ip")]
        [Map("node", "observer.hostname")]
        [Map("vpn", "service.name")]
        [Map("type", "service.type")]
        [Map("proto", "event.provider")]
        [Map("user", "user.name")]
        [Map("realm", "user.domain")]
        [Map("roles", "user.roles", Convert = Conversion.Split, Delimiter = ",")]
        [Map("sent", "source.bytes")]
        [Map("rcvd", "destination.bytes")]
        [Map("dstname", "destination.domain")]
        [Map("src", "source.ip", Require = Require.IpAddress)]
        [Map("dst", "destination.ip", Require = Require.IpAddress)]
        [Map("agent", "user_agent.original")]
        [Map("duration", "event.duration")]
        [Constant("event.type", new[] { "info" })]
        [Constant("event.dataset", "{{DatasetName(index)}}{{datasetSuffix}}")]
        [Constant("observer.vendor", "Vendor {{index:D2}}")]
        [Constant("observer.product", "Gateway {{index:D2}}")]
        [Translate("msg", "event.category", "AUT200", "authentication", "AUT201", "authentication",
            Fallback = "network", Convert = Conversion.BeforeDelimiter, Delimiter = ":")]
        [Translate("msg", "event.outcome", "AUT200", "success", "AUT201", "failure", Convert = Conversion.BeforeDelimiter, Delimiter = ":")]
        [Template("event.module", "vendor{{index:D2}}.{type}")]
        [Map("details.url", "url.path")]
        [Map("details.src", "source.ip", Require = Require.IpAddress)]
        [Map("details.src_port", "source.port")]
        [Map("details.dst", "destination.ip", Require = Require.IpAddress)]
        [Map("details.dst_port", "destination.port")]
        [Map("details.user", "user.name")]
        [Map("details.reason", "event.reason")]
        [Map("id", "vendor{{index:D2}}.id")]
        [Map("pri", "vendor{{index:D2}}.priority")]
        [CustomField("vendor{{index:D2}}.id", FieldType.Keyword, "Identifier of the log source.")]
        [CustomField("vendor{{index:D2}}.priority", FieldType.Number, "Syslog priority.")]
        public partial class {{ClassName(index)}}
        {
        }
        """;
}
