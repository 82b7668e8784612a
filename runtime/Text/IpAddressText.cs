using System;

namespace EcsForge.Text;

/// <summary>
/// Recognises IP addresses in UTF-8 text with the rules of Python's <c>ipaddress.ip_address</c>, which the log
/// platform's <c>is_ipaddress</c> filter uses, so generated parsers accept exactly what the platform accepts.
/// Works on spans only: no allocation, no <c>IPAddress</c>.
/// </summary>
public static class IpAddressText
{
    private const int HextetCount = 8;

    public static bool IsIpAddress(ReadOnlySpan<byte> utf8) => IsIPv4(utf8) || IsIPv6(utf8);

    /// <summary>Exactly four dot-separated decimal octets 0-255, each without leading zeros.</summary>
    public static bool IsIPv4(ReadOnlySpan<byte> utf8)
    {
        int octets = 0;
        int i = 0;
        while (true)
        {
            int start = i;
            int value = 0;
            while (i < utf8.Length && char.IsAsciiDigit((char)utf8[i]))
            {
                // Stop at four digits so long digit runs cannot overflow value.
                if (i - start == 3)
                {
                    return false;
                }

                value = (value * 10) + (utf8[i] - '0');
                i++;
            }

            int length = i - start;
            if (length == 0 || value > 255 || (length > 1 && utf8[start] == '0'))
            {
                return false;
            }

            octets++;
            if (i == utf8.Length)
            {
                return octets == 4;
            }

            if (utf8[i] != '.' || octets == 4)
            {
                return false;
            }

            i++;
        }
    }

    /// <summary>RFC 4291 text form, optionally with an embedded IPv4 tail and a "%scope" suffix.</summary>
    public static bool IsIPv6(ReadOnlySpan<byte> utf8)
    {
        // Python rejects '/' anywhere, the scope included.
        if (utf8.Contains((byte)'/'))
        {
            return false;
        }

        int percent = utf8.IndexOf((byte)'%');
        if (percent < 0)
        {
            return IsUnscopedIPv6(utf8);
        }

        ReadOnlySpan<byte> scope = utf8[(percent + 1)..];
        return !scope.IsEmpty && !scope.Contains((byte)'%') && IsUnscopedIPv6(utf8[..percent]);
    }

    /// <summary>
    /// True for an IPv4-mapped IPv6 address written with a dotted IPv4 tail ("::ffff:1.2.3.4"), giving the index of
    /// that tail so callers can slice it. Scoped addresses and hex-only tails ("::ffff:102:304") return false
    /// because there is no IPv4 text to slice.
    /// </summary>
    public static bool TryGetMappedIPv4Start(ReadOnlySpan<byte> utf8, out int ipv4Start)
    {
        ipv4Start = 0;
        if (utf8.Contains((byte)'%') || !IsIPv6(utf8))
        {
            return false;
        }

        int lastColon = utf8.LastIndexOf((byte)':');
        if (!utf8[(lastColon + 1)..].Contains((byte)'.'))
        {
            return false;
        }

        // A valid address guarantees the text before the tail holds exactly six groups, so mapped means the group
        // right before the tail is ffff and every other written group is zero ("::" only ever stands for zeros).
        ReadOnlySpan<byte> groups = utf8[..lastColon];
        int previousColon = groups.LastIndexOf((byte)':');
        if (!IsFfff(groups[(previousColon + 1)..]) || groups[..previousColon].ContainsAnyExcept((byte)'0', (byte)':'))
        {
            return false;
        }

        ipv4Start = lastColon + 1;
        return true;
    }

    // Mirrors IPv6Address._ip_int_from_string: split on ':', expand a dotted tail into two groups, then check the
    // group count and where the single "::" may sit.
    private static bool IsUnscopedIPv6(ReadOnlySpan<byte> text)
    {
        int writtenParts = 0;   // parts between ':' as written
        int parts = 0;          // the same, with a dotted IPv4 tail counted as two groups
        int skipIndex = -1;     // index of the empty interior part produced by "::"
        bool firstEmpty = false;
        bool lastEmpty = false;

        ReadOnlySpan<byte> rest = text;
        while (true)
        {
            int colon = rest.IndexOf((byte)':');
            bool isLast = colon < 0;
            ReadOnlySpan<byte> part = isLast ? rest : rest[..colon];

            if (part.IsEmpty)
            {
                if (writtenParts == 0)
                {
                    firstEmpty = true;
                }
                else if (isLast)
                {
                    lastEmpty = true;
                }
                else if (skipIndex >= 0)
                {
                    return false; // a second "::"
                }
                else
                {
                    skipIndex = writtenParts;
                }

                parts++;
            }
            else if (isLast && part.Contains((byte)'.'))
            {
                if (!IsIPv4(part))
                {
                    return false;
                }

                parts += 2;
            }
            else if (IsHextet(part))
            {
                parts++;
            }
            else
            {
                return false;
            }

            writtenParts++;
            if (parts > HextetCount + 1)
            {
                return false;
            }

            if (isLast)
            {
                break;
            }

            rest = rest[(colon + 1)..];
        }

        if (writtenParts < 3)
        {
            return false;
        }

        if (skipIndex < 0)
        {
            return parts == HextetCount && !firstEmpty && !lastEmpty;
        }

        // A leading or trailing ':' is only allowed as half of a "::" at that very end.
        int groupsBefore = firstEmpty ? skipIndex - 1 : skipIndex;
        int groupsAfter = parts - skipIndex - 1 - (lastEmpty ? 1 : 0);
        if ((firstEmpty && groupsBefore != 0) || (lastEmpty && groupsAfter != 0))
        {
            return false;
        }

        // "::" must stand for at least one zero group.
        return groupsBefore + groupsAfter < HextetCount;
    }

    private static bool IsHextet(ReadOnlySpan<byte> part)
    {
        if (part.Length > 4)
        {
            return false;
        }

        foreach (byte b in part)
        {
            if (!char.IsAsciiHexDigit((char)b))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsFfff(ReadOnlySpan<byte> part) =>
        part.Length == 4 && (part[0] | 0x20) == 'f' && (part[1] | 0x20) == 'f' && (part[2] | 0x20) == 'f' && (part[3] | 0x20) == 'f';
}
