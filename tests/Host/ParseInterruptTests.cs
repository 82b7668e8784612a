using System;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Runtime.InteropServices;
using System.Text.RegularExpressions;
using System.Threading;
using System.Threading.Tasks;
using Xunit;

namespace EcsForge.Tests.Host;

/// <summary>
/// SIGINT (Ctrl+C) on a running <c>parse</c>: the built CLI reads an endless stdin pipe, so only the signal can stop
/// it; it must stop reading, write out what it parsed, and print a summary that accounts for every line it read.
/// </summary>
public sealed partial class ParseInterruptTests : IDisposable
{
    private const string Good = """{"Action":"block","ClientIP":"198.51.100.7","ClientRequestHost":"example.com","Datetime":1657630626219000000,"RayID":"7299f155dda47d6b"}""";

    /// <summary>A bound on the feed, so a CLI that ignored the signal fails the test instead of hanging it.</summary>
    private const int MaxLines = 3_000_000;

    private readonly string _directory = Directory.CreateTempSubdirectory("ecsforge-sigint-").FullName;

    [Theory]
    [InlineData("")]
    [InlineData("--threads=2")]
    public async Task Sigint_stops_the_run_with_a_summary_of_what_was_written(string option)
    {
        var deadLetter = Path.Combine(_directory, "dl.ndjson");
        string[] args = ["parse", "-f", "cloudflare-firewall-events", "--dead-letter", deadLetter, .. option.Length > 0 ? new[] { option } : []];
        using var process = Process.Start(CliProcess.StartInfoWithDefaultSigint(_directory, args))!;
        var error = process.StandardError.ReadToEndAsync();
        var fed = Task.Run(() => Feed(process.StandardInput));

        // The first event out means the run is under way; then Ctrl+C, as a terminal sends it.
        var first = await process.StandardOutput.ReadLineAsync();
        Assert.NotNull(first);
        using (var kill = Process.Start("kill", ["-INT", process.Id.ToString(CultureInfo.InvariantCulture)]))
        {
            await kill.WaitForExitAsync();
            Assert.Equal(0, kill.ExitCode);
        }

        // Counted, not kept: a CLI that ignored the signal writes until the feed's bound, gigabytes of it.
        var rest = 0;
        while (await process.StandardOutput.ReadLineAsync() is { } line)
        {
            rest += line.Length > 0 ? 1 : 0;
        }

        await process.WaitForExitAsync();
        var linesFed = await fed;
        var stderr = await error;

        var summary = SummaryLine().Match(stderr);
        Assert.True(summary.Success, $"no 'interrupted:' summary after {linesFed} lines fed; stderr: {stderr}");
        var (read, parsed, failed, skipped) = (Count(summary, "in"), Count(summary, "parsed"), Count(summary, "failed"), Count(summary, "skipped"));
        Assert.Equal(read, parsed + failed + skipped);
        Assert.True(read <= linesFed, $"in={read} but only {linesFed} lines were fed");
        Assert.True(parsed > 0 && failed > 0 && skipped > 0, summary.Value);
        // What the summary counts is what was written: every parsed event on stdout, every failure in the dead letters.
        Assert.Equal(parsed, 1 + rest);
        Assert.Equal(failed, File.ReadLines(deadLetter).Count());
        Assert.Equal(3, process.ExitCode);
        Assert.DoesNotContain("   at ", stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("Unhandled exception", stderr, StringComparison.Ordinal);
    }

    /// <summary>
    /// A run waiting on a stdin with nothing more to read (a quiet pipe, an idle terminal) stops at the first Ctrl+C
    /// too, without its input being closed: a blocked read(2) is not interrupted by the signal.
    /// </summary>
    [Fact]
    public async Task Sigint_stops_a_run_waiting_on_an_idle_stdin()
    {
        var deadLetter = Path.Combine(_directory, "dl.ndjson");
        using var process = Process.Start(CliProcess.StartInfoWithDefaultSigint(_directory, "parse", "-f", "cloudflare-firewall-events", "--dead-letter", deadLetter))!;
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEndAsync();

        const int Lines = 1_000;
        for (var i = 0; i < Lines; i++)
        {
            await process.StandardInput.WriteAsync(Good + "\n");
        }

        // stdin stays open. Once a thread of the CLI is blocked reading it, every line was read.
        await process.StandardInput.FlushAsync();
        using var guard = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        while (!IsBlockedReadingStdin(process.Id))
        {
            await Task.Delay(20, guard.Token);
        }

        using (var kill = Process.Start("kill", ["-INT", process.Id.ToString(CultureInfo.InvariantCulture)]))
        {
            await kill.WaitForExitAsync();
        }

        // Not a measure of speed: a guard so that a CLI still blocked on its stdin fails the test instead of hanging it.
        try
        {
            await process.WaitForExitAsync(guard.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill();
            Assert.Fail("parse was still waiting on its stdin after SIGINT");
        }

        var stderr = await error;
        var summary = SummaryLine().Match(stderr);
        Assert.True(summary.Success, "no 'interrupted:' summary; stderr: " + stderr);
        var (read, parsed) = (Count(summary, "in"), Count(summary, "parsed"));
        Assert.Equal(read, parsed + Count(summary, "failed") + Count(summary, "skipped"));
        Assert.InRange(read, 1, Lines);
        Assert.Equal(parsed, (await output).Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
        Assert.Equal(0, process.ExitCode);
        Assert.DoesNotContain("   at ", stderr, StringComparison.Ordinal);
    }

    /// <summary>
    /// Whether a thread of the process is in read(2) on its stdin, as /proc/PID/task/TID/syscall shows (syscall number,
    /// then the arguments; the runtime reads a duplicate of descriptor 0, so the descriptor is compared by its target).
    /// </summary>
    private static bool IsBlockedReadingStdin(int pid)
    {
        var read = RuntimeInformation.ProcessArchitecture == Architecture.Arm64 ? "63" : "0";
        var stdin = Target(pid, 0);
        foreach (var task in Directory.EnumerateDirectories($"/proc/{pid}/task"))
        {
            try
            {
                var call = File.ReadAllText(Path.Combine(task, "syscall")).Split(' ');
                if (call.Length > 1 && call[0] == read && stdin is not null
                    && Target(pid, Convert.ToInt32(call[1], 16)) == stdin)
                {
                    return true;
                }
            }
            catch (IOException)
            {
                // The thread ended meanwhile.
            }
        }

        return false;
    }

    /// <summary>What a descriptor of the process is open on (<c>pipe:[1234]</c>), or null.</summary>
    private static string? Target(int pid, int descriptor)
        => new FileInfo($"/proc/{pid}/fd/{descriptor}").LinkTarget;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    /// <summary>Good events with a malformed line every 10th and a blank one every 7th, until the CLI closes its stdin.</summary>
    private static long Feed(StreamWriter input)
    {
        input.AutoFlush = false;
        long lines = 0;
        try
        {
            while (lines < MaxLines)
            {
                lines++;
                input.Write(lines % 10 == 0 ? "not json\n" : lines % 7 == 0 ? "\n" : Good + "\n");
                if (lines % 100 == 0)
                {
                    input.Flush();
                }
            }

            input.Close();
        }
        catch (IOException)
        {
            // The CLI stopped reading and exited: the pipe is broken. Lines still buffered here were never read.
        }

        return lines;
    }

    private static long Count(Match summary, string name) => long.Parse(summary.Groups[name].Value, CultureInfo.InvariantCulture);

    [GeneratedRegex(@"^interrupted: in=(?<in>\d+) parsed=(?<parsed>\d+) failed=(?<failed>\d+) skipped=(?<skipped>\d+) ", RegexOptions.Multiline)]
    private static partial Regex SummaryLine();
}
