using System.Linq;
using EcsForge.Tests.Support;
using Microsoft.CodeAnalysis;
using Xunit;

namespace EcsForge.Tests.Generator;

/// <summary>Mistakes in a dataset are build errors located on the argument that caused them.</summary>
public sealed class DiagnosticTests
{
    private const string Uuid = "\"16676d72-463e-4b8a-b13a-f8dd48cddc8c\"";

    [Fact]
    public void Misspelled_ecs_field_suggests_the_closest_one()
    {
        var diagnostic = Single($$"""
            [IntakeFormat({{Uuid}}, "demo")]
            [Map("ClientIP", "source.iq")]
            public partial class Demo { }
            """, "ECSG004");

        Assert.Equal("\"source.iq\"", SpanText(diagnostic));
        Assert.Contains("did you mean 'source.ip'?", diagnostic.GetMessage());
        Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
    }

    [Fact]
    public void Class_must_be_partial()
    {
        var diagnostic = Single($$"""
            [IntakeFormat({{Uuid}}, "demo")]
            public class Demo { }
            """, "ECSG001");

        Assert.Equal("Demo", SpanText(diagnostic));
    }

    [Fact]
    public void Uuid_must_be_a_guid()
    {
        var diagnostic = Single("""
            [IntakeFormat("not-a-uuid", "demo")]
            public partial class Demo { }
            """, "ECSG002");

        Assert.Equal("\"not-a-uuid\"", SpanText(diagnostic));
    }

    [Fact]
    public void Condition_must_parse()
    {
        var diagnostic = Single($$"""
            [IntakeFormat({{Uuid}}, "demo")]
            [Constant("event.type", new[] { "start" }, When = "Action == login")]
            public partial class Demo { }
            """, "ECSG006");

        Assert.Equal("\"Action == login\"", SpanText(diagnostic));
        Assert.Contains("quote strings", diagnostic.GetMessage());
    }

    [Fact]
    public void Translation_pairs_must_be_complete()
    {
        var diagnostic = Single($$"""
            [IntakeFormat({{Uuid}}, "demo")]
            [Translate("Action", "event.type", "block", "denied", "allow")]
            public partial class Demo { }
            """, "ECSG007");

        Assert.Equal("\"allow\"", SpanText(diagnostic));
    }

    [Theory]
    [InlineData("[Translate(\"Code\", \"event.type\", \"a\", \"b\", Table = typeof(Codes))]", "give inline pairs or a Table, not both")]
    [InlineData("[Translate(\"Code\", \"event.type\", Table = typeof(NotATable))]", "needs a [TranslationTable]")]
    public void Shared_translation_table_misuse_is_an_error_on_the_table(string attribute, string reason)
    {
        var diagnostic = Single($$"""
            [TranslationTable("1", "start")]
            public static class Codes { }
            public static class NotATable { }
            [IntakeFormat({{Uuid}}, "demo")]
            {{attribute}}
            public partial class Demo { }
            """, "ECSG007");

        Assert.StartsWith("typeof(", SpanText(diagnostic));
        Assert.Contains(reason, diagnostic.GetMessage());
    }

    [Fact]
    public void Shared_translation_table_translates_like_inline_pairs()
    {
        var (run, errors) = GeneratorHarness.Run(Source($$"""
            [TranslationTable("1", "start", "2", "end")]
            public static class Codes { }
            [IntakeFormat({{Uuid}}, "demo")]
            [Translate("Code", "event.type", Table = typeof(Codes))]
            public partial class Demo { }
            """));

        Assert.Empty(run.Diagnostics);
        Assert.Empty(errors);
        var generated = run.Results.Single().GeneratedSources.Single(file => file.HintName.EndsWith("Demo.g.cs")).SourceText.ToString();
        // event.type is a list: each translation is one pre-encoded list constant.
        Assert.Contains("ConstantJson.List(\"start\")", generated);
        Assert.Contains("ConstantJson.List(\"end\")", generated);
    }

