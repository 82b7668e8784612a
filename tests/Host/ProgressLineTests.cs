using System;
using System.IO;
using EcsForge.Host.Commands;
using EcsForge.Host.IO;
using Xunit;

namespace EcsForge.Tests.Host;

/// <summary><c>parse</c>'s progress line: its text, how it redraws in place, and when it is shown.</summary>
public sealed class ProgressLineTests
{
    [Fact]
    public void The_line_gives_events_events_per_second_and_megabytes_per_second()
    {
        Assert.Equal(
            "parse: 1,500,000 events  750,000 events/s  150.0 MB/s",
            ProgressLine.Format(1_500_000, 300_000_000, TimeSpan.FromSeconds(2)));
        Assert.Equal("parse: 0 events  0 events/s  0.0 MB/s", ProgressLine.Format(0, 0, TimeSpan.Zero));
    }

    [Fact]
    public void Each_draw_returns_to_the_start_of_the_line_and_covers_a_longer_previous_one()
    {
        var counters = new ParseCounters();
        using var error = new StringWriter();
        var progress = new ProgressLine(error, counters, refresh: false);
        counters.Add(lines: 1000, bytes: 100_000);

        progress.Draw(TimeSpan.FromSeconds(0.001));
        progress.Draw(TimeSpan.FromSeconds(1000));
        progress.Dispose();
        progress.Draw(TimeSpan.FromSeconds(2000));

        const string Fast = "parse: 1,000 events  1,000,000 events/s  100.0 MB/s";
        const string Slow = "parse: 1,000 events  1 events/s  0.0 MB/s";
        // The slower line is padded over the end of the faster one; then the line is blanked (spaces, back to its
        // start) so the summary starts clean; a draw after that writes nothing. Never a newline.
        Assert.Equal("\r" + Fast + "\r" + Slow.PadRight(Fast.Length) + "\r" + new string(' ', Slow.Length) + "\r", error.ToString());
    }

    [Fact]
    public void Nothing_is_drawn_or_blanked_when_the_line_was_never_drawn()
    {
        using var error = new StringWriter();

        new ProgressLine(error, new ParseCounters(), refresh: false).Dispose();

        Assert.Equal(string.Empty, error.ToString());
    }

    [Fact]
    public void A_refreshing_line_is_drawn_at_once()
    {
        using var error = new StringWriter();

        using (new ProgressLine(error, new ParseCounters()))
        {
            Assert.StartsWith("\rparse: 0 events  ", error.ToString(), StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData(false, false, true)]
    [InlineData(true, false, false)]
    [InlineData(false, true, false)]
    [InlineData(true, true, false)]
    public void Shown_only_on_a_terminal_and_without_quiet(bool quiet, bool errorRedirected, bool shown)
    {
        Assert.Equal(shown, ProgressLine.IsWanted(quiet, errorRedirected));
    }

    [Fact]
    public void Counters_add_up_lines_and_bytes()
    {
        var counters = new ParseCounters();

        counters.Add(lines: 2, bytes: 12);
        counters.Add(lines: 3, bytes: 28);

        Assert.Equal((5L, 40L), (counters.Lines, counters.Bytes));
    }
}
