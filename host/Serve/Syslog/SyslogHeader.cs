using System;

namespace EcsForge.Host.Serve.Syslog;

/// <summary>
/// Strips the syslog header in front of a message: RFC 5424 (<c>&lt;pri&gt;1 timestamp host app procid msgid
/// structured-data msg</c>) or RFC 3164 (<c>&lt;pri&gt;Mmm dd hh:mm:ss host tag: msg</c>). A frame that starts with a
/// priority but matches neither loses only the priority; a frame without one is returned as is. Never throws.
/// </summary>
public static class SyslogHeader
{
    private const byte Space = (byte)' ';

    private static ReadOnlySpan<byte> Utf8Bom => [0xEF, 0xBB, 0xBF];

    private static ReadOnlySpan<byte> Months => "JanFebMarAprMayJunJulAugSepOctNovDec"u8;

    public static ReadOnlySpan<byte> Strip(ReadOnlySpan<byte> frame)
    {
        if (!TrySkipPriority(frame, out var rest))
        {
            return frame;
        }

        if (TrySkipRfc5424(rest, out var message) || TrySkipRfc3164(rest, out message))
        {
            return message;
        }

        return rest;
    }

    /// <summary><c>&lt;</c>, one to three digits, <c>&gt;</c>.</summary>
    private static bool TrySkipPriority(ReadOnlySpan<byte> frame, out ReadOnlySpan<byte> rest)
    {
        rest = default;
        if (frame.IsEmpty || frame[0] != (byte)'<')
        {
            return false;
        }

        var digits = CountDigits(frame[1..], 3);
        if (digits == 0 || frame.Length <= 1 + digits || frame[1 + digits] != (byte)'>')
        {
            return false;
        }

        rest = frame[(2 + digits)..];
        return true;
    }

    /// <summary>VERSION SP TIMESTAMP SP HOSTNAME SP APP-NAME SP PROCID SP MSGID SP STRUCTURED-DATA [SP MSG].</summary>
    private static bool TrySkipRfc5424(ReadOnlySpan<byte> rest, out ReadOnlySpan<byte> message)
    {
        message = default;
        var version = CountDigits(rest, 2);
        if (version == 0 || rest[0] == (byte)'0' || rest.Length <= version || rest[version] != Space)
        {
            return false;
        }

        rest = rest[(version + 1)..];
        for (var field = 0; field < 5; field++)
        {
            var end = rest.IndexOf(Space);
            if (end <= 0)
            {
                return false;
            }

            rest = rest[(end + 1)..];
        }

        if (!TrySkipStructuredData(rest, out rest))
        {
            return false;
        }

        if (!rest.IsEmpty)
        {
            if (rest[0] != Space)
            {
                return false;
            }

            rest = rest[1..];
        }

        message = rest.StartsWith(Utf8Bom) ? rest[Utf8Bom.Length..] : rest;
        return true;
    }

    /// <summary>
    /// <c>-</c>, or one or more <c>[id param="value" ...]</c> elements whose quoted values may hold <c>\"</c>,
    /// <c>\\</c> and <c>\]</c>.
    /// </summary>
    private static bool TrySkipStructuredData(ReadOnlySpan<byte> data, out ReadOnlySpan<byte> rest)
    {
        rest = default;
        if (data.IsEmpty)
        {
            return false;
        }

        if (data[0] == (byte)'-')
        {
            rest = data[1..];
            return true;
        }

        var position = 0;
        while (position < data.Length && data[position] == (byte)'[')
        {
            var quoted = false;
            position++;
            while (true)
            {
                if (position >= data.Length)
                {
                    return false;
                }

                var b = data[position++];
                if (quoted && b == (byte)'\\')
                {
                    position++;
                }
                else if (b == (byte)'"')
                {
                    quoted = !quoted;
                }
                else if (!quoted && b == (byte)']')
                {
                    break;
                }
            }
        }

        if (position == 0)
        {
            return false;
        }

        rest = data[position..];
        return true;
    }

    /// <summary>TIMESTAMP (<c>Mmm dd hh:mm:ss</c>, day padded with a space) SP HOSTNAME SP [TAG[pid]: ]MSG.</summary>
    private static bool TrySkipRfc3164(ReadOnlySpan<byte> rest, out ReadOnlySpan<byte> message)
    {
        message = default;
        if (!IsTimestamp(rest))
        {
            return false;
        }

        rest = rest[16..];
        var hostEnd = rest.IndexOf(Space);
        if (hostEnd <= 0)
        {
            return false;
        }

        rest = rest[(hostEnd + 1)..];
        var tagEnd = rest.IndexOf(Space);
        var token = tagEnd < 0 ? rest : rest[..tagEnd];
        message = IsTag(token) ? rest[(tagEnd < 0 ? rest.Length : tagEnd + 1)..] : rest;
        return true;
    }

    /// <summary><c>Mmm dd hh:mm:ss </c>: 16 bytes, trailing space included.</summary>
    private static bool IsTimestamp(ReadOnlySpan<byte> text)
    {
        if (text.Length < 16 || text[3] != Space || text[6] != Space || text[9] != (byte)':' || text[12] != (byte)':' || text[15] != Space)
        {
            return false;
        }

        var month = Months.IndexOf(text[..3]);
        return month >= 0 && month % 3 == 0
            && (text[4] == Space || IsDigit(text[4])) && IsDigit(text[5])
            && IsDigit(text[7]) && IsDigit(text[8]) && IsDigit(text[10]) && IsDigit(text[11]) && IsDigit(text[13]) && IsDigit(text[14]);
    }

    /// <summary>A program name, optionally followed by <c>[pid]</c>, ending with a colon: <c>PulseSecure:</c>, <c>sshd[42]:</c>.</summary>
    private static bool IsTag(ReadOnlySpan<byte> token)
    {
        if (token.Length < 2 || token[^1] != (byte)':')
        {
            return false;
        }

        var name = token[..^1];
        var open = name.IndexOf((byte)'[');
        if (open >= 0)
        {
            if (name[^1] != (byte)']' || CountDigits(name[(open + 1)..], int.MaxValue) != name.Length - open - 2)
            {
                return false;
            }

            name = name[..open];
        }

        if (name.IsEmpty)
        {
            return false;
        }

        foreach (var b in name)
        {
            if (!(IsDigit(b) || (uint)((b | 0x20) - 'a') <= 'z' - 'a' || b is (byte)'-' or (byte)'_' or (byte)'.' or (byte)'/'))
            {
                return false;
            }
        }

        return true;
    }

    private static int CountDigits(ReadOnlySpan<byte> text, int max)
    {
        var count = 0;
        while (count < text.Length && count < max && IsDigit(text[count]))
        {
            count++;
        }

        return count;
    }

    private static bool IsDigit(byte b) => (uint)(b - '0') <= 9;
}