    [Fact]
    public void Malformed_source_path_is_reported()
    {
        var diagnostic = Single($$"""
            [IntakeFormat({{Uuid}}, "demo")]
            [Map("Metadata..name", "event.action")]
            public partial class Demo { }
            """, "ECSG005");

        Assert.Equal("\"Metadata..name\"", SpanText(diagnostic));
    }

    [Fact]
    public void Template_must_reference_a_field()
    {
        var diagnostic = Single($$"""
            [IntakeFormat({{Uuid}}, "demo")]
            [Template("event.module", "cloudflare.{Source")]
            public partial class Demo { }
            """, "ECSG008");

        Assert.Equal("\"cloudflare.{Source\"", SpanText(diagnostic));
    }

    [Fact]
    public void Pattern_that_does_not_compile_is_an_error_on_the_pattern()
    {
        var diagnostic = Single($$"""
            [IntakeFormat({{Uuid}}, "demo", Input = InputFormat.KeyValue)]
            [Patterns("msg")]
            [Pattern("AUT1", "AUT1: (%{IP:src}")]
            [Map("details.src", "source.ip")]
            public partial class Demo { }
            """, "ECSG012");

        Assert.Equal("\"AUT1: (%{IP:src}\"", SpanText(diagnostic));
        Assert.Contains("never closed", diagnostic.GetMessage());
    }

    [Fact]
    public void Unknown_grok_pattern_is_named()
    {
        var diagnostic = Single($$"""
            [IntakeFormat({{Uuid}}, "demo", Input = InputFormat.KeyValue)]
            [Patterns("msg")]
            [Pattern("AUT1", "AUT1: %{IPADDR:src}")]
            [Map("details.src", "source.ip")]
            public partial class Demo { }
            """, "ECSG013");

        Assert.Equal("\"AUT1: %{IPADDR:src}\"", SpanText(diagnostic));
        Assert.Contains("'%{IPADDR}' is not a known grok pattern", diagnostic.GetMessage());
    }

    [Fact]
    public void Unknown_grok_pattern_of_a_grok_stage_is_located_on_its_reference()
    {
        var diagnostic = Single($$$"""
            [IntakeFormat({{{Uuid}}}, "demo")]
            [ParseGrok("grokked", "AUT1: %{IPADDR:src} %{GREEDYDATA:rest}")]
            [Stage("values")]
            [Set("source.ip", "{{ grokked.message.src }}")]
            public partial class Demo { }
            """, "ECSG013");

        Assert.Equal("%{IPADDR", SpanText(diagnostic));
        Assert.Contains("'%{IPADDR}' is not a known grok pattern", diagnostic.GetMessage());
    }

    [Fact]
    public void Grok_stage_regex_outside_the_compiled_subset_is_an_error_on_its_custom_patterns()
    {
        var diagnostic = Single($$$"""
            [IntakeFormat({{{Uuid}}}, "demo")]
            [ParseGrok("grokked", "%{AHEAD:src}", CustomPatterns = new[] { "AHEAD", "(?=x)%{IP}" })]
            [Stage("values")]
            [Set("source.ip", "{{ grokked.message.src }}")]
            public partial class Demo { }
            """, "ECSG012");

        Assert.Contains("lookarounds", diagnostic.GetMessage());
    }

    [Fact]
    public void Capture_never_mapped_is_an_error()
    {
        var diagnostic = Single($$"""
            [IntakeFormat({{Uuid}}, "demo", Input = InputFormat.KeyValue)]
            [Patterns("msg")]
            [Pattern("AUT1", "AUT1: %{IP:src} %{DATA:reason}")]
            [Map("details.src", "source.ip")]
            public partial class Demo { }
            """, "ECSG014");

        Assert.Equal("\"AUT1: %{IP:src} %{DATA:reason}\"", SpanText(diagnostic));
        Assert.Contains("'reason'", diagnostic.GetMessage());
    }

