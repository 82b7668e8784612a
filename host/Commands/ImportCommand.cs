using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using EcsForge.Importer;

namespace EcsForge.Host.Commands;

/// <summary>
/// <c>import DIR [--out DIR]</c>: translates every catalogue format under DIR (a format, a vendor or the whole
/// catalogue) into a dataset class, to stdout or one file per class; each untranslated construct goes to stderr too.
/// </summary>
public static class ImportCommand
{
    public static int Run(string[] args) => Run(args, Console.Out, Console.Error);

    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        string? directory = null;
        string? outDirectory = null;
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case var arg when Usage.IsHelp(arg):
                    return Usage.Show();
                case "--out" when i + 1 >= args.Length:
                    return Usage.Error("--out needs a directory");
                case "--out":
                    outDirectory = args[++i];
                    break;
                case var arg when arg.StartsWith('-') || directory is not null:
                    return Usage.Error($"unexpected argument '{arg}' for import");
                case var arg:
                    directory = arg;
                    break;
            }
        }

        if (directory is null || !Directory.Exists(directory))
        {
            return Usage.Error(directory is null ? "import takes a catalogue directory" : $"directory not found: {directory}");
        }

        var formats = FormatDirectories(directory);
        if (formats.Count == 0)
        {
            return Usage.Error($"no format (ingest/parser.yml with _meta/manifest.yml) under {directory}");
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
