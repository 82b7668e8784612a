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
