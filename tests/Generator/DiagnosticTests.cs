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
    public void Pattern_needs_a_pattern_set()
    {
        var diagnostic = Single($$"""
            [IntakeFormat({{Uuid}}, "demo", Input = InputFormat.KeyValue)]
            [Pattern("AUT1", "AUT1: %{GREEDYDATA}")]
            public partial class Demo { }
            """, "ECSG017");

        Assert.Contains("Pattern(", SpanText(diagnostic));
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
