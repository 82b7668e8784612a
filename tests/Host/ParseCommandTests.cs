using System;
using System.Collections.Generic;
using System.IO;
using System.IO.Pipelines;
using System.Linq;
using System.Text;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using EcsForge.Host.Commands;
using EcsForge.Host.IO;
using EcsForge.Parsing;
using EcsForge.Routing;
using Xunit;

namespace EcsForge.Tests.Host;

public class ParseCommandTests
{
    private const string Ok = "{\"ok\":true}\n";

    private static readonly IntakeFormat s_format = new(
        Guid.Parse("6f0b1b2e-3d4c-4e5f-8a9b-0c1d2e3f4a5b"), "fake-echo", "Fake echo", new EchoOkParser(), Array.Empty<FieldDescription>());

    private static readonly IntakeRouter s_router = new(new[] { s_format });

    [Fact]
    public void BlankLinesAreSkippedAndCounted()
    {
        var run = Run("{}\n\n  \t\r\n{}\n");

        Assert.Equal(new ParseStats(4, 2, 0, 2, run.Stats.Elapsed), run.Stats);
        Assert.Equal(Ok + Ok, run.Output);
        Assert.False(run.DeadLetterOpened);
    }

    [Fact]
    public void FailedLinesGoToTheDeadLetterStreamWithTheirReason()
    {
        var run = Run("{}\nnot json\n");

        Assert.Equal(new ParseStats(2, 1, 1, 0, run.Stats.Elapsed), run.Stats);
        var record = Assert.Single(run.DeadLetters);
        Assert.Equal("fake-echo", (string?)record["format"]);
        Assert.Equal(2, (int?)record["line"]);
        Assert.Equal("not json", (string?)record["message"]);
    }

    [Fact]
    public void LastLineWithoutNewlineIsAnEvent()
    {
        var run = Run("{}\n{\"last\":1}");

        Assert.Equal(2, run.Stats.In);
        Assert.Equal(2, run.Stats.Parsed);
        Assert.Equal(Ok + Ok, run.Output);
        Assert.False(run.DeadLetterOpened);
    }

    [Fact]
    public void CrLfLinesAreHandled()
    {
        var run = Run("{}\r\nnot json\r\n\r\n{}");

        Assert.Equal(new ParseStats(4, 2, 1, 1, run.Stats.Elapsed), run.Stats);
        Assert.Equal(Ok + Ok, run.Output);
        var record = Assert.Single(run.DeadLetters);
        Assert.Equal("MalformedJson", (string?)record["failure"]);
        Assert.Equal("malformed JSON: expected '{'", (string?)record["reason"]);
        Assert.Equal(2, (int?)record["line"]);
        Assert.Equal("not json", (string?)record["message"]);
    }

    [Fact]
    public void TenMegabyteLineWorks()
    {
        var huge = "{\"pad\":\"" + new string('a', 10 * 1024 * 1024) + "\"}";
        var huger = "x" + new string('b', 10 * 1024 * 1024);
        var run = Run("{}\n" + huge + "\n" + huger + "\n{}");

        Assert.Equal(new ParseStats(4, 3, 1, 0, run.Stats.Elapsed), run.Stats);
        Assert.Equal(Ok + Ok + Ok, run.Output);
        Assert.Equal(huger, (string?)Assert.Single(run.DeadLetters)["message"]);
    }

    [Fact]
    public void InvalidUtf8LineGoesToDeadLetterAsBase64()
    {
        byte[] invalid = [(byte)'{', 0xC3, 0x28, (byte)'}'];
        var input = "{}\n"u8.ToArray().Concat(invalid).Concat("\r\n{}\n"u8.ToArray()).ToArray();

        var run = Run(input);

        Assert.Equal(new ParseStats(3, 2, 1, 0, run.Stats.Elapsed), run.Stats);
        var record = Assert.Single(run.DeadLetters);
        Assert.Equal("InvalidUtf8", (string?)record["failure"]);
        Assert.Equal(2, (int?)record["line"]);
        Assert.False(record.ContainsKey("message"));
        Assert.Equal(invalid, Convert.FromBase64String((string)record["message_base64"]!));
    }

