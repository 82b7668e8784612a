using System;
using System.Buffers;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Threading.Tasks;
using EcsForge.Host.Commands;
using EcsForge.Routing;
using Xunit;

namespace EcsForge.Tests.Host;

/// <summary><c>parse --threads N</c> gives each line's own parse, in input order, and loses nothing.</summary>
public sealed class ParallelParseTests
{
    private static readonly IntakeRouter s_router = new(EcsForge.Parsers.IntakeFormatRegistry.All);

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Output_is_each_lines_own_parse_in_input_order(int threads)
    {
        var input = Lines(20_000);
        Assert.True(s_router.TryGetFormat("cloudflare-firewall-events", out var format));

        var (expected, expectedFailedLines) = EachLineParsedAlone(format, input);
        var counters = new ParseCounters();
        var (parallel, parallelDead, parallelStats) = Run(input, stream => ParallelParse.Execute(s_router, format, stream.Input, stream.Output, () => stream.DeadLetter, threads, counters: counters));

        Assert.Equal(expected, parallel);
        var deadLines = parallelDead.Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(record => JsonDocument.Parse(record).RootElement.GetProperty("line").GetInt64());
        Assert.Equal(expectedFailedLines, deadLines);
        Assert.Equal(20_000, parallelStats.In);
        Assert.Equal(expectedFailedLines.Count, parallelStats.Failed);
        Assert.Equal(parallelStats.In, parallelStats.Parsed + parallelStats.Failed + parallelStats.Skipped);
        Assert.Equal((20_000L, (long)input.Length), (counters.Lines, counters.Bytes));
        Assert.True(parallelStats.Failed > 0);
        var rayIds = parallel.Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(line => JsonDocument.Parse(line).RootElement.GetProperty("cloudflare").GetProperty("RayID").GetString())
            .ToList();
        Assert.Equal(rayIds.OrderBy(id => id, StringComparer.Ordinal), rayIds);
    }

    private static byte[] Lines(int count)
    {
        var text = new StringBuilder();
        for (var i = 0; i < count; i++)
        {
            // Every 97th line is cut short, so failures are interleaved with events.
            var line = $"{{\"RayID\":\"{i:D8}\",\"ClientIP\":\"10.{i % 256}.{i / 256 % 256}.1\",\"Action\":\"block\",\"ClientRequestHost\":\"h{i}.example.co.uk\"}}";
            text.Append(i % 97 == 0 ? line[..^5] : line).Append(i % 10 == 0 ? "\r\n" : "\n");
        }

        return Encoding.UTF8.GetBytes(text.ToString());
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public async Task A_failed_write_stops_the_reader_and_the_workers_and_is_reported(int threads)
    {
        // Many more blocks than the queues hold, so the reader and the workers are blocked on full queues when the
        // first write fails.
        var input = Lines(100_000);
        Assert.True(s_router.TryGetFormat("cloudflare-firewall-events", out var format));

        var run = Task.Run(() => ParallelParse.Execute(s_router, format, new MemoryStream(input), new DiskFullStream(), () => new MemoryStream(), threads));

        Assert.Same(run, await Task.WhenAny(run, Task.Delay(TimeSpan.FromMinutes(2))));
        var error = await Assert.ThrowsAsync<IOException>(() => run);
        Assert.Equal("No space left on device", error.Message);
    }

    /// <summary>The router's output for each line on its own, joined by newlines, and the 1-based numbers of the lines that fail.</summary>
    private static (string Output, List<long> FailedLines) EachLineParsedAlone(IntakeFormat format, byte[] input)
    {
        var output = new ArrayBufferWriter<byte>();
        var failed = new List<long>();
        var lines = Encoding.UTF8.GetString(input).Split('\n');
        for (var i = 0; i < lines.Length - 1; i++)
        {
            if (s_router.Parse(format, Encoding.UTF8.GetBytes(lines[i]), output).Success)
            {
                output.Write("\n"u8);
            }
            else
            {
                failed.Add(i + 1);
            }
        }

        return (Encoding.UTF8.GetString(output.WrittenSpan), failed);
    }

    private static (string Output, string DeadLetters, ParseStats Stats) Run(byte[] input, Func<(Stream Input, Stream Output, Stream DeadLetter), ParseStats> parse)
    {
        using var source = new MemoryStream(input);
        using var output = new MemoryStream();
        var deadLetter = new KeptOpenStream();
        var stats = parse((source, output, deadLetter));
        return (Encoding.UTF8.GetString(output.ToArray()), Encoding.UTF8.GetString(deadLetter.ToArray()), stats);
    }

    private sealed class DiskFullStream : MemoryStream
    {
        public override void Write(ReadOnlySpan<byte> buffer) => throw new IOException("No space left on device");

        public override void Write(byte[] buffer, int offset, int count) => throw new IOException("No space left on device");
    }

    /// <summary>The dead-letter writer disposes its stream; the test still reads it afterwards.</summary>
    private sealed class KeptOpenStream : MemoryStream
    {
        protected override void Dispose(bool disposing)
        {
        }
    }
}
