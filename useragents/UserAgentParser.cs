using System;
using System.Threading;
using EcsForge.Patterns;

namespace EcsForge.UserAgents;

/// <summary>
/// Parses user-agent strings with the compiled ua-parser regexes, behind a bounded cache of recent strings: a repeated
/// string costs one hash and one comparison, and allocates nothing. Thread-safe.
/// </summary>
public sealed class UserAgentParser
{
    /// <summary>Longer strings are not parsed: no browser sends one, and matching cost grows with the length.</summary>
    public const int MaximumLength = 4096;

    /// <summary>
    /// Only this many first bytes are matched: the cost budget of a cache miss, which grows with the length matched
    /// (up to tens of milliseconds for a hostile 4 KB string). Every string of ua-parser's test suites is shorter (the
    /// longest, 493 bytes), and browsers put the tokens the regexes look for first.
    /// </summary>
    public const int MatchedBytes = 512;

    /// <summary>
    /// The branch points a string's matchers may explore together (each costs tens of nanoseconds): once past it, the
    /// lists not decided yet (user agent, then operating system, then device) answer <c>Other</c>, whatever the
    /// string, so the result stays deterministic. uap-core's test strings explore at most between 16,000 and 18,000
    /// (the suites fail at 16,000 and pass at 18,000); a hostile 512-byte token soup would explore about 38,000.
    /// </summary>
    public const int MatchingSteps = 24_000;

    /// <summary>Recent user agents the shared parser keeps unless <see cref="ConfigureShared"/> says otherwise.</summary>
    public const int DefaultCacheCapacity = 8192;

    /// <summary>The largest cache a parser takes: 16,777,216 entries (each holds its string's matched bytes and the parsed details).</summary>
    public const int MaximumCacheCapacity = 1 << 24;

    [ThreadStatic]
    private static PatternState? t_state;

    private static UserAgentParser s_shared = new(DefaultCacheCapacity);

    private readonly UserAgentCache _cache;

    /// <param name="cacheCapacity">
    /// Recent user agents kept, from 1 to <see cref="MaximumCacheCapacity"/>: rounded up to a power of two, at least 4.
    /// </param>
    public UserAgentParser(int cacheCapacity)
    {
        if (cacheCapacity is < 1 or > MaximumCacheCapacity)
        {
            throw new ArgumentOutOfRangeException(nameof(cacheCapacity), cacheCapacity, $"a user-agent cache holds 1 to {MaximumCacheCapacity:N0} entries");
        }

        _cache = new UserAgentCache(cacheCapacity);
    }

    /// <summary>The parser the generated code uses: a cache of <see cref="DefaultCacheCapacity"/> recent user agents unless configured.</summary>
    public static UserAgentParser Shared => Volatile.Read(ref s_shared);

    /// <summary>
    /// Gives <see cref="Shared"/> a new, empty cache of <paramref name="cacheCapacity"/> entries: meant for a host's
    /// start-up, before events are parsed (parsing meanwhile is safe, only the old cache's entries are lost).
    /// </summary>
    public static void ConfigureShared(int cacheCapacity)
    {
        Volatile.Write(ref s_shared, new UserAgentParser(cacheCapacity));
    }

    /// <summary>How many user agents the cache can hold: the capacity asked for, rounded up.</summary>
    public int CacheCapacity => _cache.Capacity;

    /// <summary>
    /// Details of a UTF-8 user-agent string, from the cache when it was seen recently; null when it is too long to parse.
    /// Only its first <see cref="MatchedBytes"/> bytes are matched.
    /// </summary>
    public UserAgentDetails? Parse(ReadOnlySpan<byte> userAgent, PatternState state)
    {
        if (userAgent.Length > MaximumLength)
        {
            return null;
        }

        // The details depend on the matched bytes only, so they are the key: a long string's entry holds at most
        // MatchedBytes, and strings that differ only past them share it.
        var matched = Budgeted(userAgent);
        var hash = UserAgentCache.Hash(matched);
        if (_cache.TryGet(matched, hash, out var details))
        {
            return details;
        }

        details = UapMatcher.Parse(matched, state);
        _cache.Add(matched, hash, details);
        return details;
    }

    /// <summary>Details of a user-agent string (cached), for callers outside a parsing session.</summary>
    public UserAgentDetails? Parse(string userAgent)
        => Parse(System.Text.Encoding.UTF8.GetBytes(userAgent), t_state ??= new PatternState());

    /// <summary>Details of a UTF-8 user-agent string, matched again every time (what a cache miss costs).</summary>
    public static UserAgentDetails ParseUncached(ReadOnlySpan<byte> userAgent, PatternState state) => UapMatcher.Parse(Budgeted(userAgent), state);

    /// <summary>The first <see cref="MatchedBytes"/> bytes, cut back to a UTF-8 character boundary.</summary>
    private static ReadOnlySpan<byte> Budgeted(ReadOnlySpan<byte> userAgent)
    {
        if (userAgent.Length <= MatchedBytes)
        {
            return userAgent;
        }

        var end = MatchedBytes;
        // A continuation byte (10xxxxxx) would start the cut inside a character.
        while (end > 0 && (userAgent[end] & 0xC0) == 0x80)
        {
            end--;
        }

        return userAgent[..end];
    }

    /// <summary>How many user agents the cache holds now (never more than its capacity).</summary>
    public int CachedCount => _cache.Count;
}
