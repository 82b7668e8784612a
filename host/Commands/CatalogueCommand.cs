using System;
using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using System.Linq;
using EcsForge.Host.Catalogue;
using EcsForge.Host.Cli;

namespace EcsForge.Host.Commands;

/// <summary>
/// <c>catalogue DIR [--only Vendor/format]... [--report PATH] [--failures]</c>: imports every format under DIR, compiles them in
/// memory and runs their cases; one line per format, then the format and case tallies.
/// </summary>
public static class CatalogueCommand
{
    public static Command Create()
    {
        var directory = new Argument<string>("DIR") { Description = "The catalogue: <Vendor>/<format>/ingest/parser.yml, _meta/*.yml and tests/*.json." }.Rejected();
        var only = new Option<string[]>("--only") { Description = "Run only this format (repeatable).", HelpName = "Vendor/format" };
        var failures = new Option<bool>("--failures") { Description = "Under each format, every failing case with all its differences." };
        var report = new Option<string?>("--report") { Description = "Also write a Markdown summary (rates per input kind, missing constructs) to this file.", HelpName = "PATH" };
        var command = new Command("catalogue", """
            Import every format under DIR, compile them in memory with the generator and run their tests/*.json cases:
            one PASS or FAIL line per format, then the format and case tallies. Exit code 0 when every case passed.
            """)
        {
            directory, only, report, failures,
        };
        command.SetAction(result => Run(
            result,
            result.GetRequiredValue(directory),
            new HashSet<string>((result.GetValue(only) ?? []).Select(name => name.TrimEnd('/')), StringComparer.Ordinal),
            result.GetValue(report),
            result.GetValue(failures)));
        return command;
    }

    private static int Run(ParseResult command, string directory, HashSet<string> only, string? report, bool failures)
    {
        if (!Directory.Exists(directory))
        {
            return UsageError.Report(command, $"catalogue directory not found: {directory}");
        }

        IReadOnlyList<FormatOutcome> outcomes;
        TimeSpan elapsed;
        try
        {
            (outcomes, elapsed) = CatalogueRun.Run(directory, only);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidDataException or InvalidOperationException)
        {
            Console.Error.WriteLine("ecsforge: " + e.Message);
            return ExitCodes.Failure;
        }

        var unknown = only.Where(name => !outcomes.Any(o => o.Name == name)).ToList();
        foreach (var name in unknown)
        {
            Console.Error.WriteLine($"ecsforge: no format {name} under {directory}");
        }

        var output = Console.Out;
        foreach (var outcome in outcomes)
        {
            output.WriteLine(outcome.ToString());
            if (failures)
            {
                foreach (var failure in outcome.Failures)
                {
                    output.WriteLine("    " + failure);
                }
            }
        }

        var totals = CatalogueTotals.Of(outcomes);
        output.WriteLine($"formats: {totals.FullyPassingFormats} fully passing of {outcomes.Count}");
        output.WriteLine($"{totals.PassedCases} passed, {totals.FailedCases} failed");
        Console.Error.WriteLine($"ecsforge: catalogue run took {elapsed.TotalSeconds:F1} s");

        if (report is not null)
        {
            File.WriteAllText(report, CatalogueReport.Markdown(outcomes, elapsed));
        }

        return unknown.Count == 0 && totals.FailedCases == 0 && totals.PassedCases > 0 ? ExitCodes.Success : ExitCodes.Failure;
    }
}
