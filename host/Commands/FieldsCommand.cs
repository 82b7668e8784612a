using System.CommandLine;
using EcsForge.Host.Cli;
using EcsForge.Parsers;
using EcsForge.Routing;

namespace EcsForge.Host.Commands;

/// <summary><c>fields &lt;slug|uuid&gt; [--json]</c>: the fields a format writes, as a Markdown table or JSON on stdout.</summary>
public static class FieldsCommand
{
    public static Command Create()
    {
        var format = FormatArgument.Argument();
        var json = new Option<bool>("--json") { Description = "Write a JSON array instead of a Markdown table." };
        var command = new Command("fields", """
            Print the fields the format can write, inferred ones included (user_agent.*, related.*, *.address, domain
            and url parts, ...), with their ECS types and descriptions, computed at build time.
            """)
        {
            format, json,
        };
        command.SetAction(result =>
        {
            var router = new IntakeRouter(IntakeFormatRegistry.All);
            if (FormatArgument.Resolve(router, result, result.GetRequiredValue(format)) is not { } resolved)
            {
                return ExitCodes.Usage;
            }

            var output = result.InvocationConfiguration.Output;
            output.Write(result.GetValue(json) ? FieldListJson.Render(resolved) : FieldTableMarkdown.Render(resolved));
            return ExitCodes.Success;
        });
        return command;
    }

    /// <summary>Runs <c>ecsforge fields</c> with <paramref name="args"/>.</summary>
    public static int Run(string[] args) => EcsForgeCli.Invoke(["fields", .. args]);
}
