using EcsForge.Bench.Attack;
using EcsForge.Bench.Commands;
using EcsForge.Bench.Load;
using EcsForge.Bench.Compare;

namespace EcsForge.Bench;

internal static class Program
{
    private static int Main(string[] args)
    {
        if (args.Length == 0)
        {
            return Usage.Error("missing command");
        }

        var rest = args[1..];
        return args[0] switch
        {
            "generate" => GenerateCommand.Run(rest),
            "alloc" => AllocCommand.Run(rest),
            "bdn" => BdnCommand.Run(rest),
            "load" => LoadCommand.Run(rest),
            "compare" => CompareCommand.Run(rest),
            "paired" => PairedCommand.Run(rest),
            "useragents" => UserAgentsCommand.Run(rest),
            "e2e" => EndToEndCommand.Run(rest),
            "uacost" => UserAgentCostCommand.Run(rest),
            "amplify" => AmplifyCommand.Run(rest),
            "hostile" => HostileInputCommand.Run(rest),
            var arg when Usage.IsHelp(arg) => Usage.Show(),
            var other => Usage.Error($"unknown command '{other}'"),
        };
    }
}
