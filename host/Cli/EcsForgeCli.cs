using System;
using System.CommandLine;
using System.CommandLine.Invocation;
using System.IO;
using EcsForge.Host.Commands;
using EcsForge.Host.Serve;

namespace EcsForge.Host.Cli;

/// <summary>
/// The <c>ecsforge</c> command line on System.CommandLine: every command with its own <c>--help</c>, <c>--version</c>
/// from the assembly's informational version (the <c>Version</c> of Directory.Build.props), <c>--opt value</c> and
/// <c>--opt=value</c>, and completions through the <c>[suggest]</c> directive (dotnet-suggest). A parse error is a
/// usage error: exit code 2, the problem on stderr.
/// </summary>
public static class EcsForgeCli
{
    public const string Description = """
        EcsForge: parse raw security events to ECS with compiled parsers, check them against conformance cases,
        list the compiled formats and their fields, import catalogue pipelines, and serve an ingestion host.

        Exit codes: 0 success; 1 I/O error (serve: a sink or address that cannot be opened) or a failing conformance
        or catalogue case; 2 usage error (unknown option, missing argument, unknown format, invalid serve config);
        3 (parse) some or all events failed, and are in the dead-letter file.
        """;

    public static RootCommand Create()
    {
        var root = new RootCommand(Description)
        {
            ParseCommandLine.Create(),
            ConformanceCommand.Create(),
            FieldsCommand.Create(),
            FormatsCommand.Create(),
            ImportCommand.Create(),
            CatalogueCommand.Create(),
            ServeCommand.Create(),
        };
        return root;
    }

    public static int Invoke(string[] args) => Invoke(args, Console.Out, Console.Error);

    /// <summary>
    /// Parses <paramref name="args"/> without response files: <c>@name</c> is an argument like any other (a file
    /// named so, as before System.CommandLine), not a file of further arguments.
    /// </summary>
    public static ParseResult Parse(string[] args)
        => Create().Parse(args, new ParserConfiguration { ResponseFileTokenReplacer = null });

    /// <summary>Parses and runs <paramref name="args"/>; commands that print text write it to the given writers.</summary>
    public static int Invoke(string[] args, TextWriter output, TextWriter error)
    {
        // `ecsforge help [command]`, as before System.CommandLine, is `ecsforge [command] --help`.
        if (args is ["help", .. var command])
        {
            args = [.. command, "--help"];
        }

        var result = Parse(args);
        if (result.Action is ParseErrorAction)
        {
            return UsageError.Report(result, error);
        }

        return result.Invoke(new InvocationConfiguration
        {
            Output = output,
            Error = error,
            // parse and serve handle Ctrl+C and SIGTERM themselves: parse prints the summary of what it wrote, serve
            // drains. System.CommandLine's handler would end the process 2 s later, mid-drain.
            ProcessTerminationTimeout = null,
            // An unexpected exception keeps its stack trace and the runtime's exit code, as before System.CommandLine.
            EnableDefaultExceptionHandler = false,
        });
    }
}
