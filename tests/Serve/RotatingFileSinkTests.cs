using System;
using System.IO;
using System.Linq;
using System.Text;
using EcsForge.Host.Serve.Sinks;
using Xunit;

namespace EcsForge.Tests.Serve;

public sealed class RotatingFileSinkTests : IDisposable
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "ecsforge-sink-" + Guid.NewGuid().ToString("N"));

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public void RotatesBeforeAWriteWouldPassTheSizeAndNeverSplitsAWrite()
    {
        using (var sink = new RotatingFileSink("events", Path.Combine(_directory, "events.ndjson"), rotateBytes: 10, keepFiles: null))
        {
            sink.Append("aaaa\n"u8);
            sink.Append("bbbb\n"u8);
            sink.Append("cccc\n"u8);
            sink.Append("a line longer than the limit\n"u8);
            sink.Append("dddd\n"u8);
        }

        Assert.Equal(["events.1.ndjson", "events.2.ndjson", "events.3.ndjson", "events.ndjson"], Files());
        Assert.Equal("aaaa\nbbbb\n", Read("events.1.ndjson"));
        Assert.Equal("cccc\n", Read("events.2.ndjson"));
        Assert.Equal("a line longer than the limit\n", Read("events.3.ndjson"));
        Assert.Equal("dddd\n", Read("events.ndjson"));
    }

    [Fact]
    public void RestartAppendsAndGoesOnNumbering()
    {
        var path = Path.Combine(_directory, "events.ndjson");
        using (var sink = new RotatingFileSink("events", path, rotateBytes: 6, keepFiles: null))
        {
            sink.Append("one\n"u8);
            sink.Append("two\n"u8);
        }

        using (var sink = new RotatingFileSink("events", path, rotateBytes: 6, keepFiles: null))
        {
            sink.Append("x\n"u8);
            sink.Append("three\n"u8);
        }

        Assert.Equal(["events.1.ndjson", "events.2.ndjson", "events.ndjson"], Files());
        Assert.Equal("two\nx\n", Read("events.2.ndjson"));
        Assert.Equal("three\n", Read("events.ndjson"));
    }

    [Fact]
    public void KeepsOnlyTheNewestRotatedFiles()
    {
        using (var sink = new RotatingFileSink("events", Path.Combine(_directory, "events.ndjson"), rotateBytes: 2, keepFiles: 2))
        {
            foreach (var line in new[] { "1\n", "2\n", "3\n", "4\n", "5\n" })
            {
                sink.Append(Encoding.ASCII.GetBytes(line));
            }
        }

        Assert.Equal(["events.3.ndjson", "events.4.ndjson", "events.ndjson"], Files());
        Assert.Equal("5\n", Read("events.ndjson"));
    }

    private string[] Files() => Directory.GetFiles(_directory).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToArray()!;

    private string Read(string name) => File.ReadAllText(Path.Combine(_directory, name));
}
