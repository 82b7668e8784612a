using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using EcsForge.Host.Conformance;
using EcsForge.Importer;
using EcsForge.Importer.Compilation;
using EcsForge.Importer.Translation;
using EcsForge.Routing;

namespace EcsForge.Host.Catalogue;

/// <summary>
/// Imports every format of a catalogue, compiles them all in one in-memory compilation with the generator, and runs each
/// format's cases through the router with the conformance comparison. A format that fails to import or compile fails
/// its own cases with the reason; the run always goes through every format.
/// </summary>
public static class CatalogueRun
{
    public static (IReadOnlyList<FormatOutcome> Outcomes, TimeSpan Elapsed) Run(string directory, IReadOnlyCollection<string> only)
    {
        var stopwatch = Stopwatch.StartNew();
        var formats = ConformanceSuite.Discover(directory)
            .Where(f => only.Count == 0 || only.Contains(f.Name))
            .ToList();

        var imported = new Dictionary<string, ImportedDataset>(StringComparer.Ordinal);
        var importFailures = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var format in formats)
        {
            try
            {
                imported[format.Name] = DatasetImporter.Import(format.DirectoryPath, format.Name);
            }
            catch (InvalidDataException e)
            {
                importFailures[format.Name] = "import failed: " + e.Message;
            }
        }

        using var compiled = CatalogueCompiler.Compile(imported.Values.ToList());
        var router = new IntakeRouter(compiled.Formats);
        var outcomes = new List<FormatOutcome>(formats.Count);
        foreach (var format in formats)
        {
            imported.TryGetValue(format.Name, out var dataset);
            var untranslated = dataset?.Untranslated ?? Array.Empty<Untranslated>();
            var kind = dataset?.Kind ?? InputKind.Other;
            var reason = importFailures.GetValueOrDefault(format.Name)
                ?? (compiled.Rejected.TryGetValue(format.Name, out var errors) ? "does not compile: " + errors : null);
            if (reason is not null)
            {
                outcomes.Add(new FormatOutcome(format.Name, kind, 0, format.Cases.Count, FirstLine(reason), untranslated));
                continue;
            }

            var passed = 0;
            string? firstFailure = null;
            var failures = new List<string>();
            foreach (var testCase in format.Cases)
            {
                var result = ConformanceRunner.Run(router, testCase);
                if (result.Passed)
                {
                    passed++;
                }
                else
                {
                    firstFailure ??= Path.GetFileName(testCase.FilePath) + ": " + Describe(result);
                    failures.Add(Path.GetFileName(testCase.FilePath) + ": " + DescribeAll(result));
                }
            }

            outcomes.Add(new FormatOutcome(format.Name, kind, passed, format.Cases.Count, firstFailure, untranslated) { Failures = failures });
        }

        return (outcomes, stopwatch.Elapsed);
    }

    private static string Describe(ConformanceResult result)
    {
        if (result.Differences.Count == 0)
        {
            return FirstLine(result.Detail);
        }

        var first = result.Differences[0];
        return $"{first.Path} ({first.Kind.ToString().ToLowerInvariant()}) expected {first.Expected ?? "nothing"}, actual {first.Actual ?? "nothing"}";
    }

    private static string DescribeAll(ConformanceResult result)
        => result.Differences.Count == 0
            ? FirstLine(result.Detail)
            : string.Join("; ", result.Differences.Select(d => $"{d.Path} ({d.Kind.ToString().ToLowerInvariant()}) expected {d.Expected ?? "nothing"}, actual {d.Actual ?? "nothing"}"));

    private static string FirstLine(string text)
    {
        var end = text.IndexOf('\n', StringComparison.Ordinal);
        return end < 0 ? text : text[..end];
    }
}
