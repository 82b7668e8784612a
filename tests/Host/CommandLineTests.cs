using System;
using System.IO;
using System.Linq;
using EcsForge.Host;
using EcsForge.Host.Cli;
using Xunit;

namespace EcsForge.Tests.Host;

/// <summary>The <c>ecsforge</c> command line on System.CommandLine, run in-process with its output captured.</summary>
public sealed class CommandLineTests
{
    public static TheoryData<string[]> UnknownOptions => new()
    {
        new[] { "parse", "--format", "cloudflare-firewall-events", "--bogus" },
        new[] { "fields", "cloudflare-audit-logs", "--bogus" },
        new[] { "formats", "--bogus" },
        new[] { "conformance", "some-directory", "--bogus" },
        new[] { "import", "some-directory", "--bogus" },
        new[] { "catalogue", "some-directory", "--bogus" },
        new[] { "serve", "--config", "serve.json", "--bogus" },
    };

    public static TheoryData<string[], string> MissingArguments => new()
    {
        { new[] { "parse" }, "--format" },
        { new[] { "parse", "--format" }, "--format" },
        { new[] { "fields" }, "slug|uuid" },
        { new[] { "conformance" }, "DIR" },
        { new[] { "import" }, "DIR" },
        { new[] { "catalogue" }, "DIR" },
        { new[] { "serve" }, "--config" },
        { new[] { "serve", "--config", "serve.json", "--workers" }, "--workers" },
        { Array.Empty<string>(), "command" },
    };

    [Theory]
    [MemberData(nameof(UnknownOptions))]
    public void An_unknown_option_is_a_usage_error_named_on_stderr(string[] args)
    {
        var (exitCode, output, error) = Invoke(args);

        Assert.Equal(ExitCodes.Usage, exitCode);
        Assert.Contains("'--bogus'", error, StringComparison.Ordinal);
        Assert.Contains($"Run 'ecsforge {args[0]} --help' for usage.", error, StringComparison.Ordinal);
        Assert.Equal(string.Empty, output);
    }

    [Theory]
    [MemberData(nameof(MissingArguments))]
    public void A_missing_argument_is_a_usage_error_named_on_stderr(string[] args, string missing)
    {
        var (exitCode, output, error) = Invoke(args);

        Assert.Equal(ExitCodes.Usage, exitCode);
        Assert.StartsWith("ecsforge: ", error, StringComparison.Ordinal);
        Assert.Contains(missing, error, StringComparison.Ordinal);
        Assert.Equal(string.Empty, output);
    }

    [Theory]
    [InlineData("parse", "--output", "--dead-letter")]
    [InlineData("parse", "--quiet", "--threads")]
    [InlineData("fields", "--json", "<slug|uuid>")]
    [InlineData("formats", "--json", "input kind")]
    [InlineData("conformance", "<DIR>", "tally")]
    [InlineData("import", "--out", "not translated")]
    [InlineData("catalogue", "--only", "--report")]
    [InlineData("serve", "--config", "--workers")]
    public void Each_command_has_its_own_help(string command, string expected, string alsoExpected)
    {
        var (exitCode, output, error) = Invoke([command, "--help"]);

        Assert.Equal(ExitCodes.Success, exitCode);
        Assert.Equal(string.Empty, error);
        Assert.Contains(" " + command + " ", output.Split('\n').SkipWhile(line => !line.StartsWith("Usage:", StringComparison.Ordinal)).ElementAt(1), StringComparison.Ordinal);
        Assert.Contains(expected, output, StringComparison.Ordinal);
        Assert.Contains(alsoExpected, output, StringComparison.Ordinal);

        // One command's help, not the global usage with its list of commands.
        Assert.DoesNotContain("Commands:", output, StringComparison.Ordinal);
    }

