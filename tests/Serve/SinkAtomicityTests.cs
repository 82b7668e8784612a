using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using EcsForge.Host.Serve.Sinks;
using Xunit;

namespace EcsForge.Tests.Serve;

/// <summary>Finding 4 of issue 12: a batch is in the sinks whole or not at all, and sinks survive what happens to their files.</summary>
public sealed class SinkAtomicityTests : IDisposable
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "ecsforge-atomic-" + Guid.NewGuid().ToString("N"));

    public SinkAtomicityTests() => Directory.CreateDirectory(_directory);

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public void AFailedWriteRollsBackEverySinkOfTheUnit()
    {
        var path = Path.Combine(_directory, "events.ndjson");
        using var events = new RotatingFileSink("events", path, rotateBytes: 1 << 20, keepFiles: null);
        using var deadLetters = new FailingSink("dead-letter", failAfterBytes: 4);
        events.Append("before\n"u8);

        var error = Assert.Throws<SinkWriteException>(() => SinkUnit.Write([
            (events, [Encoding.ASCII.GetBytes("one\n"), Encoding.ASCII.GetBytes("two\n")]),
            (deadLetters, [Encoding.ASCII.GetBytes("bad one\n")]),
        ]));

        Assert.Equal("dead-letter", error.Sink);
        Assert.True(deadLetters.RolledBack);
        events.Append("after\n"u8);
        Assert.Equal("before\nafter\n", ReadShared(path));
    }

    [Fact]
    public void ATornLastRecordIsMovedAsideAtOpening()
    {
        var path = Path.Combine(_directory, "events.ndjson");
        File.WriteAllText(path, "{\"a\":1}\n{\"b\":2}\n{\"c\":");

        using (var sink = new RotatingFileSink("events", path, rotateBytes: 1 << 20, keepFiles: null))
        {
            sink.Append("{\"d\":4}\n"u8);
            Assert.Equal("{\"c\":\n", File.ReadAllText(sink.TornPath));
        }

        // Before the repair, {"d":4} was glued to the torn record: one invalid line instead of an acknowledged event.
        Assert.Equal(["{\"a\":1}", "{\"b\":2}", "{\"d\":4}"], File.ReadAllLines(path));
    }

    [Fact]
    public void AFileDeletedOrMovedAwayWhileOpenIsReplacedBeforeTheNextWrite()
    {
        var path = Path.Combine(_directory, "events.ndjson");
        using var sink = new RotatingFileSink("events", path, rotateBytes: 1 << 20, keepFiles: null);
        sink.Append("one\n"u8);

        File.Delete(path);
        sink.Append("two\n"u8);
        Assert.Equal("two\n", ReadShared(path));

        File.Move(path, path + ".1");
        sink.Append("three\n"u8);
        Assert.Equal("three\n", ReadShared(path));
        Assert.Equal("two\n", File.ReadAllText(path + ".1"));
    }

    [Fact]
    public async Task DeletingTheEventsFileWhileServingLosesNoAcknowledgedBatch()
    {
        await using var host = await ServeTestHost.StartAsync();
        var events = Path.Combine(host.Directory, "events.ndjson");
        await RequestBoundsTests.AssertCountsAsync(await host.PostAsync(TestEvents.Lines(0, 100, i => TestEvents.FirewallLine(i))), 100, 100, 0);

        File.Delete(events);
        for (var batch = 1; batch <= 5; batch++)
        {
            await RequestBoundsTests.AssertCountsAsync(await host.PostAsync(TestEvents.Lines(batch * 100, 100, i => TestEvents.FirewallLine(i))), 100, 100, 0);
        }

        // Before the fix, these 500 acknowledged events went to the deleted file and vanished.
        Assert.Equal(Enumerable.Range(100, 500).Select(TestEvents.FirewallId), host.OutputLines().Select(Id).Order());
    }

    /// <summary>Where mounting is not permitted, AFailedWriteRollsBackEverySinkOfTheUnit covers this with an injected failing sink.</summary>
    [TmpfsFact]
    public async Task DiskFullMidBatchWritesNothingOfTheRefusedBatches()
    {
        using var disk = SmallDisk.TryMount(Path.Combine(_directory, "disk"), sizeKiB: 256);
        Assert.NotNull(disk);

        var config = ServeTestHost.DefaultConfig();
        config["sinks"]!["events"]!["path"] = Path.Combine(disk.Path, "events.ndjson");
        config["sinks"]!["dead-letter"]!["path"] = Path.Combine(disk.Path, "dead-letter.ndjson");
        await using var host = await ServeTestHost.StartAsync(config);
        var acknowledged = new List<string>();
        var refused = new List<string>();
        for (var batch = 0; batch < 40; batch++)
        {
            var ids = Enumerable.Range(batch * 50, 50).ToList();
            var response = await host.PostAsync(TestEvents.Lines(batch * 50, 50, i => TestEvents.FirewallLine(i)));
            Assert.True(response.StatusCode is HttpStatusCode.OK or HttpStatusCode.ServiceUnavailable, response.StatusCode.ToString());
            (response.StatusCode == HttpStatusCode.OK ? acknowledged : refused).AddRange(ids.Select(TestEvents.FirewallId));
        }

        Assert.NotEmpty(acknowledged);
        Assert.NotEmpty(refused);
        var health = await host.Http.GetAsync("/health");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, health.StatusCode);
        Assert.Contains("sink events", await health.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var written = File.ReadAllText(Path.Combine(disk.Path, "events.ndjson"));
        Assert.True(written.Length == 0 || written.EndsWith('\n'), "the file ends inside a record");
        Assert.Equal(acknowledged, written.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(Id));
        var counters = host.Counters(TestEvents.FirewallFormat);
        Assert.Equal((long)acknowledged.Count, counters.In);
        Assert.Equal(counters.In, counters.Parsed + counters.Failed);
    }

    private static string Id(string line) => TestEvents.FirewallIdPattern().Match(line).Groups[1].Value;

    private static string ReadShared(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        return new StreamReader(stream).ReadToEnd();
    }

    /// <summary>A sink that accepts a few bytes then fails like a full disk, and records whether it was rolled back.</summary>
    private sealed class FailingSink(string name, int failAfterBytes) : ILineSink
    {
        private int _written;

        public string Name => name;

        public bool RolledBack { get; private set; }

        public void Begin(long bytes)
        {
        }

        public void Write(ReadOnlySpan<byte> lines)
        {
            _written += lines.Length;
            if (_written > failAfterBytes)
            {
                throw new IOException("No space left on device");
            }
        }

        public void Flush()
        {
        }

        public void RollBack() => RolledBack = true;

        public void End()
        {
        }

        public void Dispose()
        {
        }
    }

    /// <summary>A tmpfs of a few hundred KiB: a disk that really fills up. Needs root and a kernel that lets it mount.</summary>
    internal sealed class SmallDisk : IDisposable
    {
        private SmallDisk(string path) => Path = path;

        public string Path { get; }

        public static SmallDisk? TryMount(string path, int sizeKiB)
        {
            Directory.CreateDirectory(path);
            return Run("mount", $"-t tmpfs -o size={sizeKiB}k tmpfs {path}") ? new SmallDisk(path) : null;
        }

        public void Dispose() => Run("umount", Path);

        private static bool Run(string command, string arguments)
        {
            try
            {
                using var process = Process.Start(new ProcessStartInfo(command, arguments) { RedirectStandardError = true, RedirectStandardOutput = true });
                process!.WaitForExit();
                return process.ExitCode == 0;
            }
            catch (System.ComponentModel.Win32Exception)
            {
                return false;
            }
        }
    }
}
