using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using EcsForge.Host.Catalogue;

namespace EcsForge.Host.Commands;

/// <summary>
/// <c>catalogue DIR [--only Vendor/format]... [--report PATH]</c>: imports every format under DIR, compiles them in
/// memory and runs their cases; one line per format, then the format and case tallies.
/// </summary>
public static class CatalogueCommand
{
    public static int Run(string[] args)
    {
        string? directory = null;
        string? report = null;
        var only = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case var arg when Usage.IsHelp(arg):
                    return Usage.Show();
                case "--only" or "--report" when i + 1 >= args.Length:
                    return Usage.Error($"{args[i]} needs a value");
                case "--only":
                    only.Add(args[++i].TrimEnd('/'));
                    break;
                case "--report":
                    report = args[++i];
                    break;
                case var arg when arg.StartsWith('-') || directory is not null:
                    return Usage.Error($"unexpected argument '{arg}' for catalogue");
                case var arg:
                    directory = arg;
                    break;
            }
        }

        if (directory is null)
        {
            return Usage.Error("catalogue takes the catalogue directory");
        }

        if (!Directory.Exists(directory))
        {
            return Usage.Error($"catalogue directory not found: {directory}");
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