    [Fact]
    public void The_global_help_lists_every_command_and_the_exit_codes()
    {
        var (exitCode, output, _) = Invoke(["--help"]);

        Assert.Equal(ExitCodes.Success, exitCode);
        foreach (var command in new[] { "parse", "conformance", "fields", "formats", "import", "catalogue", "serve" })
        {
            Assert.Contains("\n  " + command + " ", output, StringComparison.Ordinal);
        }

        Assert.Contains("3 (parse) some or all events failed", output.ReplaceLineEndings(" ").Replace("  ", " ", StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Fact]
    public void The_help_word_gives_the_help_of_the_command_after_it()
    {
        Assert.Equal(Invoke(["--help"]), Invoke(["help"]));
        Assert.Equal(Invoke(["parse", "--help"]), Invoke(["help", "parse"]));
        Assert.Contains("--dead-letter", Invoke(["help", "parse"]).Output, StringComparison.Ordinal);
    }

    [Fact]
    public void An_option_value_may_follow_an_equals_sign_or_a_space()
    {
        var spaced = EcsForgeCli.Create().Parse(["parse", "--format", "pulse-connect-secure", "-o", "out.ndjson", "--threads", "2", "in.log"]);
        var joined = EcsForgeCli.Create().Parse(["parse", "--format=pulse-connect-secure", "-o=out.ndjson", "--threads=2", "in.log"]);

        foreach (var result in new[] { spaced, joined })
        {
            Assert.Empty(result.Errors);
            Assert.Equal("pulse-connect-secure", result.GetValue<string>("--format"));
            Assert.Equal("out.ndjson", result.GetValue<string?>("--output"));
            Assert.Equal(2, result.GetValue<int?>("--threads"));
            Assert.Equal("in.log", result.GetValue<string?>("FILE"));
        }
    }

    [Fact]
    public void A_lone_dash_is_stdin_not_an_option()
    {
        var result = EcsForgeCli.Create().Parse(["parse", "-f", "pulse-connect-secure", "-"]);

        Assert.Empty(result.Errors);
        Assert.Equal("-", result.GetValue<string?>("FILE"));
    }

    [Fact]
    public void An_argument_starting_with_at_is_a_file_name_not_a_response_file()
    {
        var result = EcsForgeCli.Parse(["parse", "-f", "pulse-connect-secure", "@events.log"]);

        Assert.Empty(result.Errors);
        Assert.Equal("@events.log", result.GetValue<string?>("FILE"));
    }

    [Theory]
    [InlineData("0")]
    [InlineData("257")]
    [InlineData("two")]
    public void Threads_out_of_range_are_a_usage_error(string threads)
    {
        var (exitCode, _, error) = Invoke(["parse", "--format", "pulse-connect-secure", "--threads", threads]);

        Assert.Equal(ExitCodes.Usage, exitCode);
        Assert.Contains(threads, error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("16777217")]
    public void User_agent_cache_out_of_range_is_a_usage_error(string entries)
    {
        var (exitCode, _, error) = Invoke(["parse", "--format", "pulse-connect-secure", "--user-agent-cache", entries]);

        Assert.Equal(ExitCodes.Usage, exitCode);
        Assert.Contains(entries, error, StringComparison.Ordinal);
    }

    [Fact]
    public void The_suggest_directive_completes_format_slugs()
    {
        // What dotnet-suggest runs on Tab: the command line so far and the cursor position.
        var (exitCode, output, _) = Invoke(["[suggest:27]", "parse --format cloudflare-g"]);

        Assert.Equal(ExitCodes.Success, exitCode);
        Assert.Equal(
            ["cloudflare-gateway-dns", "cloudflare-gateway-http", "cloudflare-gateway-network"],
            output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
    }

    [Fact]
    public void Completions_offer_the_commands_and_a_commands_options()
    {
        var commands = EcsForgeCli.Create().Parse("").GetCompletions().Select(item => item.Label).ToList();
        var parseOptions = EcsForgeCli.Create().Parse("parse -").GetCompletions().Select(item => item.Label).ToList();

        Assert.Contains("parse", commands);
        Assert.Contains("formats", commands);
        Assert.Contains("--output", parseOptions);
        Assert.Contains("--dead-letter", parseOptions);
        Assert.DoesNotContain("--json", parseOptions);
    }

    [Fact]
    public void An_unknown_format_is_a_usage_error_listing_the_known_ones()
    {
        var (exitCode, _, error) = Invoke(["fields", "no-such-format"]);

        Assert.Equal(ExitCodes.Usage, exitCode);
        Assert.Contains("unknown intake format 'no-such-format'", error, StringComparison.Ordinal);
        Assert.Contains("pulse-connect-secure", error, StringComparison.Ordinal);
    }

    private static (int ExitCode, string Output, string Error) Invoke(string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exitCode = EcsForgeCli.Invoke(args, output, error);
        return (exitCode, output.ToString().ReplaceLineEndings("\n"), error.ToString().ReplaceLineEndings("\n"));
    }
}
