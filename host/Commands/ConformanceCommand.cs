using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using EcsForge.Host.Conformance;
using EcsForge.Parsers;
using EcsForge.Routing;

namespace EcsForge.Host.Commands;

/// <summary><c>conformance DIR</c>: runs every case under DIR and prints PASS/FAIL lines, diffs and a tally.</summary>
public static class ConformanceCommand
{
    public static int Run(string[] args)
    {
        if (args.Any(Usage.IsHelp))
        {
            return Usage.Show();
        }

        if (args.Length != 1 || args[0].StartsWith('-'))
        {
            return Usage.Error("conformance takes exactly one argument: the suite directory");
        }

        IReadOnlyList<ConformanceFormat> formats;
        try
        {
            formats = ConformanceSuite.Discover(args[0]);
        }
        catch (DirectoryNotFoundException e)
        {
            return Usage.Error(e.Message);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidDataException)
        {
            Console.Error.WriteLine("ecsforge: " + e.Message);
            return ExitCodes.Failure;
        }

        var router = new IntakeRouter(IntakeFormatRegistry.All);
        var passed = 0;
        var failed = 0;
        var output = Console.Out;
        foreach (var testCase in formats.SelectMany(f => f.Cases))
        {
            var result = ConformanceRunner.Run(router, testCase);
            output.WriteLine(result.ToString());
            if (result.Passed)
            {
                passed++;
                continue;
            }

            failed++;
            foreach (var line in result.Detail.Split('\n'))
            {
                output.WriteLine("    " + line);
            }
        }

        output.WriteLine($"{passed} passed, {failed} failed");
        return failed == 0 && passed > 0 ? ExitCodes.Success : ExitCodes.Failure;
    }
}
