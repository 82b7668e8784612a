using System;
using System.Collections.Generic;
using System.IO;
using System.Runtime.InteropServices;

namespace EcsForge.Inference;

/// <summary>Reads the rules of the ICANN section of a public_suffix_list.dat file.</summary>
internal static class PublicSuffixListReader
{
    private const string IcannBegin = "// ===BEGIN ICANN DOMAINS===";
    private const string IcannEnd = "// ===END ICANN DOMAINS===";

    /// <summary>
    /// Returns the rules keyed by suffix without its "*." or "!" marker. Every parent of a rule's suffix is added too
    /// (as <see cref="RuleKind.None"/> when it has no rule of its own), so a lookup that misses proves that no longer
    /// suffix has a rule either.
    /// </summary>
    public static Dictionary<string, RuleKind> ReadIcannRules(TextReader reader)
    {
        var rules = new Dictionary<string, RuleKind>(StringComparer.Ordinal);
        bool inIcann = false;
        while (reader.ReadLine() is { } line)
        {
            if (line.StartsWith(IcannBegin, StringComparison.Ordinal))
            {
                inIcann = true;
            }
            else if (line.StartsWith(IcannEnd, StringComparison.Ordinal))
            {
                return rules;
            }
            else if (inIcann)
            {
                AddRule(rules, line);
            }
        }

        throw new InvalidDataException("The public suffix list has no complete ICANN section.");
    }

    private static void AddRule(Dictionary<string, RuleKind> rules, string line)
    {
        // The format defines a rule as the line's first whitespace-delimited word.
        string rule = line.Trim();
        int space = rule.IndexOfAny([' ', '\t']);
        if (space >= 0)
        {
            rule = rule[..space];
        }

        if (rule.Length == 0 || rule.StartsWith("//", StringComparison.Ordinal))
        {
            return;
        }

        RuleKind kind = RuleKind.Normal;
        if (rule.StartsWith("*.", StringComparison.Ordinal))
        {
            kind = RuleKind.Wildcard;
            rule = rule[2..];
        }
        else if (rule.StartsWith('!'))
        {
            kind = RuleKind.Exception;
            rule = rule[1..];
        }

        CollectionsMarshal.GetValueRefOrAddDefault(rules, rule, out _) |= kind;
        for (int dot = rule.IndexOf('.'); dot >= 0; dot = rule.IndexOf('.', dot + 1))
        {
            rules.TryAdd(rule[(dot + 1)..], RuleKind.None);
        }
    }
}
