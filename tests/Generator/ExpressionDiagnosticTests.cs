using EcsForge.Tests.Support;
using Microsoft.CodeAnalysis;
using Xunit;

namespace EcsForge.Tests.Generator;

/// <summary>Mistakes in a pipeline's templates are diagnostics on the exact characters inside the attribute's string.</summary>
public sealed class ExpressionDiagnosticTests
{
    private const string Header = """
        using EcsForge.Mapping;
        namespace Demo;
        [IntakeFormat("16676d72-463e-4b8a-b13a-f8dd48cddc8c", "demo")]
        [ParseJson("parsed")]

        """;

    [Fact]
    public void A_syntax_error_lands_on_the_character_where_parsing_stopped()
    {
        var diagnostic = Single("""[Set("event.duration", "{{ (parsed.message.ms * 1000 }}")]""", "ECSG029");

        // The parenthesis is still open, so the first '}' is a brace, and the second one closes nothing (as in Jinja).
        Assert.Equal("}", SpanText(diagnostic));
        Assert.Contains("unexpected '}'", diagnostic.GetMessage(), System.StringComparison.Ordinal);
        Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
    }

    [Fact]
    public void A_location_inside_a_string_with_escapes_is_exact()
    {
        var diagnostic = Single("""[Set("event.action", "{{ parsed.message[\"a\"] | lowercase }}")]""", "ECSG031");

        Assert.Equal("parsed.message[\\\"a\\\"] | lowercase", SpanText(diagnostic));
        Assert.Contains("unknown filter 'lowercase'", diagnostic.GetMessage(), System.StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_name_is_a_warning_naming_it()
    {
        var diagnostic = Single("""[Set("user.name", "{{ parsd.message.user }}")]""", "ECSG030");

        Assert.Equal("parsd", SpanText(diagnostic));
        Assert.Equal(DiagnosticSeverity.Warning, diagnostic.Severity);
    }

    [Fact]
    public void A_filter_given_an_argument_it_does_not_take_is_an_error()
    {
        var diagnostic = Single("""[Set("user.name", "{{ parsed.message.user | lower('x') }}")]""", "ECSG031");

        Assert.Contains("takes at most 0 argument(s)", diagnostic.GetMessage(), System.StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_method_is_a_warning_and_the_action_raises_at_run_time()
    {
        var diagnostic = Single("""[Set("user.name", "{{ parsed.message.user.zfill(5) }}")]""", "ECSG034");

        Assert.Equal("parsed.message.user.zfill(5)", SpanText(diagnostic));
        Assert.Equal(DiagnosticSeverity.Warning, diagnostic.Severity);
    }

    [Fact]
    public void Constant_text_into_a_long_field_is_an_error()
    {
        var diagnostic = Single("""[Set("http.response.status_code", "not a number")]""", "ECSG032");

        Assert.Equal("\"not a number\"", SpanText(diagnostic));
    }

    [Fact]
    public void Pipeline_steps_cannot_be_mixed_with_mappings()
    {
        var diagnostic = Single("""
            [Set("user.name", "{{ parsed.message.user }}")]
            [Map("user", "user.id")]
            """, "ECSG033");

        Assert.StartsWith("ParseJson", SpanText(diagnostic), System.StringComparison.Ordinal);
    }

    private static Diagnostic Single(string attributes, string id)
    {
        var (run, _) = GeneratorHarness.Run(Header + attributes + "\npublic partial class Demo { }\n");
        var diagnostic = Assert.Single(run.Diagnostics);
        Assert.Equal(id, diagnostic.Id);
        return diagnostic;
    }

    private static string SpanText(Diagnostic diagnostic)
        => diagnostic.Location.SourceTree!.GetText().ToString(diagnostic.Location.SourceSpan);
}
