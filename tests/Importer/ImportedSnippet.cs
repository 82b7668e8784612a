using System;
using System.Linq;
using EcsForge.Importer;

namespace EcsForge.Tests.Importer;

/// <summary>Imports a hand-written parser.yml snippet whose first stage parses the message as JSON into <c>parsed.message</c>.</summary>
internal static class ImportedSnippet
{
    public const string Manifest = "uuid: 5b0e4a4e-2f57-4d0c-9a55-6d1e3e0f7a11\nslug: acme-test\nname: Acme test\n";

    public const string JsonPrelude = """
        pipeline:
          - name: parsed
            external:
              name: json.parse-json
              properties:
                input_field: "{{original.message}}"
                output_field: message
        """;

    /// <summary>The dataset of <paramref name="stages"/> (YAML for the stages after the JSON one, pipeline entries included).</summary>
    public static ImportedDataset Import(string pipelineAndStages, string? fields = null, string name = "Acme/acme-test", string manifest = Manifest)
        => DatasetImporter.Translate(name, manifest, JsonPrelude + "\n" + pipelineAndStages, fields);

    /// <summary>The attribute and marker lines of the class, without the <c>[IntakeFormat]</c> and the stage comments.</summary>
    public static string[] Rules(ImportedDataset dataset)
        => dataset.Source.Split('\n')
            .Where(line => (line.StartsWith('[') && !line.StartsWith("[IntakeFormat", StringComparison.Ordinal))
                || line.StartsWith("// not translated", StringComparison.Ordinal)
                || line.StartsWith("// dropped", StringComparison.Ordinal))
            .ToArray();

    /// <summary>One stage named <c>fields</c> with the given actions (indented as list items of <c>actions:</c>).</summary>
    public static string[] RulesOf(string actions, string? fields = null)
        => Rules(Import(Stage(actions), fields));

    public static string Stage(string actions)
        => "  - name: fields\nstages:\n  fields:\n    actions:\n" + string.Join('\n', actions.Split('\n').Select(line => "      " + line));
}
