using System.Linq;
using EcsForge.Tests.Support;
using Microsoft.CodeAnalysis;
using Xunit;

namespace EcsForge.Tests.Generator;

/// <summary>The text format steps compile, and what their runtime scanners cannot run is a build error on its argument (ECSG040).</summary>
public sealed class TextStepDiagnosticTests
{
    private const string Header = """
        using EcsForge.Mapping;
        namespace Demo;
        [IntakeFormat("16676d72-463e-4b8a-b13a-f8dd48cddc8c", "demo")]
        """;

    [Fact]
    public void Every_text_step_compiles_without_diagnostics()
    {
        var (run, _) = GeneratorHarness.Run(Header + """

            [ParseCef("cef", When = "{{ original.message.startswith('CEF:') }}")]
            [ParseKeyValue("kv", ItemSeparator = @",\s", ValueSeparator = ":")]
            [ParseKeyValue("extra", Input = "{{ kv.message.details }}", Output = "result", ItemSeparator = @"\$HdQYoHsx\$")]
            [ParseLeef("leef")]
            [ParseDelimited("row", Columns = new[] { "date", "user" }, Delimiter = ";")]
            [ParseXml("task", Input = "{{ kv.message.task }}", Output = "result")]
            [Stage("fields")]
            [Set("user.name", "{{ row.message.user or extra.result.username or task.result.Task.Principal }}")]
            [Set("source.ip", "{{ cef.message.src or leef.message.src }}")]
            public partial class Demo { }
            """);

        Assert.Empty(run.Diagnostics);
    }

    [Theory]
    [InlineData("ParseKeyValue(\"kv\", ItemSeparator = \"a+\")", "\"a+\"", "ItemSeparator 'a+': the regular expression construct '+' is not supported")]
    [InlineData("ParseKeyValue(\"kv\", ValueSeparator = @\"\\d\")", "@\"\\d\"", "ValueSeparator '\\d': the escape '\\d' is not supported")]
    [InlineData("ParseDelimited(\"row\", Columns = new[] { \"a\" }, Delimiter = \";;\")", "\";;\"", "Delimiter ';;': a delimiter is one character")]
    public void Unsupported_options_are_errors_on_their_argument(string attribute, string span, string message)
    {
        var (run, _) = GeneratorHarness.Run(Header + "\n[" + attribute + "]\npublic partial class Demo { }\n");

        var diagnostic = Assert.Single(run.Diagnostics);
        Assert.Equal("ECSG040", diagnostic.Id);
        Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
        Assert.Equal(span, diagnostic.Location.SourceTree!.GetText().ToString(diagnostic.Location.SourceSpan));
        Assert.StartsWith(message, diagnostic.GetMessage(), System.StringComparison.Ordinal);
    }
}
