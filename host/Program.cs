using System;
using EcsForge.Host.Commands;
using EcsForge.Host.Serve;

namespace EcsForge.Host;

internal static class Program
{
    private static int Main(string[] args)
    {
        if (args.Length == 0)
        {
            return Usage.Error("missing command");
        }

        return args[0] switch
        {
            "parse" => ParseCommand.Run(args[1..]),
            "conformance" => ConformanceCommand.Run(args[1..]),
            "fields" => FieldsCommand.Run(args[1..]),
            "formats" => FormatsCommand.Run(args[1..]),
            "import" => ImportCommand.Run(args[1..]),
            "catalogue" => CatalogueCommand.Run(args[1..]),
            "serve" => ServeCommand.Run(args[1..]),
            "help" => Usage.Show(),
            var arg when Usage.IsHelp(arg) => Usage.Show(),
            var other => Usage.Error($"unknown command '{other}'"),
        };
    }
}