    [Fact]
    public void EveryLineIsParsedOrFailed()
    {
        var lines = Enumerable.Range(0, 1000).Select(i => (i % 7) switch { 0 => string.Empty, 1 => "nope", _ => "{\"i\":" + i + "}" });
        var run = Run(string.Join("\n", lines) + "\n");

        Assert.Equal(1000, run.Stats.In);
        Assert.Equal(run.Stats.In, run.Stats.Parsed + run.Stats.Failed + run.Stats.Skipped);
        Assert.Equal(run.Stats.Failed, run.DeadLetters.Count);
        Assert.Equal(run.Stats.Parsed, run.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
    }

    [Fact]
    public void EmptyInputHasNoEvents()
    {
        var run = Run(string.Empty);

        Assert.Equal(new ParseStats(0, 0, 0, 0, run.Stats.Elapsed), run.Stats);
        Assert.Equal(string.Empty, run.Output);
        Assert.False(run.DeadLetterOpened);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    [InlineData(16)]
    public void BlocksHoldWholeLinesWhateverTheBlockSizeAndShortReads(int blockSize)
    {
        var text = "alpha\r\n\r\na much longer line than the block\r\nz\r\n\r\nlast";
        var reader = new InputBlockReader(new TrickleStream(Encoding.UTF8.GetBytes(text)));
        var block = new InputBlock(blockSize);

        var blocks = new List<string>();
        while (reader.TryRead(block))
        {
            blocks.Add(Encoding.UTF8.GetString(block.Bytes));
        }

        Assert.Equal(text, string.Concat(blocks));
        Assert.All(blocks[..^1], b => Assert.EndsWith("\n", b, StringComparison.Ordinal));
        Assert.Equal("last", blocks[^1]);
    }

    [Fact]
    public void LinesSplitAcrossManyShortReadsAreParsedWhole()
    {
        var run = Run(new TrickleStream(Encoding.UTF8.GetBytes("{\"a\":1}\nnot json\n{}")));

        Assert.Equal(new ParseStats(3, 2, 1, 0, run.Stats.Elapsed), run.Stats);
        Assert.Equal(Ok + Ok, run.Output);
        Assert.Equal("not json", (string?)Assert.Single(run.DeadLetters)["message"]);
    }

    [Fact]
    public async Task AnEventIsWrittenAsSoonAsItsLineArrivesNotAtTheEndOfTheInput()
    {
        // `tail -f log | ecsforge parse`: the input stays open, and each event must come out without waiting for more.
        var input = new Pipe();
        var output = new FirstWriteStream();
        var run = Task.Run(() => ParallelParse.Execute(s_router, s_format, input.Reader.AsStream(), output, () => new MemoryStream(), threads: 1));

        await input.Writer.WriteAsync("{}\n"u8.ToArray());
        Assert.Same(output.FirstWrite, await Task.WhenAny(output.FirstWrite, Task.Delay(TimeSpan.FromMinutes(1))));
        Assert.Equal(Ok, Encoding.UTF8.GetString(output.ToArray()));

        await input.Writer.CompleteAsync();
        Assert.Equal(1, (await run).Parsed);
    }

    private static RunResult Run(string input) => Run(Encoding.UTF8.GetBytes(input));

    private static RunResult Run(byte[] input) => Run(new MemoryStream(input));

    private static RunResult Run(Stream input)
    {
        using var output = new MemoryStream();
        var deadLetter = new MemoryStream();
        var opened = false;
        var stats = ParallelParse.Execute(s_router, s_format, input, output, () =>
        {
            Assert.False(opened, "the dead-letter stream is opened once");
            opened = true;
            return deadLetter;
        }, threads: 1);

        // The dead-letter stream is disposed by then; ToArray still works on a MemoryStream.
        var records = Encoding.UTF8.GetString(deadLetter.ToArray())
            .Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(line => JsonNode.Parse(line)!.AsObject())
            .ToList();
        return new RunResult(stats, Encoding.UTF8.GetString(output.ToArray()), records, opened);
    }

    private sealed record RunResult(ParseStats Stats, string Output, IReadOnlyList<JsonObject> DeadLetters, bool DeadLetterOpened);

    /// <summary>Echoes <c>{"ok":true}</c> for messages that look like JSON objects and rejects anything else.</summary>
    private sealed class EchoOkParser : IEventParser
    {
        public ParseResult Parse(ReadOnlySpan<byte> message, EventSession session)
        {
            if (!message.StartsWith("{"u8))
            {
                return ParseResult.Failed(ParseFailure.MalformedJson, "expected '{'");
            }

            session.Writer.WriteStartObject();
            session.Writer.WriteBoolean("ok", true);
            session.Writer.WriteEndObject();
            return ParseResult.Parsed(0);
        }
    }

    /// <summary>Output whose <see cref="FirstWrite"/> completes when something is first written to it.</summary>
    private sealed class FirstWriteStream : MemoryStream
    {
        private readonly TaskCompletionSource _firstWrite = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public Task FirstWrite => _firstWrite.Task;

        // A type derived from MemoryStream gets its span writes routed here too.
        public override void Write(byte[] buffer, int offset, int count)
        {
            base.Write(buffer, offset, count);
            _firstWrite.TrySetResult();
        }
    }

    /// <summary>Returns at most two bytes per read, like a pipe that delivers data in small pieces.</summary>
    private sealed class TrickleStream(byte[] data) : MemoryStream(data)
    {
        public override int Read(byte[] buffer, int offset, int count) => base.Read(buffer, offset, Math.Min(count, 2));
    }
}
