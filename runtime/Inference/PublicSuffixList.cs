using System;
using System.Buffers;
using System.IO;
using System.Text;
using EcsForge.Text;

namespace EcsForge.Inference;

/// <summary>
/// Splits domains into subdomain, registered domain and public suffix with the ICANN section of the Public Suffix
/// List (private domains are ignored, so "sekoiaio.cloudflareaccess.com" is registered under "cloudflareaccess.com").
/// Unlike the reference algorithm there is no implicit "*" rule: a host under an unlisted TLD is not split.
/// </summary>
public static class PublicSuffixList
{
    private const string ResourceName = "EcsForge.public_suffix_list.dat";

    // The longest name DNS allows; longer input is not a domain.
    private const int MaxHostLength = 253;

    private static readonly SearchValues<byte> HostTerminators = SearchValues.Create("/?#:"u8);

    // Parsed once, when TrySplit first runs; lookups then only read it.
    private static readonly SuffixRuleTable Rules = LoadRules();

    /// <summary>
    /// Splits the host at the start of <paramref name="utf8"/> (anything from the first '/', '?', '#' or ':' on is
    /// ignored, as is one trailing '.'). False when the host is empty, too long, an IP address, has an empty label,
    /// is itself a public suffix, or no rule matches it. With <paramref name="keepUnlisted"/>, a host of several labels
    /// that no rule matches is split as the platform (tldextract) does: its last label is the domain, with no registered
    /// domain nor public suffix (<see cref="DomainParts.HasRegisteredDomain"/> is false), and the labels before it are
    /// the subdomain.
    /// </summary>
    public static bool TrySplit(ReadOnlySpan<byte> utf8, out DomainParts parts, bool keepUnlisted = false)
    {
        parts = default;
        int hostLength = utf8.IndexOfAny(HostTerminators);
        if (hostLength < 0)
        {
            hostLength = utf8.Length;
        }

        if (hostLength > 0 && utf8[hostLength - 1] == '.')
        {
            hostLength--;
        }

        // IPv6 hosts need no check: cutting at the first ':' leaves at most one label, which can never be split.
        ReadOnlySpan<byte> host = utf8[..hostLength];
        if (host.IsEmpty || host.Length > MaxHostLength || host[0] == '.' || host[^1] == '.'
            || host.IndexOf(".."u8) >= 0 || IpAddressText.IsIPv4(host))
        {
            return false;
        }

        // -1: no rule matches; 0: the whole host is a public suffix, so nothing is registered under it.
        int publicSuffixStart = FindPublicSuffixStart(host);
        if (publicSuffixStart < 0 && keepUnlisted)
        {
            int lastLabelStart = host.LastIndexOf((byte)'.') + 1;
            if (lastLabelStart == 0)
            {
                return false;
            }

            parts = new DomainParts(hostLength, lastLabelStart, -1);
            return true;
        }

        if (publicSuffixStart <= 0)
        {
            return false;
        }

        int registeredDomainStart = host[..(publicSuffixStart - 1)].LastIndexOf((byte)'.') + 1;
        parts = new DomainParts(hostLength, registeredDomainStart, publicSuffixStart);
        return true;
    }

    /// <summary>
    /// Returns where the public suffix chosen by the prevailing rule starts in <paramref name="host"/> (an exception
    /// rule if one matches, else the matching rule with the most labels), or -1 when no rule matches.
    /// </summary>
    private static int FindPublicSuffixStart(ReadOnlySpan<byte> host)
    {
        int publicSuffixStart = -1;
        int shorterSuffixStart = host.Length;
        bool wildcardPending = false;
        uint hash = SuffixRuleTable.EmptyHash;

        // Walk right to left, looking up each suffix host[start..] as soon as a whole label has been hashed.
        for (int i = host.Length - 1; i >= -1; i--)
        {
            if (i >= 0 && host[i] != '.')
            {
                hash = SuffixRuleTable.Prepend(hash, host[i]);
                continue;
            }

            int start = i + 1;
            if (wildcardPending)
            {
                // "*.x" makes this label plus x public, whether or not the suffix has a rule of its own.
                publicSuffixStart = start;
            }

            if (!Rules.TryGetKind(host[start..], hash, out RuleKind kind))
            {
                // Every parent of a listed suffix is in the table, so no longer suffix can match either.
                break;
            }

            if ((kind & RuleKind.Exception) != 0)
            {
                // "!www.ck": the exception prevails and its leftmost label is registrable.
                return shorterSuffixStart;
            }

            if ((kind & RuleKind.Normal) != 0)
            {
                publicSuffixStart = start;
            }

            wildcardPending = (kind & RuleKind.Wildcard) != 0;
            shorterSuffixStart = start;
            if (i >= 0)
            {
                hash = SuffixRuleTable.Prepend(hash, (byte)'.');
            }
        }

        return publicSuffixStart;
    }

    private static SuffixRuleTable LoadRules()
    {
        using Stream stream = typeof(PublicSuffixList).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException(
                $"Embedded resource '{ResourceName}' is missing: the runtime project must embed Inference/Data/public_suffix_list.dat with that LogicalName.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return new SuffixRuleTable(PublicSuffixListReader.ReadIcannRules(reader));
    }
}
