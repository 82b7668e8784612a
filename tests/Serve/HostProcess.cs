using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Threading;
using System.Threading.Tasks;

namespace EcsForge.Tests.Serve;

/// <summary>
/// The real host as a child process, <c>dotnet ecsforge.dll serve --config PATH</c>, with JSON logs on stderr read back
/// as objects (event id, message and named values).
/// </summary>
internal sealed class HostProcess : IDisposable
{
    private readonly Process _process;
    private readonly Lock _gate = new();
    private readonly List<JsonObject> _logs = [];
    private readonly List<string> _stderr = [];

    private HostProcess(Process process)
    {
        _process = process;
    }

    public int Id => _process.Id;

    public int ExitCode => _process.ExitCode;

    public string StandardError
    {
        get
        {
            lock (_gate)
            {
                return string.Join('\n', _stderr);
            }
        }
    }

    public static HostProcess Start(string configPath)
    {
        // The test project references the host, so its build output sits next to the tests'.
        var start = new ProcessStartInfo("dotnet")
        {
            ArgumentList = { Path.Combine(AppContext.BaseDirectory, "ecsforge.dll"), "serve", "--config", configPath },
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        var host = new HostProcess(new Process { StartInfo = start });
        host._process.ErrorDataReceived += (_, e) => host.OnStandardError(e.Data);
        host._process.OutputDataReceived += (_, _) => { };
        host._process.Start();
        host._process.BeginErrorReadLine();
        host._process.BeginOutputReadLine();
        return host;
    }

    /// <summary>Log entries with this event id (see ServeLog), in order.</summary>
    public IReadOnlyList<JsonObject> Logs(int eventId)
    {
        lock (_gate)
        {
            return _logs.Where(l => (int?)l["EventId"] == eventId).ToList();
        }
    }

    /// <summary>A named value of a log entry, as text (the JSON formatter writes numbers as numbers).</summary>
    public static string Value(JsonObject log, string name) => log["State"]![name]!.ToString();

    public static long Number(JsonObject log, string name) => long.Parse(Value(log, name), CultureInfo.InvariantCulture);

    public async Task<JsonObject> WaitForLogAsync(int eventId, TimeSpan timeout)
    {
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < timeout && !_process.HasExited)
        {
            if (Logs(eventId).FirstOrDefault() is { } log)
            {
                return log;
            }

            await Task.Delay(20);
        }

        throw new TimeoutException($"no log event {eventId} from the host; stderr:\n{StandardError}");
    }

    /// <summary>SIGTERM, as a service manager stops the host (Process.Kill would be SIGKILL).</summary>
    public void Terminate()
    {
        using var kill = Process.Start("kill", ["-TERM", Id.ToString(CultureInfo.InvariantCulture)]);
        kill.WaitForExit();
    }

    /// <summary>SIGKILL: the host dies mid-batch, with no chance to finish or acknowledge anything.</summary>
    public void Kill()
    {
        _process.Kill();
        _process.WaitForExit();
    }

    public async Task<bool> WaitForExitAsync(TimeSpan timeout)
    {
        using var cancel = new CancellationTokenSource(timeout);
        try
        {
            // Also waits for the end of the redirected streams, so every log line has arrived.
            await _process.WaitForExitAsync(cancel.Token);
            return true;
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            // Only on a failed test: the host must not outlive it.
            _process.Kill();
            _process.WaitForExit();
        }

        _process.Dispose();
    }

    private void OnStandardError(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_gate)
        {
            _stderr.Add(line);
            try
            {
                if (JsonNode.Parse(line) is JsonObject log)
                {
                    _logs.Add(log);
                }
            }
            catch (JsonException)
            {
                // Not a log entry (a runtime message): kept in the raw text only.
            }
        }
    }
}
