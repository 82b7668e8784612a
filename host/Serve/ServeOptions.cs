using System;
using System.Globalization;

namespace EcsForge.Host.Serve;

/// <summary>The arguments of <c>serve</c>: <c>--config PATH [--workers N]</c>.</summary>
public sealed class ServeOptions
{
    private ServeOptions(string configPath, int? workers)
    {
        ConfigPath = configPath;
        Workers = workers;
    }

    public string ConfigPath { get; }

    /// <summary>Overrides the config's worker count, to compare settings without editing the file.</summary>
    public int? Workers { get; }

    /// <returns>The options, or null with <paramref name="error"/> set.</returns>
    public static ServeOptions? TryParse(ReadOnlySpan<string> args, out string error)
    {
        string? config = null;
        int? workers = null;
        for (var i = 0; i < args.Length; i++)
        {
            var option = args[i];
            if (option is not ("--config" or "--workers"))
            {
                error = $"unknown argument '{option}' for serve";
                return null;
            }

            if (i + 1 >= args.Length || args[i + 1].Length == 0)
            {
                error = $"{option} needs a value";
                return null;
            }

            var value = args[++i];
            if (option == "--config")
            {
                config = value;
            }
            else if (int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var count) && count >= 1)
            {
                workers = count;
            }
            else
            {
                error = $"--workers must be a positive integer, not '{value}'";
                return null;
            }
        }

        if (config is null)
        {
            error = "serve needs --config PATH";
            return null;
        }

        error = string.Empty;
        return new ServeOptions(config, workers);
    }
}
