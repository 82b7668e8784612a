using System;
using System.Collections.Concurrent;
using System.Text.RegularExpressions;

namespace EcsForge.Pipelines;

public static partial class Filters
{
    private const int MaxCachedPatterns = 1024;

    private static readonly ConcurrentDictionary<string, Regex?> s_patterns = new(StringComparer.Ordinal);

    /// <summary>
    /// The platform's <c>re_match(pattern)</c>: Python's <c>re.match</c>, anchored at the start only. Its doc says "the
    /// whole value", but the catalogue relies on a prefix match: WithSecure/withsecure-elements
    /// tests/application_control.json sets host.ip from <c>"1.2.3.4/32 192.168.1.16/24"</c> under
    /// <c>re_match("[0-9]+\.[0-9]+\.[0-9]+\.[0-9]+(\/[0-9]+)?")</c>, which a full match would refuse.
    /// </summary>
    public static Value ReMatch(ValueArena arena, Value value, Value pattern) => RegexTest(arena, value, pattern, anchored: true);

    /// <summary>The platform's <c>re_search(pattern)</c>: Python's <c>re.search</c>, a match anywhere in the value.</summary>
    public static Value ReSearch(ValueArena arena, Value value, Value pattern) => RegexTest(arena, value, pattern, anchored: false);

    private static Value RegexTest(ValueArena arena, in Value value, in Value pattern, bool anchored)
    {
        if (FirstError(value, pattern) is { IsError: true } error)
        {
            return error;
        }

        if (value.Kind != ValueKind.String || pattern.Kind != ValueKind.String)
        {
            return Value.Error;
        }

        var regex = Compiled(arena.Text(pattern));
        if (regex is null)
        {
            return Value.Error;
        }

        foreach (var match in regex.EnumerateMatches(arena.Text(value)))
        {
            // Matches come leftmost first: a match at the start exists exactly when the first one starts there.
            return Value.Bool(!anchored || match.Index == 0);
        }

        return Value.False;
    }

    /// <summary>The compiled pattern, cached by its text (patterns are constants in practice); null when .NET cannot run it in linear time.</summary>
    private static Regex? Compiled(ReadOnlySpan<char> pattern)
    {
        var lookup = s_patterns.GetAlternateLookup<ReadOnlySpan<char>>();
        if (lookup.TryGetValue(pattern, out var cached))
        {
            return cached;
        }

        var text = pattern.ToString();
        Regex? regex;
        try
        {
            // FromPython may refuse the pattern too: inside the try.
            regex = new Regex(FromPython(text), RegexOptions.NonBacktracking | RegexOptions.CultureInvariant);
        }
        catch (ArgumentException)
        {
            // Python syntax .NET refuses, or a construct (backreference, lookaround) the linear engine cannot run.
            regex = null;
        }
        catch (NotSupportedException)
        {
            regex = null;
        }

        if (s_patterns.Count < MaxCachedPatterns)
        {
            s_patterns.TryAdd(text, regex);
        }

        return regex;
    }

    /// <summary>
    /// Python's syntax in .NET's: <c>(?P&lt;name&gt;</c> for a named group, <c>\Z</c> for the very end; and Python's
    /// refusals .NET lacks: a class escape starting a range inside brackets (<c>[\w-\.]</c>, "bad character range").
    /// </summary>
    private static string FromPython(string pattern)
    {
        var builder = new System.Text.StringBuilder(pattern.Length);
        var inClass = false;
        var classStart = 0;
        for (var i = 0; i < pattern.Length; i++)
        {
            var c = pattern[i];
            if (c == '\\' && i + 1 < pattern.Length)
            {
                var escaped = pattern[i + 1];
                if (inClass && escaped is 'w' or 'W' or 'd' or 'D' or 's' or 'S'
                    && i + 3 < pattern.Length && pattern[i + 2] == '-' && pattern[i + 3] != ']')
                {
                    throw new ArgumentException("bad character range", nameof(pattern));
                }

                builder.Append(c).Append(escaped == 'Z' && !inClass ? 'z' : escaped);
                i++;
            }
            else if (inClass)
            {
                // A ']' first in the class (after an optional '^') is a literal one.
                inClass = c != ']' || i == classStart + 1 || (i == classStart + 2 && pattern[classStart + 1] == '^');
                builder.Append(c);
            }
            else if (c == '[')
            {
                inClass = true;
                classStart = i;
                builder.Append(c);
            }
            else if (c == '(' && string.CompareOrdinal(pattern, i, "(?P<", 0, 4) == 0)
            {
                builder.Append("(?<");
                i += 3;
            }
            else
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }
}
