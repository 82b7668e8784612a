using System;
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

    [ThreadStatic]
    private static PatternState? t_state;

    private readonly UserAgentCache _cache;

    public UserAgentParser(int cacheCapacity)
    {
        _cache = new UserAgentCache(cacheCapacity);
    }

    /// <summary>The parser the generated code uses: a cache of 8,192 recent user agents.</summary>
    public static UserAgentParser Shared { get; } = new(8192);

    /// <summary>Details of a UTF-8 user-agent string, from the cache when it was seen recently; null when it is too long to parse.</summary>
    public UserAgentDetails? Parse(ReadOnlySpan<byte> userAgent, PatternState state)
    {
        if (userAgent.Length > MaximumLength)
        {
            return null;
        }

        var hash = UserAgentCache.Hash(userAgent);
        if (_cache.TryGet(userAgent, hash, out var details))
        {
            return details;
        }

        details = UapMatcher.Parse(userAgent, state);
        _cache.Add(userAgent, hash, details);
        return details;
    }

    /// <summary>Details of a user-agent string (cached), for callers outside a parsing session.</summary>
    public UserAgentDetails? Parse(string userAgent)
        => Parse(System.Text.Encoding.UTF8.GetBytes(userAgent), t_state ??= new PatternState());

    /// <summary>Details of a UTF-8 user-agent string, matched again every time (what a cache miss costs).</summary>
    public static UserAgentDetails ParseUncached(ReadOnlySpan<byte> userAgent, PatternState state) => UapMatcher.Parse(userAgent, state);

    /// <summary>How many user agents the cache holds now (never more than its capacity).</summary>
    public int CachedCount => _cache.Count;
}
