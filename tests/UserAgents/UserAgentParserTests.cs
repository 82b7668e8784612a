using System;
using System.Text;
using EcsForge.Patterns;
using EcsForge.UserAgents;
using Xunit;

namespace EcsForge.Tests.UserAgents;

/// <summary>
/// User agents parsed by the compiled uap-core regexes into the ECS fields. Expected values were worked out with an
/// independent implementation of the ua-parser specification over Python's <c>re</c>, not by this parser.
/// </summary>
public sealed class UserAgentParserTests
{
    [Theory]
    [InlineData("Mozilla/5.0 (iPhone; CPU iPhone OS 17_1_2 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.1 Mobile/15E148 Safari/604.1",
        "Mobile Safari", "17.1", "iOS", "17.1.2", "iPhone")]
    [InlineData("Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36",
        "Chrome", "120.0.0", "Windows", "10", null)]
    [InlineData("Mozilla/5.0 (Linux; Android 14; Pixel 8 Pro) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/119.0.6045.163 Mobile Safari/537.36",
        "Chrome Mobile", "119.0.6045", "Android", "14", "Pixel 8 Pro")]
    [InlineData("Googlebot/2.1 (+http://www.google.com/bot.html)", "Googlebot", "2.1", null, null, "Spider")]
    [InlineData("curl/8.4.0", "curl", "8.4.0", null, null, null)]
    [InlineData("Mozilla/5.0", null, null, null, null, null)]
    public void Ecs_fields_follow_the_matching_rules(string userAgent, string? name, string? version, string? osName, string? osVersion, string? deviceName)
    {
        var details = new UserAgentParser(16).Parse(userAgent)!;

        Assert.Equal(name, details.Name?.ToString());
        Assert.Equal(version, details.Version?.ToString());
        Assert.Equal(osName, details.OperatingSystemName?.ToString());
        Assert.Equal(osVersion, details.OperatingSystemVersion?.ToString());
        Assert.Equal(deviceName, details.DeviceName?.ToString());
    }

    [Fact]
    public void Unknown_values_are_Other_and_left_out_of_the_ecs_fields()
    {
        var details = new UserAgentParser(16).Parse("Mozilla/5.0")!;

        Assert.Equal("Other", details.Agent.Family);
        Assert.Equal("Other", details.OperatingSystem.Family);
        Assert.Equal("Other", details.Device.Family);
        Assert.Null(details.Name);
        Assert.Null(details.DeviceName);
    }

    [Fact]
    public void Repeated_string_is_served_from_the_cache()
    {
        var parser = new UserAgentParser(16);
        var state = new PatternState();
        var bytes = Encoding.UTF8.GetBytes("curl/8.4.0");

        var first = parser.Parse(bytes, state);
        var second = parser.Parse(Encoding.UTF8.GetBytes("curl/8.4.0"), state);

        Assert.Same(first, second);
        Assert.NotSame(first, UserAgentParser.ParseUncached(bytes, state));
    }

    [Fact]
    public void Cache_stays_within_its_capacity()
    {
        var parser = new UserAgentParser(64);
        var state = new PatternState();

        for (var i = 0; i < 1000; i++)
        {
            parser.Parse(Encoding.UTF8.GetBytes($"curl/8.{i}.0"), state);
        }

        Assert.InRange(parser.CachedCount, 1, 64);
    }

    [Theory]
    [InlineData(1, 4)]
    [InlineData(5, 8)]
    [InlineData(8192, 8192)]
    [InlineData(100_000, 131_072)]
    public void Cache_capacity_is_rounded_up_to_a_power_of_two_of_at_least_four(int asked, int capacity)
    {
        Assert.Equal(capacity, new UserAgentParser(asked).CacheCapacity);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(UserAgentParser.MaximumCacheCapacity + 1)]
    public void Cache_capacity_out_of_range_is_refused(int asked)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new UserAgentParser(asked));
    }

    [Fact]
    public void Shared_parser_takes_the_configured_cache_size()
    {
        try
        {
            UserAgentParser.ConfigureShared(100_000);

            Assert.Equal(131_072, UserAgentParser.Shared.CacheCapacity);
            Assert.Equal("curl", UserAgentParser.Shared.Parse("curl/8.4.0")!.Agent.Family);
        }
        finally
        {
            UserAgentParser.ConfigureShared(UserAgentParser.DefaultCacheCapacity);
        }

        Assert.Equal(UserAgentParser.DefaultCacheCapacity, UserAgentParser.Shared.CacheCapacity);
    }

    [Fact]
    public void Recently_used_string_survives_a_burst_of_new_ones_in_its_set()
    {
        var parser = new UserAgentParser(4);
        var state = new PatternState();
        var kept = parser.Parse(Encoding.UTF8.GetBytes("curl/8.4.0"), state);

        for (var i = 0; i < 3; i++)
        {
            parser.Parse(Encoding.UTF8.GetBytes("curl/8.4.0"), state);
            parser.Parse(Encoding.UTF8.GetBytes($"Wget/1.{i}"), state);
        }

        Assert.Same(kept, parser.Parse(Encoding.UTF8.GetBytes("curl/8.4.0"), state));
    }

    [Fact]
    public void Overlong_string_is_not_parsed()
    {
        Assert.Null(new UserAgentParser(16).Parse(new string('a', UserAgentParser.MaximumLength + 1)));
    }

    [Fact]
    public void Long_string_is_matched_on_its_first_bytes_only()
    {
        const string firefox = "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:121.0) Gecko/20100101 Firefox/121.0";
        // What follows the budget would make it a Chrome user agent if it were read: it is not.
        var padded = firefox + " " + new string('x', UserAgentParser.MatchedBytes) + " Chrome/120.0.0.0 Safari/537.36";
        Assert.InRange(padded.Length, UserAgentParser.MatchedBytes + 1, UserAgentParser.MaximumLength);

        var details = new UserAgentParser(16).Parse(padded)!;

        Assert.Equal("Firefox", details.Agent.Family);
        Assert.Equal("121", details.Agent.Major);
    }
}
