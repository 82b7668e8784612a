using System;
using System.CommandLine;
using System.IO;
using System.Net.Sockets;
using System.Threading.Tasks;
using EcsForge.Host.Serve.Config;
using EcsForge.Parsers;
using EcsForge.Routing;

namespace EcsForge.Host.Serve;

/// <summary><c>serve</c>: runs the ingestion host until SIGTERM or SIGINT, then drains and exits 0.</summary>
public static class ServeCommand
{
    public static Command Create()
    {
        var config = new Option<string>("--config") { Description = "The host's JSON config (see host/serve.example.json).", Required = true, HelpName = "PATH" };
        var workers = new Option<int?>("--workers") { Description = "Parse workers, overriding the config's count.", HelpName = "N" };
        workers.Validators.Add(result =>
        {
            if (result.Tokens is [{ Value: var value }] && int.TryParse(value, out var count) && count < 1)
            {
                result.AddError("--workers must be a positive integer");
            }
        });
        var command = new Command("serve", """
            Run the ingestion host the config describes: POST /plain/batch (Logpush-compatible, intake key in the
            X-SEKOIAIO-INTAKE-KEY header or the header_X-SEKOIAIO-INTAKE-KEY query parameter), syslog over TCP,
            GET /health and GET /metrics. Logs go to stderr. SIGTERM or SIGINT stops accepting, drains what was
            accepted, then exits 0. Exit code 1 when a sink or address cannot be opened, 2 for an invalid config.
            """)
        {
            config, workers,
        };
        command.SetAction(result => Run(new ServeOptions(result.GetRequiredValue(config), result.GetValue(workers))));
        return command;
    }

    private static int Run(ServeOptions options)
    {
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
