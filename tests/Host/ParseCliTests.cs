using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text;
using Xunit;

namespace EcsForge.Tests.Host;

/// <summary><c>ecsforge parse</c> as a Unix filter: the built CLI in a child process, as a user's shell runs it.</summary>
public sealed class ParseCliTests : IDisposable
{
    private const string Good = """{"Action":"block","ClientIP":"198.51.100.7","ClientRequestHost":"example.com","Datetime":1657630626219000000,"RayID":"7299f155dda47d6b"}""";
    private const string Bad = "not json";

    private readonly string _directory = Directory.CreateTempSubdirectory("ecsforge-parse-cli-").FullName;

    [Fact]
    public void Exit_code_is_0_when_every_event_parsed_and_3_when_some_failed()
    {
        var clean = Parse(Input(Good, string.Empty, Good));
        var failing = Parse(Input(Good, Bad));

        Assert.Equal(0, clean.ExitCode);
        Assert.Contains("in=3 parsed=2 failed=0 skipped=1", clean.Error, StringComparison.Ordinal);
        Assert.Equal(3, failing.ExitCode);
        Assert.Contains("in=2 parsed=1 failed=1 skipped=0", failing.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unwritable_dead_letter_path_fails_before_any_input_is_read()
    {
        var run = Parse(Input(Good, Bad), "--dead-letter", "/nonexistent-directory/dl.ndjson");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("/nonexistent-directory/dl.ndjson", run.Error, StringComparison.Ordinal);
        Assert.Equal(string.Empty, run.Output);
    }

    [Fact]
    public void Dead_letters_are_appended_across_runs_and_a_clean_run_leaves_no_file()
    {
        var deadLetter = Path.Combine(_directory, "dl.ndjson");
        var clean = Path.Combine(_directory, "clean.ndjson");

        Parse(Input(Bad), "--dead-letter", deadLetter);
        Parse(Input(Good, Bad), "--dead-letter", deadLetter);
        Parse(Input(Good), "--dead-letter", clean);

        Assert.Equal(2, File.ReadAllLines(deadLetter).Length);
        Assert.False(File.Exists(clean));
    }

    [Fact]
    public void A_directory_as_input_is_a_usage_error_that_says_so()
    {
        var run = Parse(_directory);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("is a directory", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_closed_output_pipe_stops_the_run_without_a_stack_trace()
    {
        var input = Path.Combine(_directory, "many.ndjson");
        File.WriteAllLines(input, Enumerable.Repeat(Good, 300_000));
        var start = new ProcessStartInfo("bash")
        {
            ArgumentList = { "-c", $"dotnet '{Cli}' parse --format cloudflare-firewall-events '{input}' --dead-letter '{_directory}/dl.ndjson' | head -1 > /dev/null; echo \"${{PIPESTATUS[0]}}\" >&2" },
            RedirectStandardError = true,
            UseShellExecute = false,
        };

        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();

        Assert.Contains("output closed (broken pipe)", error, StringComparison.Ordinal);
        Assert.DoesNotContain("Unhandled exception", error, StringComparison.Ordinal);
        Assert.Equal("0", error.Trim().Split('\n').Last());
    }

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    private static string Cli => Path.Combine(AppContext.BaseDirectory, "ecsforge.dll");

    private string Input(params string[] lines)
    {
        var path = Path.Combine(_directory, Guid.NewGuid().ToString("N") + ".ndjson");
        File.WriteAllText(path, string.Join("\n", lines) + "\n", new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        return path;
    }

    private (int ExitCode, string Output, string Error) Parse(string input, params string[] options)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            ArgumentList = { Cli, "parse", "--format", "cloudflare-firewall-events", input },
            WorkingDirectory = _directory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var option in options)
        {
            start.ArgumentList.Add(option);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, output.Result, error);
    }
}
