using System;
using System.Text;
using EcsForge.Patterns;
using EcsForge.UserAgents;
using Xunit;

namespace EcsForge.Tests.UserAgents;

/// <summary>
/// What a cache miss allocates, since every collection it brings closer pauses the parsing thread: a string that no
/// rule knows allocates its cache entry only, and a long one is kept by its matched bytes, not whole.
/// </summary>
public sealed class UserAgentMissAllocationTests
{
    private const int Strings = 200;

    /// <summary>
    /// What a miss must allocate: the cache's copy of the matched bytes (at most <see cref="UserAgentParser.MatchedBytes"/>
    /// plus a 24-byte array header) and the entry holding it with the hash and the details (40 bytes), with 64 bytes to
    /// spare. A result of its own (about 310 bytes) or a copy of the whole string goes past it.
    /// </summary>
    private const int MostBytesPerMiss = UserAgentParser.MatchedBytes + 24 + 40 + 64;

    [Theory]
    [InlineData(UserAgentParser.MatchedBytes)]
    [InlineData(UserAgentParser.MaximumLength)]
    public void Miss_on_an_unknown_string_allocates_its_cache_entry_only(int length)
    {
        var inputs = RandomPrintable(length);
        var state = new PatternState();
        foreach (var input in inputs)
        {
            // The precondition (no rule knows these strings), and a first pass that runs the type initializers.
            var details = UserAgentParser.ParseUncached(input, state);
            Assert.Equal(("Other", "Other", "Other"), (details.Agent.Family, details.OperatingSystem.Family, details.Device.Family));
        }

        // The least of three passes, each through a new cache so that every string misses: work of the runtime on
        // other threads can now and then be charged to this one, while the parser's own allocations show every time.
        var least = long.MaxValue;
        for (var pass = 0; pass < 3; pass++)
        {
            var parser = new UserAgentParser(Strings * 2);
            var before = GC.GetAllocatedBytesForCurrentThread();
            foreach (var input in inputs)
            {
                parser.Parse(input, state);
            }

            least = Math.Min(least, GC.GetAllocatedBytesForCurrentThread() - before);
        }

        Assert.InRange(least / Strings, 0, MostBytesPerMiss);
    }

    [Fact]
    public void Strings_that_differ_past_the_matched_bytes_share_one_cache_entry()
    {
        const string firefox = "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:121.0) Gecko/20100101 Firefox/121.0 ";
        var head = firefox + new string('x', UserAgentParser.MatchedBytes - firefox.Length);
        var parser = new UserAgentParser(16);
        var state = new PatternState();

        var first = parser.Parse(Encoding.UTF8.GetBytes(head + " Chrome/120.0.0.0"), state);
        var second = parser.Parse(Encoding.UTF8.GetBytes(head + " Edg/120.0.0.0"), state);

        Assert.Same(first, second);
        Assert.Equal(("Firefox", "121", "Windows"), (second!.Agent.Family, second.Agent.Major, second.OperatingSystem.Family));
        Assert.Equal(1, parser.CachedCount);
    }

    /// <summary>Distinct seeded strings of printable ASCII, as the <c>uacost</c> bench makes them.</summary>
    private static byte[][] RandomPrintable(int length)
    {
        var inputs = new byte[Strings][];
        for (var i = 0; i < Strings; i++)
        {
            var random = new Random(i);
            inputs[i] = new byte[length];
            for (var j = 0; j < length; j++)
            {
                inputs[i][j] = (byte)random.Next(32, 127);
            }
        }

        return inputs;
    }
}
