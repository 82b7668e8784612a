using System;
using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using System.Linq;
using EcsForge.Host.Cli;
using EcsForge.Host.Conformance;
using EcsForge.Parsers;
using EcsForge.Routing;

namespace EcsForge.Host.Commands;

/// <summary><c>conformance DIR</c>: runs every case under DIR and prints PASS/FAIL lines, diffs and a tally.</summary>
public static class ConformanceCommand
{
    public static Command Create()
    {
        var directory = new Argument<string>("DIR") { Description = "The suite: <Module>/<format>/tests/*.json, with each format's uuid in <Module>/<format>/_meta/manifest.yml." }.Rejected();
        var command = new Command("conformance", """
            Run every conformance case under DIR and print PASS or FAIL per case, a diff per failure, then the tally.
            Exit code 0 when every case passed, 1 otherwise.
            """)
        {
            directory,
        };
        command.SetAction(result => Run(result, result.GetRequiredValue(directory)));
        return command;
    }

    private static int Run(System.CommandLine.ParseResult command, string directory)
    {
        IReadOnlyList<ConformanceFormat> formats;
        try
        {
            formats = ConformanceSuite.Discover(directory);
        }
        catch (DirectoryNotFoundException e)
        {
            return UsageError.Report(command, e.Message);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidDataException)
        {
            command.InvocationConfiguration.Error.WriteLine("ecsforge: " + e.Message);
            return ExitCodes.Failure;
        }

        var router = new IntakeRouter(IntakeFormatRegistry.All);
        var passed = 0;
        var failed = 0;
        var output = command.InvocationConfiguration.Output;
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
