using System;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using Xunit;

namespace EcsForge.Tests.Serve;

/// <summary>Syslog from a real sender: util-linux <c>logger</c>, one message per line of its input file.</summary>
public sealed class LoggerClientTests : IAsyncLifetime
{
    private const int Count = 500;

    private ServeTestHost _host = null!;

    public async Task InitializeAsync() => _host = await ServeTestHost.StartAsync();

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [LoggerFact]
    public Task Rfc5424WithOctetCounting() => SendAndCheckAsync("--octet-count", "--rfc5424");

    [LoggerFact]
    public Task Rfc3164WithNewlineFraming() => SendAndCheckAsync("--rfc3164");

    private async Task SendAndCheckAsync(params string[] framing)
    {
        var input = Path.Combine(_host.Directory, "messages.txt");
        await File.WriteAllLinesAsync(input, Enumerable.Range(0, Count).Select(TestEvents.PulseMessage));
        var logger = new ProcessStartInfo(LoggerFactAttribute.LoggerPath)
        {
            RedirectStandardError = true,
            ArgumentList =
            {
                "--tcp", "--server", _host.Syslog.Address.ToString(), "--port", _host.Syslog.Port.ToString(CultureInfo.InvariantCulture),
                "--size", "8192", "--tag", "PulseSecure", "--file", input,
            },
        };
        foreach (var option in framing)
        {
            logger.ArgumentList.Add(option);
        }

        using (var process = Process.Start(logger)!)
        {
            var errors = await process.StandardError.ReadToEndAsync();
            Assert.True(process.WaitForExit(TimeSpan.FromSeconds(20)), "logger did not finish");
            Assert.True(process.ExitCode == 0, errors);
        }

        await _host.WaitForWrittenAsync(TestEvents.PulseFormat, Count);
        Assert.Equal(Count, _host.Counters(TestEvents.PulseFormat).Parsed);
        var ids = _host.OutputLines().Select(l => TestEvents.PulseIdPattern().Match(l).Groups[1].Value).ToHashSet();
        Assert.Equal(Enumerable.Range(0, Count).Select(TestEvents.PulseId).ToHashSet(), ids);
        // The header logger adds (timestamp, host, tag, structured data) is gone before parsing.
        Assert.DoesNotContain(_host.OutputLines(), l => l.Contains("PulseSecure", StringComparison.Ordinal) || l.Contains("timeQuality", StringComparison.Ordinal));
    }
}