    [Fact]
    public void Source_naming_no_capture_is_an_error()
    {
        var diagnostic = Single($$"""
            [IntakeFormat({{Uuid}}, "demo", Input = InputFormat.KeyValue)]
            [Patterns("msg")]
            [Pattern("AUT1", "AUT1: %{IP:src}")]
            [Map("details.src", "source.ip")]
            [Map("details.dst", "destination.ip")]
            public partial class Demo { }
            """, "ECSG015");

        Assert.Equal("\"details.dst\"", SpanText(diagnostic));
    }

    [Fact]
    public void Cutting_conversion_needs_a_delimiter()
    {
        var diagnostic = Single($$"""
            [IntakeFormat({{Uuid}}, "demo", Input = InputFormat.KeyValue)]
            [Map("roles", "user.roles", Convert = Conversion.Split)]
            public partial class Demo { }
            """, "ECSG016");

        Assert.Equal("Conversion.Split", SpanText(diagnostic));
    }

    [Fact]
    public void Trim_needs_the_characters_to_trim()
    {
        var diagnostic = Single($$"""
            [IntakeFormat({{Uuid}}, "demo")]
            [Map("QueryName", "dns.question.name", Convert = Conversion.Trim)]
            public partial class Demo { }
            """, "ECSG016");

        Assert.Equal("Conversion.Trim", SpanText(diagnostic));
    }

    [Fact]
    public void Pattern_needs_a_pattern_set()
    {
        var diagnostic = Single($$"""
            [IntakeFormat({{Uuid}}, "demo", Input = InputFormat.KeyValue)]
            [Pattern("AUT1", "AUT1: %{GREEDYDATA}")]
            public partial class Demo { }
            """, "ECSG017");

        Assert.Contains("Pattern(", SpanText(diagnostic));
    }

    [Theory]
    [InlineData("[Constant(\"http.response.status_code\", \"forbidden\")]", "\"forbidden\"", "not an integer")]
    [InlineData("[Constant(\"observer.type\", new[] { \"a\", \"b\" })]", "new[] { \"a\", \"b\" }", "a list cannot go into a single-valued field")]
    [InlineData("[Constant(\"source.ip\", \"localhost\")]", "\"localhost\"", "not an IP address")]
    [InlineData("[Translate(\"Code\", \"http.response.status_code\", \"a\", \"200\", \"b\", \"oops\")]", "\"oops\"", "not an integer")]
    [InlineData("[Translate(\"Code\", \"source.port\", \"a\", \"1\", Fallback = \"none\")]", "\"none\"", "not an integer")]
    public void Value_incompatible_with_the_target_type_is_an_error(string attribute, string span, string reason)
    {
        var diagnostic = Single($$"""
            [IntakeFormat({{Uuid}}, "demo")]
            {{attribute}}
            public partial class Demo { }
            """, "ECSG018");

        Assert.Equal(span, SpanText(diagnostic));
        Assert.Contains(reason, diagnostic.GetMessage());
    }

    [Fact]
    public void Mapping_always_overridden_is_a_warning_on_the_dead_one()
    {
        var diagnostic = Single($$"""
            [IntakeFormat({{Uuid}}, "demo")]
            [Map("Kind", "observer.type")]
            [Constant("observer.type", "proxy")]
            public partial class Demo { }
            """, "ECSG019");

        Assert.Equal(DiagnosticSeverity.Warning, diagnostic.Severity);
        Assert.Equal("\"observer.type\"", SpanText(diagnostic));
        Assert.Equal(3, diagnostic.Location.GetLineSpan().StartLinePosition.Line); // the [Map] line, not the [Constant]
    }

