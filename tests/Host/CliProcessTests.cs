using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Xml.Linq;
using EcsForge.Tests.Support;
using Xunit;

namespace EcsForge.Tests.Host;

/// <summary>The built CLI in a child process: version, output file, progress line, usage errors.</summary>
public sealed class CliProcessTests : IDisposable
{
    private const string Good = """{"Action":"block","ClientIP":"198.51.100.7","ClientRequestHost":"example.com","Datetime":1657630626219000000,"RayID":"7299f155dda47d6b"}""";

    private readonly string _directory = Directory.CreateTempSubdirectory("ecsforge-cli-").FullName;

    [Fact]
    public void Version_is_the_one_set_in_Directory_Build_props()
    {
        var version = XDocument.Load(RepositoryPaths.InRepository("Directory.Build.props")).Descendants("Version").Single().Value;

        var (exitCode, output, error) = CliProcess.Run(_directory, "--version");

        Assert.Equal(0, exitCode);
        Assert.Equal(string.Empty, error);
        // The SDK may append "+<commit>" to the informational version.
        Assert.Matches($"^{System.Text.RegularExpressions.Regex.Escape(version)}(\\+[0-9a-f]+)?$", output.Trim());
    }

    [Fact]
    public void An_unknown_option_exits_with_2_and_a_message_without_a_stack_trace()
    {
        var (exitCode, output, error) = CliProcess.Run(_directory, "parse", "--format", "cloudflare-firewall-events", "--bogus");

        Assert.Equal(2, exitCode);
        Assert.Equal(string.Empty, output);
        Assert.Contains("ecsforge: unknown option '--bogus'", error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("-o")]
    [InlineData("--output")]
    public void Output_option_writes_the_events_to_a_file_and_nothing_to_stdout(string option)
    {
        var output = Path.Combine(_directory, "events.ndjson");
        File.WriteAllText(output, "an earlier run's content, longer than nothing\n" + new string('x', 10_000));

        var run = CliProcess.Run(_directory, "parse", "--format=cloudflare-firewall-events", Input(Good, Good), option, output);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(string.Empty, run.Output);
        Assert.Contains("in=2 parsed=2 failed=0 skipped=0", run.Error, StringComparison.Ordinal);
        var events = File.ReadAllLines(output);
        Assert.Equal(2, events.Length);
        Assert.All(events, line => Assert.StartsWith("{\"@timestamp\":\"2022-07-12T", line, StringComparison.Ordinal));
    }

    [Fact]
    public void An_output_file_that_cannot_be_created_is_an_IO_error()
    {
        var run = CliProcess.Run(_directory, "parse", "-f", "cloudflare-firewall-events", Input(Good), "-o", "/nonexistent-directory/events.ndjson");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("/nonexistent-directory/events.ndjson", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_redirected_stderr_gets_the_summary_and_no_progress_line()
    {
        var run = CliProcess.Run(_directory, "parse", "-f", "cloudflare-firewall-events", Input(Good, Good, Good));

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("in=3 parsed=3 failed=0 skipped=0", string.Join(' ', run.Error.Split(' ').Take(4)));
        Assert.DoesNotContain("MB/s", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain('\r', run.Error);
        Assert.Equal(1, run.Error.Count(c => c == '\n'));
    }

    /// <summary>
    /// On a terminal (a pseudo-terminal from script(1)), stderr gets the progress line, blanked before the summary;
    /// --quiet turns it off; stdout, sent to a file, never gets it.
    /// </summary>
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void A_terminal_gets_the_progress_line_unless_quiet(bool quiet)
    {
        Assert.True(File.Exists("/usr/bin/script"), "script(1) from util-linux is needed to give the CLI a terminal");
        var events = Path.Combine(_directory, "events.ndjson");
        var command = $"dotnet '{CliProcess.Dll}' parse -f cloudflare-firewall-events '{Input(Good, Good)}' {(quiet ? "--quiet " : string.Empty)}> '{events}'";
        var start = new ProcessStartInfo("script")
        {
            ArgumentList = { "--quiet", "--return", "--command", command, "/dev/null" },
            WorkingDirectory = _directory,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };

        using var process = Process.Start(start)!;
        process.StandardInput.Close();
        var terminal = process.StandardOutput.ReadToEnd();
        process.WaitForExit();

        Assert.Equal(0, process.ExitCode);
        Assert.Contains("in=2 parsed=2 failed=0 skipped=0", terminal, StringComparison.Ordinal);
        Assert.Equal(!quiet, terminal.Contains("\rparse: ", StringComparison.Ordinal) && terminal.Contains(" MB/s", StringComparison.Ordinal));
        Assert.Equal(2, File.ReadAllLines(events).Length);
        Assert.DoesNotContain("MB/s", File.ReadAllText(events), StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    private string Input(params string[] lines)
    {
        var path = Path.Combine(_directory, Guid.NewGuid().ToString("N") + ".ndjson");
        File.WriteAllText(path, string.Join("\n", lines) + "\n");
        return path;
    }
}
