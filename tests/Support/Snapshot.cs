using System;
using System.IO;
using Xunit;

namespace EcsForge.Tests.Support;

/// <summary>
/// Golden-file snapshots under tests/Snapshots. A mismatch fails with the first differing line; run with
/// <c>UPDATE_SNAPSHOTS=1</c> to accept the new output (then review the diff in git).
/// </summary>
internal static class Snapshot
{
    public static void Match(string name, string actual)
    {
        var path = RepositoryPaths.InRepository("tests", "Snapshots", name);
        var normalized = actual.Replace("\r\n", "\n");
        if (Environment.GetEnvironmentVariable("UPDATE_SNAPSHOTS") == "1")
        {
            File.WriteAllText(path, normalized);
            return;
        }

        Assert.True(File.Exists(path), $"Snapshot {name} is missing: run the tests with UPDATE_SNAPSHOTS=1 to create it.");
        var expected = File.ReadAllText(path).Replace("\r\n", "\n");
        if (expected == normalized)
        {
            return;
        }

        var expectedLines = expected.Split('\n');
        var actualLines = normalized.Split('\n');
        var line = 0;
        while (line < Math.Min(expectedLines.Length, actualLines.Length) && expectedLines[line] == actualLines[line])
        {
            line++;
        }

        Assert.Fail(
            $"Snapshot {name} differs at line {line + 1} (UPDATE_SNAPSHOTS=1 accepts the new output):\n" +
            $"- {(line < expectedLines.Length ? expectedLines[line] : "<end of file>")}\n" +
            $"+ {(line < actualLines.Length ? actualLines[line] : "<end of file>")}");
    }
}
