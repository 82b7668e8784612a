using System;
using System.IO;
using System.Linq;
using System.Net.Sockets;
using System.Threading.Tasks;
using EcsForge.Host.Serve.Config;
using EcsForge.Parsers;
using EcsForge.Routing;

namespace EcsForge.Host.Serve;

/// <summary><c>serve</c>: runs the ingestion host until SIGTERM or SIGINT, then drains and exits 0.</summary>
public static class ServeCommand
{
    public static int Run(string[] args)
    {
        if (args.Any(Usage.IsHelp))
        {
            return Usage.Show();
        }

        var options = ServeOptions.TryParse(args, out var error);
        if (options is null)
        {
            return Usage.Error(error);
        }

        var router = new IntakeRouter(IntakeFormatRegistry.All);
        var settings = ServeConfigLoader.TryLoad(options.ConfigPath, router, out var errors);
        if (settings is null)
        {
            foreach (var problem in errors)
            {
                Console.Error.WriteLine($"ecsforge: {options.ConfigPath}: {problem}");
            }

            return ExitCodes.Usage;
        }

        if (options.Workers is { } workers)
        {
            settings = settings with { Workers = workers };
        }

        return RunAsync(settings, router).GetAwaiter().GetResult();
    }

    private static async Task<int> RunAsync(ServeSettings settings, IntakeRouter router)
    {
        ServeHost host;
        try
        {
            host = ServeHost.Create(settings, router);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Console.Error.WriteLine("ecsforge: cannot open a sink: " + e.Message);
            return ExitCodes.Failure;
        }

        await using (host.ConfigureAwait(false))
        {
            try
            {
                await host.StartAsync().ConfigureAwait(false);
            }
            catch (Exception e) when (e is IOException or SocketException)
            {
                Console.Error.WriteLine("ecsforge: cannot listen: " + e.Message);
                return ExitCodes.Failure;
            }

            await host.WaitForStopRequestAsync().ConfigureAwait(false);
        }

        return ExitCodes.Success;
    }
}
