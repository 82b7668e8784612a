using System;
using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using System.Linq;
using EcsForge.Host.Cli;
using EcsForge.Importer;

namespace EcsForge.Host.Commands;

/// <summary>
/// <c>import DIR [--out DIR]</c>: translates every catalogue format under DIR (a format, a vendor or the whole
/// catalogue) into a dataset class, to stdout or one file per class; each untranslated construct goes to stderr too.
/// </summary>
public static class ImportCommand
{
    public static Command Create()
    {
        var directory = new Argument<string>("DIR") { Description = "A format, a vendor or the whole catalogue: <Vendor>/<format>/ingest/parser.yml with _meta/manifest.yml and _meta/fields.yml." }.Rejected();
        var outDirectory = new Option<string?>("--out") { Description = "Write one file per class into this directory instead of stdout.", HelpName = "DIR" };
        var command = new Command("import", """
            Translate every catalogue format under DIR into a dataset class, to stdout or one file per class in --out.
            What has no faithful translation is marked '// not translated' and listed on stderr.
            """)
        {
            directory, outDirectory,
        };
        command.SetAction(result => Run(result, result.GetRequiredValue(directory), result.GetValue(outDirectory)));
        return command;
    }

    /// <summary>Runs <c>ecsforge import</c> with <paramref name="args"/>, printing to the given writers.</summary>
    public static int Run(string[] args, TextWriter output, TextWriter error) => EcsForgeCli.Invoke(["import", .. args], output, error);

    private static int Run(ParseResult command, string directory, string? outDirectory)
    {
        var output = command.InvocationConfiguration.Output;
        var error = command.InvocationConfiguration.Error;
        if (!Directory.Exists(directory))
        {
            return UsageError.Report(command, $"directory not found: {directory}");
        }

        var formats = FormatDirectories(directory);
        if (formats.Count == 0)
        {
            return UsageError.Report(command, $"no format (ingest/parser.yml with _meta/manifest.yml) under {directory}");
        }

        var failed = false;
        foreach (var (name, path) in formats)
        {
            ImportedDataset dataset;
            try
            {
                dataset = DatasetImporter.Import(path, name);
            }
            catch (Exception e) when (e is InvalidDataException or IOException or UnauthorizedAccessException)
            {
                error.WriteLine($"ecsforge: {name}: {e.Message}");
                failed = true;
                continue;
            }

            foreach (var untranslated in dataset.Untranslated)
            {
                error.WriteLine($"ecsforge: {name}: not translated: {untranslated}");
            }

            if (outDirectory is null)
            {
                output.Write(dataset.Source);
                output.WriteLine();
            }
            else
            {
                Directory.CreateDirectory(outDirectory);
                File.WriteAllText(Path.Combine(outDirectory, dataset.FileName), dataset.Source);
            }
        }

        return failed ? ExitCodes.Failure : ExitCodes.Success;
    }

    /// <summary>Format directories under <paramref name="root"/> (itself included), named <c>Vendor/format</c>, sorted.</summary>
    private static List<(string Name, string Path)> FormatDirectories(string root)
    {
        var full = Path.GetFullPath(root);
        return Directory.EnumerateDirectories(full, "*", SearchOption.AllDirectories)
            .Prepend(full)
            .Where(d => File.Exists(Path.Combine(d, "ingest", "parser.yml")) && File.Exists(Path.Combine(d, "_meta", "manifest.yml")))
            .Order(StringComparer.Ordinal)
            .Select(d => (Path.GetFileName(Path.GetDirectoryName(d)) + "/" + Path.GetFileName(d), d))
            .ToList();
    }
}
