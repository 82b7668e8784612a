using EcsForge.Host.Cli;

namespace EcsForge.Host;

internal static class Program
{
    private static int Main(string[] args) => EcsForgeCli.Invoke(args);
}
