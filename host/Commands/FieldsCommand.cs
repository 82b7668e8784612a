using System;
using System.Linq;
using EcsForge.Parsers;
using EcsForge.Routing;

namespace EcsForge.Host.Commands;

/// <summary><c>fields &lt;slug|uuid&gt;</c>: prints the fields a format extracts as a Markdown table on stdout.</summary>
public static class FieldsCommand
{
    public static int Run(string[] args)
    {
        if (args.Any(Usage.IsHelp))
        {
            return Usage.Show();
        }

        if (args.Length != 1 || args[0].Length == 0 || args[0].StartsWith('-'))
        {
            return Usage.Error("fields takes exactly one argument: the intake format's slug or uuid");
        }

        var router = new IntakeRouter(IntakeFormatRegistry.All);
        if (!router.TryGetFormat(args[0], out var format))
        {
            var known = router.Formats.Count == 0 ? "none" : string.Join(", ", router.Formats.Select(f => f.Slug));
            Console.Error.WriteLine($"ecsforge: unknown intake format '{args[0]}' (known formats: {known})");
            return ExitCodes.Usage;
        }

        Console.Out.Write(FieldTableMarkdown.Render(format));
        return ExitCodes.Success;
    }
}
