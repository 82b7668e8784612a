using System;
using System.Text;
using EcsForge.Patterns;

namespace EcsForge.UserAgents;

/// <summary>
/// Applies the compiled ua-parser lists the way the ua-parser specification says: the first regex that matches and
/// yields a family wins; <c>$1</c>..<c>$9</c> in a replacement take the groups (a missing group is empty), the result
/// is trimmed and an empty one counts as absent; without a replacement, a field takes its group.
/// </summary>
internal static class UapMatcher
{
    public static UserAgentDetails Parse(ReadOnlySpan<byte> text, PatternState state)
    {
        Span<int> slots = stackalloc int[UapRegexes.SlotCount];
        return new UserAgentDetails(MatchVersioned(text, slots, state, operatingSystem: false), MatchVersioned(text, slots, state, operatingSystem: true), MatchDevice(text, slots, state));
    }

    /// <summary>The user agent, or the operating system: the two lists read their groups alike.</summary>
    private static UapVersioned MatchVersioned(ReadOnlySpan<byte> text, Span<int> slots, PatternState state, bool operatingSystem)
    {
        var index = -1;
        while ((index = operatingSystem ? UapRegexes.MatchOperatingSystem(text, index + 1, slots, state) : UapRegexes.MatchAgent(text, index + 1, slots, state)) >= 0)
        {
            var rule = operatingSystem ? UapRegexes.OperatingSystemRules[index] : UapRegexes.AgentRules[index];
            var family = Field(rule.First, 1, rule, text, slots);
            if (family is not null)
            {
                // The specification gives user agents no patch minor (no v4), unlike operating systems.
                var patchMinor = operatingSystem ? Field(rule.Fifth, 5, rule, text, slots) : null;
                return new UapVersioned(family, Field(rule.Second, 2, rule, text, slots), Field(rule.Third, 3, rule, text, slots), Field(rule.Fourth, 4, rule, text, slots), patchMinor);
            }
        }

        return new UapVersioned(UserAgentDetails.Other, null, null, null, null);
    }

    private static UapDevice MatchDevice(ReadOnlySpan<byte> text, Span<int> slots, PatternState state)
    {
        var index = -1;
        while ((index = UapRegexes.MatchDevice(text, index + 1, slots, state)) >= 0)
        {
            var rule = UapRegexes.DeviceRules[index];
            var family = Field(rule.First, 1, rule, text, slots);
            if (family is not null)
            {
                // A brand exists only as a replacement; the model defaults to the first group, as the family does.
                var brand = rule.Second is null ? null : Replace(rule.Second, rule, text, slots);
                return new UapDevice(family, brand, Field(rule.Third, 1, rule, text, slots));
            }
        }

        return new UapDevice(UserAgentDetails.Other, null, null);
    }

    /// <summary>A field: its replacement when the file gives one, else its group (absent when empty or unmatched).</summary>
    private static string? Field(string? replacement, int group, UapRule rule, ReadOnlySpan<byte> text, ReadOnlySpan<int> slots)
    {
        if (replacement is not null)
        {
            return Replace(replacement, rule, text, slots);
        }

        var value = Group(group, rule, text, slots);
        return value.IsEmpty ? null : Encoding.UTF8.GetString(value);
    }

    private static string? Replace(string replacement, UapRule rule, ReadOnlySpan<byte> text, ReadOnlySpan<int> slots)
    {
        if (replacement.IndexOf('$') < 0)
        {
            return replacement;
        }

        var builder = new StringBuilder(replacement.Length + 16);
        for (var i = 0; i < replacement.Length; i++)
        {
            if (replacement[i] == '$' && i + 1 < replacement.Length && replacement[i + 1] is >= '1' and <= '9')
            {
                builder.Append(Encoding.UTF8.GetString(Group(replacement[i + 1] - '0', rule, text, slots)));
                i++;
                continue;
            }

            builder.Append(replacement[i]);
        }

        var result = builder.ToString().Trim();
        return result.Length == 0 ? null : result;
    }

    private static ReadOnlySpan<byte> Group(int group, UapRule rule, ReadOnlySpan<byte> text, ReadOnlySpan<int> slots)
    {
        if (group > rule.Groups)
        {
            return default;
        }

        var start = slots[2 * (group - 1)];
        var end = slots[(2 * (group - 1)) + 1];
        return start < 0 || end < start ? default : text.Slice(start, end - start);
    }
}