    [Theory]
    [InlineData("[Map(\"When\", \"event.action\", Convert = Conversion.EpochNanoseconds)]", "not a date")]
    [InlineData("[Map(\"Ip\", \"source.domain\", Convert = Conversion.UnmapIPv4)]", "not an IP")]
    [InlineData("[Map(\"Roles\", \"user.name\", Convert = Conversion.Split, Delimiter = \",\")]", "single value")]
    [InlineData("[Map(\"Roles\", \"user.roles\", Convert = Conversion.Trim, Delimiter = \".\")]", "list or an object")]
    public void Conversion_that_cannot_produce_the_target_is_an_error(string attribute, string reason)
    {
        var diagnostic = Single($$"""
            [IntakeFormat({{Uuid}}, "demo")]
            {{attribute}}
            public partial class Demo { }
            """, "ECSG020");

        Assert.StartsWith("Conversion.", SpanText(diagnostic));
        Assert.Contains(reason, diagnostic.GetMessage());
    }

    [Fact]
    public void Empty_target_name_is_an_error()
    {
        var diagnostic = Single($$"""
            [IntakeFormat({{Uuid}}, "demo")]
            [Map("RayID", "")]
            public partial class Demo { }
            """, "ECSG021");

        Assert.Equal("\"\"", SpanText(diagnostic));
    }

    [Fact]
    public void Same_uuid_or_slug_on_two_datasets_is_an_error_on_the_second()
    {
        var (run, _) = GeneratorHarness.Run(
            Source($$"""
                [IntakeFormat({{Uuid}}, "demo")]
                [Map("a", "event.action")]
                public partial class First { }
                """),
            Source($$"""
                [IntakeFormat({{Uuid}}, "demo")]
                [Map("a", "event.action")]
                public partial class Second { }
                """));

        Assert.Equal(2, run.Diagnostics.Length);
        Assert.All(run.Diagnostics, diagnostic => Assert.Equal("ECSG022", diagnostic.Id));
        Assert.Equal(new[] { Uuid, "\"demo\"" }, run.Diagnostics.Select(SpanText).ToArray());
        Assert.All(run.Diagnostics, diagnostic => Assert.Equal("Dataset1.cs", diagnostic.Location.SourceTree!.FilePath));
        Assert.Contains("Demo.First", run.Diagnostics[0].GetMessage());
    }

    [Fact]
    public void Custom_field_never_produced_is_reported_as_information()
    {
        var diagnostic = Single($$"""
            [IntakeFormat({{Uuid}}, "demo")]
            [Map("a", "event.action")]
            [CustomField("vendor.unused", FieldType.Keyword, "Never written.")]
            public partial class Demo { }
            """, "ECSG023");

        Assert.Equal(DiagnosticSeverity.Info, diagnostic.Severity);
        Assert.Equal("\"vendor.unused\"", SpanText(diagnostic));
    }

    [Theory]
    [InlineData("public partial class Outer { [IntakeFormat(ID, \"demo\")] public partial class Demo { } }", "Demo", "nested")]
    [InlineData("[IntakeFormat(ID, \"demo\")] public partial class Demo<T> { }", "Demo", "generic")]
    public void Nested_and_generic_classes_are_unsupported(string declaration, string span, string reason)
    {
        var diagnostic = Single(declaration.Replace("ID", Uuid), "ECSG009");

        Assert.Equal(span, SpanText(diagnostic));
        Assert.Contains(reason, diagnostic.GetMessage());
    }

    [Fact]
    public void Slug_must_be_lowercase_words()
    {
        var diagnostic = Single($$"""
            [IntakeFormat({{Uuid}}, "Demo Format")]
            public partial class Demo { }
            """, "ECSG003");

        Assert.Equal("\"Demo Format\"", SpanText(diagnostic));
    }

