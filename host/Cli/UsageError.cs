using System.CommandLine;
using System.IO;
using System.Linq;

namespace EcsForge.Host.Cli;

/// <summary>Usage errors: the problem on stderr with a pointer to the command's help, and exit code 2.</summary>
public static class UsageError
{
    /// <summary>Reports what System.CommandLine found wrong with the arguments.</summary>
    public static int Report(ParseResult result, TextWriter error)
    {
        foreach (var problem in result.Errors)
        {
            error.WriteLine("ecsforge: " + problem.Message);
        }

        error.WriteLine($"Run '{CommandPath(result.CommandResult.Command)} --help' for usage.");
        return ExitCodes.Usage;
    }

    /// <summary>Reports a problem a command found with its arguments once they parsed (an unknown format, ...).</summary>
    public static int Report(ParseResult result, string message)
    {
        var error = result.InvocationConfiguration.Error;
        error.WriteLine("ecsforge: " + message);
        error.WriteLine($"Run '{CommandPath(result.CommandResult.Command)} --help' for usage.");
        return ExitCodes.Usage;
    }

    /// <summary>
    /// <c>ecsforge parse</c>: the root is named after the executable, which is the test host when the CLI runs
    /// in-process, so it is always called by the tool's name here.
    /// </summary>
    private static string CommandPath(Command command)
    {
        var names = new System.Collections.Generic.List<string>();
        for (Symbol? symbol = command; symbol is Command { } current && current is not RootCommand; symbol = symbol.Parents.FirstOrDefault())
        {
            names.Insert(0, current.Name);
        }

        names.Insert(0, "ecsforge");
        return string.Join(' ', names);
    }
}
