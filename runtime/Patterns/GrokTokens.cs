using System;
using EcsForge.Text;

namespace EcsForge.Patterns;

/// <summary>
/// Matches <see cref="GrokToken"/>s at a position. Each yields a few candidate ends in grok's preference order; the
/// first is taken and the others are left as alternatives for backtracking.
/// </summary>
public static class GrokTokens
{
    private const int LongestIp = 45;

    /// <summary>
    /// Returns the preferred end of the token at <paramref name="position"/> (or -1), pushing the other candidates.
    /// <paramref name="delimited"/>: the pattern goes on with a byte no IPv6 address contains, or ends, so only an
    /// address spanning the whole run of address characters can be followed, and shorter IPv6 prefixes are not tried.
    /// </summary>
    public static int Branch(GrokToken token, ReadOnlySpan<byte> text, int position, PatternState state, int resume, bool delimited = false)
    {
        // Only IPv6 prefixes, tried when the run is not delimited, can give more than an IPv6 and an IPv4 end.
        Span<int> ends = token is GrokToken.Ip or GrokToken.IPv6 && !delimited ? stackalloc int[LongestIp + 1] : stackalloc int[2];
        var count = Candidates(token, text, position, ends, delimited);
        for (var i = count - 1; i >= 1; i--)
        {
            state.PushAlternative(resume, ends[i]);
        }

        return count == 0 ? -1 : ends[0];
    }

    private static int Candidates(GrokToken token, ReadOnlySpan<byte> text, int position, Span<int> ends, bool delimited)
    {
        switch (token)
        {
            case GrokToken.Ip:
                var count = IPv6Ends(text, position, ends, delimited);
                return count + IPv4End(text, position, ends[count..]);
            case GrokToken.IPv4:
                return IPv4End(text, position, ends);
            case GrokToken.IPv6:
                return IPv6Ends(text, position, ends, delimited);
            case GrokToken.Mac:
                return MacEnd(text, position, ends);
            default:
                return NumberEnd(text, position, ends);
        }
    }

    /// <summary>Every valid IPv6 prefix of the run of address characters, longest first.</summary>
    private static int IPv6Ends(ReadOnlySpan<byte> text, int position, Span<int> ends, bool delimited)
    {
        // Every IPv6 address has two colons at least (::1): an IPv4 address, or one followed by ":port", skips the prefix
        // checks entirely.
        var end = Math.Min(text.Length, position + LongestIp);
        var run = position;
        var colons = 0;
        for (; run < end; run++)
        {
            var value = text[run];
            if (value == (byte)':')
            {
                colons++;
            }
            else if (!IsHex(value) && value != (byte)'.')
            {
                break;
            }
        }

        if (colons < 2)
        {
            return 0;
        }

        if (delimited)
        {
            ends[0] = run;
            return IpAddressText.IsIPv6(text[position..run]) ? 1 : 0;
        }

        var count = 0;
        for (var prefixEnd = run; prefixEnd > position + 1; prefixEnd--)
        {
            if (IpAddressText.IsIPv6(text[position..prefixEnd]))
            {
                ends[count++] = prefixEnd;
            }
        }

        return count;
    }

    /// <summary>A dotted quad of octets 0-255, not glued to other digits (grok's IPV4 lookarounds).</summary>
    private static int IPv4End(ReadOnlySpan<byte> text, int position, Span<int> ends)
    {
        if (position > 0 && IsDigit(text[position - 1]))
        {
            return 0;
        }

        var cursor = position;
        for (var octet = 0; octet < 4; octet++)
        {
            if (octet > 0)
            {
                if (cursor >= text.Length || text[cursor] != (byte)'.')
                {
                    return 0;
                }

                cursor++;
            }

            var value = 0;
            var digits = 0;
            while (cursor < text.Length && digits < 3 && IsDigit(text[cursor]))
            {
                value = (value * 10) + (text[cursor] - '0');
                cursor++;
                digits++;
            }

            if (digits == 0 || value > 255)
            {
                return 0;
            }
        }

        if (cursor < text.Length && IsDigit(text[cursor]))
        {
            return 0;
        }

        ends[0] = cursor;
        return 1;
    }

    /// <summary>
    /// Grok's MAC: Cisco's <c>0011.2233.4455</c>, Windows' <c>00-11-22-33-44-55</c> or the common <c>00:11:22:33:44:55</c>.
    /// The third byte tells them apart (a hex digit only in Cisco's), so one form is tried.
    /// </summary>
    private static int MacEnd(ReadOnlySpan<byte> text, int position, Span<int> ends)
    {
        var separator = position + 2 < text.Length ? text[position + 2] : (byte)0;
        var matched = separator is (byte)'-' or (byte)':'
            ? HexGroups(text, position, groups: 6, digits: 2, separator)
            : HexGroups(text, position, groups: 3, digits: 4, separator: (byte)'.');
        if (!matched)
        {
            return 0;
        }

        ends[0] = position + (separator is (byte)'-' or (byte)':' ? 17 : 14);
        return 1;
    }

    /// <summary>Grok's BASE10NUM: optional sign, digits with optional fraction (or a bare fraction), matched whole.</summary>
    private static int NumberEnd(ReadOnlySpan<byte> text, int position, Span<int> ends)
    {
        if (position > 0 && text[position - 1] is (byte)'.' or (byte)'+' or (byte)'-' || position > 0 && IsDigit(text[position - 1]))
        {
            return 0;
        }

        var cursor = position;
        if (cursor < text.Length && text[cursor] is (byte)'+' or (byte)'-')
        {
            cursor++;
        }

        var integerStart = cursor;
        while (cursor < text.Length && IsDigit(text[cursor]))
        {
            cursor++;
        }

        var hasInteger = cursor > integerStart;
        if (cursor + 1 < text.Length && text[cursor] == (byte)'.' && IsDigit(text[cursor + 1]))
        {
            cursor += 2;
            while (cursor < text.Length && IsDigit(text[cursor]))
            {
                cursor++;
            }
        }
        else if (!hasInteger)
        {
            return 0;
        }

        ends[0] = cursor;
        return 1;
    }

    private static bool HexGroups(ReadOnlySpan<byte> text, int position, int groups, int digits, byte separator)
    {
        var length = (groups * digits) + groups - 1;
        if (text.Length - position < length)
        {
            return false;
        }

        var cursor = position;
        for (var group = 0; group < groups; group++)
        {
            if (group > 0 && text[cursor++] != separator)
            {
                return false;
            }

            for (var end = cursor + digits; cursor < end; cursor++)
            {
                if (!IsHex(text[cursor]))
                {
                    return false;
                }
            }
        }

        return true;
    }

    // Called per byte from matchers the JIT may have stopped inlining into.
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private static bool IsDigit(byte value) => value is >= (byte)'0' and <= (byte)'9';

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private static bool IsHex(byte value) => IsDigit(value) || (value | 0x20) is >= (byte)'a' and <= (byte)'f';
}
