using System;
using System.IO;
using System.Linq;
using EcsForge.Host.Commands;
using Xunit;
using static EcsForge.Tests.Importer.ImportedSnippet;

namespace EcsForge.Tests.Importer;

/// <summary>What the importer cannot translate is marked in the class, listed, and reported on stderr, never approximated.</summary>
public sealed class UntranslatedConstructTests : IDisposable
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "ecsforge-import-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public void An_unknown_external_stage_is_marked()
    {
        var dataset = EcsForge.Importer.DatasetImporter.Translate("Acme/acme-test", Manifest, """
            pipeline:
              - name: parsed
                external:
                  name: acme.parse-acme
            """, null);

        Assert.Equal(new[] { "acme.parse-acme stage" }, dataset.Untranslated.Select(u => u.Construct));
    }

    [Fact]
    public void Grok_stages_are_translated_and_a_pattern_outside_the_compiled_subset_is_marked()
    {
        var dataset = EcsForge.Importer.DatasetImporter.Translate("Acme/acme-test", Manifest, """
            pipeline:
              - name: parsed
                external:
                  name: grok.match
                  properties:
                    pattern: "%{IP:client} %{REST:rest}"
                    custom_patterns:
                      REST: '%{GREEDYDATA}'
              - name: cased
                external:
                  name: grok.case_match
                  properties:
                    input_field: parsed.message.rest
                    output_field: detail
                    pattern_key: "{{parsed.message.client}}"
                    patterns:
                      "1.2.3.4": "%{WORD:word}"
                      "5.6.7.8": "(?=x)%{WORD:word}"
                filter: "{{parsed.message is defined}}"
              - name: ahead
                external:
                  name: grok.match
                  properties:
                    pattern: "(?!x)%{IP:client}"
            """, null);

        Assert.Equal(
            new[]
            {
                """[ParseGrok("parsed", "%{IP:client} %{REST:rest}", CustomPatterns = new[] { "REST", "%{GREEDYDATA}" })]""",
                "// not translated: grok case the compiler refuses: cased case 5.6.7.8: "
                    + "only (?:...) and named (?P<name>...) groups are supported: lookarounds, atomic groups and flags are not",
                """[ParseGrok("cased", Key = "{{parsed.message.client}}", Cases = new[] { "1.2.3.4", "%{WORD:word}" }, """
                    + """Input = "{{ parsed.message.rest }}", Output = "detail", When = "{{parsed.message is defined}}")]""",
                "// not translated: grok pattern the compiler refuses: ahead: "
                    + "only (?:...) and named (?P<name>...) groups are supported: lookarounds, atomic groups and flags are not",
            },
            Rules(dataset));
        Assert.Equal(new[] { "grok case the compiler refuses", "grok pattern the compiler refuses" }, dataset.Untranslated.Select(u => u.Construct));
        Assert.Equal(EcsForge.Importer.Translation.InputKind.SyslogGrok, dataset.Kind);
    }

    [Fact]
    public void The_import_command_writes_the_marker_in_the_class_and_a_line_on_stderr()
    {
        var format = Path.Combine(_directory, "Acme", "acme-test");
        Directory.CreateDirectory(Path.Combine(format, "_meta"));
        Directory.CreateDirectory(Path.Combine(format, "ingest"));
        File.WriteAllText(Path.Combine(format, "_meta", "manifest.yml"), Manifest);
        File.WriteAllText(Path.Combine(format, "ingest", "parser.yml"), "pipeline:\n  - name: parsed\n    external:\n      name: acme.parse-acme\n");
        var output = new StringWriter();
        var error = new StringWriter();

        var exitCode = ImportCommand.Run(new[] { _directory }, output, error);

        Assert.Equal(0, exitCode);
        Assert.Contains("// not translated: acme.parse-acme stage: parsed\n", output.ToString(), StringComparison.Ordinal);
        Assert.Equal("ecsforge: Acme/acme-test: not translated: acme.parse-acme stage: parsed", error.ToString().TrimEnd());
    }

    public void Dispose()
    {
        if (Directory.Exists(_directory))
        {
            Directory.Delete(_directory, recursive: true);
        }
    }
}
