using System;
using System.Text;
using EcsForge.Patterns;

namespace EcsForge.UserAgents;

/// <summary>
/// Applies the compiled ua-parser lists the way the ua-parser specification says: the first regex that matches and
/// yields a family wins; <c>$1</c>..<c>$9</c> in a replacement take the groups (a missing group is empty), the result
/// is trimmed and an empty one counts as absent; without a replacement, a field takes its group. Only the rules the
/// filter admits run, and once a string's matchers together explore more than
/// <see cref="UserAgentParser.MatchingSteps"/> branch points, the lists not decided yet answer <c>Other</c>.
/// </summary>
internal static class UapMatcher
{
    private const int AgentList = 0;
    private const int OperatingSystemList = 1;
    private const int DeviceList = 2;

    private static readonly UapRuleFilter s_filter = new(UapRegexes.AgentRequirements.ToArray(), UapRegexes.OperatingSystemRequirements.ToArray(), UapRegexes.DeviceRequirements.ToArray());

    /// <summary>A replacement built on the stack up to this many chars; a longer one (several long groups) on the heap.</summary>
    private const int StackChars = 256;

    // What a list answers when none of its rules yields a family, and the details of a string no list knows: shared,
    // since results are immutable, so a miss on an unknown string allocates no result (only its cache entry).
    private static readonly UapVersioned s_otherVersioned = new(UserAgentDetails.Other, null, null, null, null);
    private static readonly UapDevice s_otherDevice = new(UserAgentDetails.Other, null, null);
    private static readonly UserAgentDetails s_nothingKnown = new(s_otherVersioned, s_otherVersioned, s_otherDevice);

    public static UserAgentDetails Parse(ReadOnlySpan<byte> text, PatternState state)
    {
        Span<int> slots = stackalloc int[UapRegexes.SlotCount];
        Span<ulong> found = stackalloc ulong[s_filter.Words];
        // One scan finds the texts every list's rules require; multi-text searches inside matchers read the Latin-1 view.
        s_filter.Scan(text, found);
        state.SetLatin1(text);
        var steps = 0L;
        var agent = MatchVersioned(text, slots, found, state, operatingSystem: false, ref steps);
        var operatingSystem = MatchVersioned(text, slots, found, state, operatingSystem: true, ref steps);
        var device = MatchDevice(text, slots, found, state, ref steps);
        return agent == (object)s_otherVersioned && operatingSystem == (object)s_otherVersioned && device == (object)s_otherDevice
            ? s_nothingKnown
            : new UserAgentDetails(agent, operatingSystem, device);
    }

    /// <summary>The user agent, or the operating system: the two lists read their groups alike.</summary>
    private static UapVersioned MatchVersioned(ReadOnlySpan<byte> text, Span<int> slots, ReadOnlySpan<ulong> found, PatternState state, bool operatingSystem, ref long steps)
    {
        var list = operatingSystem ? OperatingSystemList : AgentList;
        var matchers = operatingSystem ? UapRegexes.OperatingSystemMatchers : UapRegexes.AgentMatchers;
        var index = -1;
        while (steps <= UserAgentParser.MatchingSteps && (index = s_filter.NextCandidate(list, index + 1, matchers.Length, found)) >= 0)
        {
            var matched = matchers[index](text, slots, state);
            steps += state.Explored;
            if (!matched)
            {
                continue;
            }

            var rule = operatingSystem ? UapRegexes.OperatingSystemRules[index] : UapRegexes.AgentRules[index];
            var family = Field(rule.First, 1, rule, text, slots);
            if (family is not null)
            {
                // The specification gives user agents no patch minor (no v4), unlike operating systems.
                var patchMinor = operatingSystem ? Field(rule.Fifth, 5, rule, text, slots) : null;
                return new UapVersioned(family, Field(rule.Second, 2, rule, text, slots), Field(rule.Third, 3, rule, text, slots), Field(rule.Fourth, 4, rule, text, slots), patchMinor);
            }
        }

        return s_otherVersioned;
    }

    private static UapDevice MatchDevice(ReadOnlySpan<byte> text, Span<int> slots, ReadOnlySpan<ulong> found, PatternState state, ref long steps)
    {
        var matchers = UapRegexes.DeviceMatchers;
        var index = -1;
        while (steps <= UserAgentParser.MatchingSteps && (index = s_filter.NextCandidate(DeviceList, index + 1, matchers.Length, found)) >= 0)
        {
            var matched = matchers[index](text, slots, state);
            steps += state.Explored;
            if (!matched)
            {
                continue;
            }

            var rule = UapRegexes.DeviceRules[index];
            var family = Field(rule.First, 1, rule, text, slots);
            if (family is not null)
            {
                // A brand exists only as a replacement; the model defaults to the first group, as the family does.
                var brand = rule.Second is null ? null : Replace(rule.Second, rule, text, slots);
                return new UapDevice(family, brand, Field(rule.Third, 1, rule, text, slots));
            }
        }

        return s_otherDevice;
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

        // Each group's bytes decode to at most as many chars, so this bounds the text before trimming; it is built in
        // one buffer and copied once into the result.
        var length = replacement.Length;
        for (var i = 0; i + 1 < replacement.Length; i++)
        {
            if (replacement[i] == '$' && replacement[i + 1] is >= '1' and <= '9')
            {
                length += Group(replacement[i + 1] - '0', rule, text, slots).Length;
            }
        }

        Span<char> buffer = length <= StackChars ? stackalloc char[StackChars] : new char[length];
        var written = 0;
        for (var i = 0; i < replacement.Length; i++)
        {
            if (replacement[i] == '$' && i + 1 < replacement.Length && replacement[i + 1] is >= '1' and <= '9')
            {
                written += Encoding.UTF8.GetChars(Group(replacement[i + 1] - '0', rule, text, slots), buffer[written..]);
                i++;
                continue;
            }

            buffer[written++] = replacement[i];
        }

        var result = buffer[..written].Trim();
        return result.IsEmpty ? null : new string(result);
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
