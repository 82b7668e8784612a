using System;
using System.Linq;
using System.Text;
using EcsForge.Patterns;
using EcsForge.UserAgents;
using Xunit;

namespace EcsForge.Tests.UserAgents;

/// <summary>
/// Seeded random user agents, made of real user-agent fragments, punctuation, multi-byte characters and long runs,
/// go through every compiled regex: none may throw, and each result names a family for all three lists.
/// </summary>
public sealed class UserAgentRobustnessTests
{
    private static readonly string[] s_fragments =
    {
        "Mozilla/5.0 ", "(Linux; Android 14; ", "Pixel 8 Pro) ", "AppleWebKit/537.36 ", "(KHTML, like Gecko) ", "Chrome/119.0.6045.163 ",
        "Mobile Safari/537.36", "iPhone; CPU iPhone OS 17_1_2 like Mac OS X", "Windows NT 10.0; Win64; x64", "bot", "Googlebot/2.1",
        "; ", "/", ".", "(", ")", " ", "Build/", "SAMSUNG SM-G", "é", "日本", "🙂", "\t", "Version/", "rv:", "1", "22", "333",
    };

    [Fact]
    public void Random_user_agents_never_throw()
    {
        var random = new Random(424242);
        var state = new PatternState();
        for (var i = 0; i < 2000; i++)
        {
            var text = string.Concat(Enumerable.Range(0, random.Next(0, 40)).Select(_ => s_fragments[random.Next(s_fragments.Length)]));
            if (random.Next(10) == 0)
            {
                text += new string('a', random.Next(100, 600));
            }

            var details = UserAgentParser.ParseUncached(Encoding.UTF8.GetBytes(text), state);

            Assert.False(string.IsNullOrEmpty(details.Agent.Family), text);
            Assert.False(string.IsNullOrEmpty(details.OperatingSystem.Family), text);
            Assert.False(string.IsNullOrEmpty(details.Device.Family), text);
        }
    }
}