    [Fact]
    public void Field_written_as_value_and_object_is_an_error()
    {
        var diagnostic = Single($$"""
            [IntakeFormat({{Uuid}}, "demo")]
            [Map("Meta", "vendor")]
            [Map("Ray", "vendor.ray")]
            [CustomField("vendor", FieldType.Object, "All of it.")]
            [CustomField("vendor.ray", FieldType.Keyword, "Ray id.")]
            public partial class Demo { }
            """, "ECSG010");

        Assert.Equal("\"vendor\"", SpanText(diagnostic));
    }

    [Fact]
    public void Map_without_target_is_an_error()
    {
        var diagnostic = Single($$"""
            [IntakeFormat({{Uuid}}, "demo")]
            [Map("RayID")]
            public partial class Demo { }
            """, "ECSG011");

        Assert.Equal("Map(\"RayID\")", SpanText(diagnostic));
    }

    [Fact]
    public void Misspelling_a_target_in_a_shipped_dataset_gives_one_error_with_the_fix()
    {
        var source = System.IO.File.ReadAllText(RepositoryPaths.InRepository("parsers", "Cloudflare", "CloudflareFirewallEvents.cs"))
            .Replace("[Map(\"ClientIP\", \"source.ip\"", "[Map(\"ClientIP\", \"source.iq\"");

        var (run, _) = GeneratorHarness.Run(source);

        var diagnostic = Assert.Single(run.Diagnostics);
        Assert.Equal("ECSG004", diagnostic.Id);
        Assert.Equal("\"source.iq\"", SpanText(diagnostic));
        Assert.Contains("did you mean 'source.ip'?", diagnostic.GetMessage());
    }

    [Theory]
    [InlineData("[Spread(\"vendor.raw\")]", "\"vendor.raw\"", "one top-level object")]
    [InlineData("[Spread(\"vendor\")][Map(\"Ray\", \"vendor.ray\")][CustomField(\"vendor.ray\", FieldType.Keyword, \"Ray.\")]", "\"vendor\"", "other mappings also write under 'vendor'")]
    public void Invalid_spread_is_an_error(string attributes, string span, string reason)
    {
        var diagnostic = Single($$"""
            [IntakeFormat({{Uuid}}, "demo")]
            {{attributes}}
            public partial class Demo { }
            """, "ECSG024");

        Assert.Equal(span, SpanText(diagnostic));
        Assert.Contains(reason, diagnostic.GetMessage());
    }

    [Fact]
    public void Every_shipped_dataset_compiles_without_any_diagnostic()
    {
        var sources = System.IO.Directory.GetFiles(RepositoryPaths.InRepository("parsers"), "*.cs", System.IO.SearchOption.AllDirectories)
            .Where(path => !path.Contains($"{System.IO.Path.DirectorySeparatorChar}obj{System.IO.Path.DirectorySeparatorChar}"))
            .Select(System.IO.File.ReadAllText)
            .ToArray();

        var (run, errors) = GeneratorHarness.Run(sources);

        Assert.True(sources.Length >= 4);
        Assert.Empty(run.Diagnostics);
        Assert.Empty(errors);
    }

    [Fact]
    public void Custom_fields_are_valid_targets()
    {
        var (run, errors) = GeneratorHarness.Run(Source($$"""
            [IntakeFormat({{Uuid}}, "demo")]
            [Map("RayID", "vendor.ray")]
            [CustomField("vendor.ray", FieldType.Keyword, "Ray id.")]
            public partial class Demo { }
            """));

        Assert.Empty(run.Diagnostics);
        Assert.Empty(errors);
    }

    private static Diagnostic Single(string body, string id)
    {
        var (run, _) = GeneratorHarness.Run(Source(body));
        var diagnostic = Assert.Single(run.Diagnostics);
        Assert.Equal(id, diagnostic.Id);
        return diagnostic;
    }

    private static string Source(string body) => "using EcsForge.Mapping;\nnamespace Demo;\n" + body;

    private static string SpanText(Diagnostic diagnostic)
        => diagnostic.Location.SourceTree!.GetText().ToString(diagnostic.Location.SourceSpan);
}
