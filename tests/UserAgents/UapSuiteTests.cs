using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using EcsForge.Patterns;
using EcsForge.UserAgents;
using Xunit;
using Xunit.Abstractions;

namespace EcsForge.Tests.UserAgents;

/// <summary>
/// ua-parser's peer suites run in full against the compiled regexes (no trimming), uncached, so every case exercises
/// the matchers. Each prints its pass rate. User agents are compared on family, major, minor and patch: the fields the
/// specification defines for them (three cases of test_ua.yaml also carry a patch_minor, which no user-agent regex of
/// uap-core 0.18.0 can produce, so it is not compared).
/// </summary>
public sealed class UapSuiteTests
{
    private readonly ITestOutputHelper _output;

    public UapSuiteTests(ITestOutputHelper output)
    {
        _output = output;
    }

    [UapSuiteFact]
    public void User_agent_suite_passes()
    {
        AssertSuite("test_ua.yaml", details => new Dictionary<string, string?>
        {
            ["family"] = details.Agent.Family,
            ["major"] = details.Agent.Major,
            ["minor"] = details.Agent.Minor,
            ["patch"] = details.Agent.Patch,
        });
    }

    [UapSuiteFact]
    public void Operating_system_suite_passes()
    {
        AssertSuite("test_os.yaml", details => new Dictionary<string, string?>
        {
            ["family"] = details.OperatingSystem.Family,
            ["major"] = details.OperatingSystem.Major,
            ["minor"] = details.OperatingSystem.Minor,
            ["patch"] = details.OperatingSystem.Patch,
            ["patch_minor"] = details.OperatingSystem.PatchMinor,
        });
    }

    [UapSuiteFact]
    public void Device_suite_passes()
    {
        AssertSuite("test_device.yaml", details => new Dictionary<string, string?>
        {
            ["family"] = details.Device.Family,
            ["brand"] = details.Device.Brand,
            ["model"] = details.Device.Model,
        });
    }

    private void AssertSuite(string fileName, Func<UserAgentDetails, Dictionary<string, string?>> actualOf)
    {
        var cases = UapSuite.Read(fileName);
        var state = new PatternState();
        var failures = new List<string>();
        foreach (var expected in cases)
        {
            var userAgent = expected["user_agent_string"]!;
            var actual = actualOf(UserAgentParser.ParseUncached(Encoding.UTF8.GetBytes(userAgent), state));
            var wrong = expected.Keys
                .Where(key => key != "user_agent_string" && key != "js_ua" && actual.ContainsKey(key) && actual[key] != expected[key])
                .Select(key => $"{key}: expected '{expected[key]}', got '{actual[key]}'")
                .ToList();
            if (wrong.Count > 0)
            {
                failures.Add($"{userAgent}\n    {string.Join("\n    ", wrong)}");
            }
        }

        var passed = cases.Count - failures.Count;
        _output.WriteLine($"{fileName}: {passed}/{cases.Count} passed ({100.0 * passed / cases.Count:F2}%)");
        Assert.True(cases.Count > 0, fileName + " has no cases");
        Assert.True(failures.Count == 0, $"{failures.Count} of {cases.Count} cases fail:\n" + string.Join("\n", failures.Take(40)));
    }
}
