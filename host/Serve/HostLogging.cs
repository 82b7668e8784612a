using System;
using EcsForge.Host.Serve.Config;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Console;

namespace EcsForge.Host.Serve;

/// <summary>Console logging for <c>serve</c>: on stderr, since stdout may be an event sink; text or JSON lines.</summary>
internal static class HostLogging
{
    public static void Configure(ILoggingBuilder logging, LoggingSettings settings)
    {
        logging.SetMinimumLevel(settings.MinimumLevel);
        // The framework's own information messages (lifetime banners, request logs) would drown the host's.
        logging.AddFilter("Microsoft", (LogLevel)Math.Max((int)LogLevel.Warning, (int)settings.MinimumLevel));
        logging.AddConsole(options => options.LogToStandardErrorThreshold = LogLevel.Trace);
        if (settings.Json)
        {
            logging.AddJsonConsole(options =>
            {
                options.UseUtcTimestamp = true;
                options.TimestampFormat = "yyyy-MM-ddTHH:mm:ss.fffZ";
            });
        }
        else
        {
            logging.AddSimpleConsole(options =>
            {
                options.SingleLine = true;
                options.UseUtcTimestamp = true;
                options.TimestampFormat = "yyyy-MM-ddTHH:mm:ss.fffZ ";
            });
        }
    }
}
