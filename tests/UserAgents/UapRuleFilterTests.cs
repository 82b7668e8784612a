using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using EcsForge.Patterns;
using EcsForge.UserAgents;
using Xunit;

namespace EcsForge.Tests.UserAgents;

/// <summary>
/// The rule filter on the compiled uap-core lists: its candidates are exactly the rules whose clauses all hold when
/// each clause text is searched for on its own, and every rule whose regex matches is a candidate (the clauses the
/// generator derives are sound), on ua-parser's test strings and on seeded random user agents.
/// </summary>
public sealed class UapRuleFilterTests
{
    private static readonly UapClause[][][] s_lists = { UapRegexes.AgentRequirements.ToArray(), UapRegexes.OperatingSystemRequirements.ToArray(), UapRegexes.DeviceRequirements.ToArray() };

    private static readonly string[] s_fragments =
    {
        "Mozilla/5.0 ", "(Linux; Android 14; ", "Pixel 8 Pro) ", "AppleWebKit/537.36 ", "(KHTML, like Gecko) ", "Chrome/119.0.6045.163 ",
        "Mobile Safari/537.36", "iPhone; CPU iPhone OS 17_1_2 like Mac OS X", "Windows NT 10.0; Win64; x64", "bot", "Googlebot/2.1",
        "; ", "/", ".", "(", ")", " ", "Build/", "SAMSUNG SM-G", "samsung", "é", "日本", "\t", "Version/", "rv:", "1", "22", "Spider", "CRAWL",
        "Opera", "MSIE 9.0", "Trident/7.0", "HTC_", "Nokia", "Kindle", "Silk/", "SonyEricsson", "bingbot", "BingPreview", "Yeti-Mobile",
    };

    [Fact]
    public void Candidates_equal_a_search_per_clause_on_random_user_agents()
    {
        AssertCandidates(RandomUserAgents(3000, 7));
    }

    [UapSuiteFact]
    public void Candidates_equal_a_search_per_clause_on_the_uap_core_strings()
    {
        // Every 4th string of each file keeps the searches per clause text to seconds.
        AssertCandidates(SuiteUserAgents().Where((_, index) => index % 4 == 0));
    }

    [Fact]
    public void Every_rule_that_matches_a_random_user_agent_is_a_candidate()
    {
        AssertSound(RandomUserAgents(400, 11));
    }

    [UapSuiteFact]
    public void Every_rule_that_matches_a_uap_core_string_is_a_candidate()
    {
        // Every 20th string of each file: running all 1,175 matchers on all of them would take minutes.
        AssertSound(SuiteUserAgents().Where((_, index) => index % 20 == 0));
    }

    private static void AssertCandidates(IEnumerable<byte[]> userAgents)
    {
        var filter = new UapRuleFilter(s_lists);
        var found = new ulong[filter.Words];
        var checkedRules = 0;
        foreach (var userAgent in userAgents)
        {
            filter.Scan(userAgent, found);
            var folded = UapLiteralAutomatonTests.Folded(userAgent);
            for (var list = 0; list < s_lists.Length; list++)
            {
                for (var rule = 0; rule < s_lists[list].Length; rule++)
                {
                    var expected = s_lists[list][rule].All(clause => clause.Texts.Any(text => (clause.IgnoreCase ? folded : userAgent).AsSpan().IndexOf(text) >= 0));
                    Assert.True(expected == filter.Admits(list, rule, found), $"list {list}, rule {rule} on '{Encoding.UTF8.GetString(userAgent)}': expected {expected}");
                    checkedRules++;
                }
            }
        }

        Assert.True(checkedRules > 0);
    }

    private static void AssertSound(IEnumerable<byte[]> userAgents)
    {
        var filter = new UapRuleFilter(s_lists);
        var matchers = new[] { UapRegexes.AgentMatchers.ToArray(), UapRegexes.OperatingSystemMatchers.ToArray(), UapRegexes.DeviceMatchers.ToArray() };
        var found = new ulong[filter.Words];
        var slots = new int[UapRegexes.SlotCount];
        var state = new PatternState();
        var matched = 0;
        foreach (var userAgent in userAgents)
        {
            filter.Scan(userAgent, found);
            state.SetLatin1(userAgent);
            for (var list = 0; list < matchers.Length; list++)
            {
                for (var rule = 0; rule < matchers[list].Length; rule++)
                {
                    if (matchers[list][rule](userAgent, slots, state))
                    {
                        matched++;
                        Assert.True(filter.Admits(list, rule, found), $"list {list}, rule {rule} matches '{Encoding.UTF8.GetString(userAgent)}' but is not a candidate");
                    }
                }
            }
        }

        Assert.True(matched > 0);
    }

    private static IEnumerable<byte[]> RandomUserAgents(int count, int seed)
    {
        var random = new Random(seed);
        for (var i = 0; i < count; i++)
        {
            var text = string.Concat(Enumerable.Range(0, random.Next(0, 30)).Select(_ => s_fragments[random.Next(s_fragments.Length)]));
            yield return Encoding.UTF8.GetBytes(random.Next(4) == 0 ? text.ToUpperInvariant() : text);
        }
    }

    private static IEnumerable<byte[]> SuiteUserAgents()
        => new[] { "test_ua.yaml", "test_os.yaml", "test_device.yaml" }
            .SelectMany(UapSuite.Read)
            .Select(entry => Encoding.UTF8.GetBytes(entry["user_agent_string"]!));
}
