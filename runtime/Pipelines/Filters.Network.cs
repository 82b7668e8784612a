using System;
using System.Text;
using EcsForge.Text;

namespace EcsForge.Pipelines;

public static partial class Filters
{
    /// <summary>
    /// The platform's <c>is_ipaddress</c>: whether Python's <c>ipaddress.ip_address(value)</c> accepts the value, with
    /// the strict text rules of <see cref="IpAddressText"/> (no leading zeros in IPv4 octets, as Python 3.9.5+);
    /// Python also accepts a non-negative integer.
    /// </summary>
    public static Value IsIpAddress(ValueArena arena, Value value) => IpTest(arena, value, v4: true, v6: true);

    public static Value IsIpv4(ValueArena arena, Value value) => IpTest(arena, value, v4: true, v6: false);

    public static Value IsIpv6(ValueArena arena, Value value) => IpTest(arena, value, v4: false, v6: true);

    /// <summary>
    /// The platform's <c>is_url</c>: <c>urllib.parse.urlparse(value)</c> finds both a scheme (a letter, then letters,
    /// digits, <c>+-.</c>, before the first <c>:</c>) and a network location (after <c>//</c>).
    /// </summary>
    public static Value IsUrl(ValueArena arena, Value value)
    {
        if (value.Kind != ValueKind.String)
        {
            return value.IsError ? value : Value.False;
        }

        // urlsplit strips leading C0 controls and spaces, and drops tabs and newlines anywhere.
        var text = arena.Text(value).TrimStart("\0\x01\x02\x03\x04\x05\x06\x07\x08\t\n\x0b\x0c\r\x0e\x0f\x10\x11\x12\x13\x14\x15\x16\x17\x18\x19\x1a\x1b\x1c\x1d\x1e\x1f ".AsSpan());
        var colon = text.IndexOf(':');
        if (colon <= 0 || !char.IsAsciiLetter(text[0]))
        {
            return Value.False;
        }

        foreach (var c in text[..colon])
        {
            if (!(char.IsAsciiLetterOrDigit(c) || c is '+' or '-' or '.' || c is '\t' or '\n' or '\r'))
            {
                return Value.False;
            }
        }

        var rest = text[(colon + 1)..];
        var at = 0;
        var slashes = 0;
        while (at < rest.Length && slashes < 2)
        {
            if (rest[at] is '\t' or '\n' or '\r')
            {
                at++;
                continue;
            }

            if (rest[at] != '/')
            {
                return Value.False;
            }

            slashes++;
            at++;
        }

        if (slashes < 2)
        {
            return Value.False;
        }

        var netloc = rest[at..];
        var end = netloc.IndexOfAny("/?#".AsSpan());
        netloc = end < 0 ? netloc : netloc[..end];
        foreach (var c in netloc)
        {
            if (c is not ('\t' or '\n' or '\r'))
            {
                return Value.True;
            }
        }

        return Value.False;
    }

    /// <summary>
    /// The platform's <c>to_mac_address</c>: twelve hex digits, bare or grouped by <c>:</c>, <c>-</c> or <c>.</c>
    /// (<c>aabbccddeeff</c>, <c>AA-BB-CC-DD-EE-FF</c>, <c>0050.5683.69cd</c>), written upper case with colons,
    /// <c>00:50:56:83:69:CD</c>, as the catalogue's cases expect (Cisco/cisco-ise, Cisco/cisco-nx-os tests). Anything
    /// else raises.
    /// </summary>
    public static Value ToMacAddress(ValueArena arena, Value value)
    {
        if (value.Kind != ValueKind.String)
        {
            return value.IsError ? value : Value.Error;
        }

        var text = arena.Text(value).Trim();
        Span<char> digits = stackalloc char[12];
        var count = 0;
        foreach (var c in text)
        {
            if (c is ':' or '-' or '.')
            {
                continue;
            }

            if (!char.IsAsciiHexDigit(c) || count == 12)
            {
                return Value.Error;
            }

            digits[count++] = char.ToUpperInvariant(c);
        }

        if (count != 12)
        {
            return Value.Error;
        }

        var start = arena.BeginString();
        for (var i = 0; i < 12; i += 2)
        {
            if (i > 0)
            {
                arena.Append(':');
            }

            arena.Append(digits.Slice(i, 2));
        }

        return arena.EndString(start);
    }

    /// <summary>The platform's <c>basename</c>: Python's <c>ntpath.basename</c>, which splits on both <c>/</c> and <c>\</c>.</summary>
    public static Value Basename(ValueArena arena, Value value)
    {
        if (value.Kind != ValueKind.String)
        {
            return value.IsError ? value : Value.Error;
        }

        var (_, basename) = SplitPath(arena.Text(value));
        return ValueArena.Slice(value, value.Length - basename, basename);
    }

    /// <summary>
    /// The platform's <c>dirname</c>: what precedes the last separator, which alone goes (<c>C:\Windows\cmd.exe</c>
    /// gives <c>C:\Windows</c>, <c>/a//b</c> gives <c>/a/</c>: VMware ESXi, Windows), the drive and root kept as
    /// <c>ntpath.dirname</c> keeps them (<c>/a</c> gives <c>/</c>, <c>C:\a</c> gives <c>C:\</c>).
    /// </summary>
    public static Value Dirname(ValueArena arena, Value value)
    {
        if (value.Kind != ValueKind.String)
        {
            return value.IsError ? value : Value.Error;
        }

        var (dirname, _) = SplitPath(arena.Text(value));
        return ValueArena.Slice(value, 0, dirname);
    }

    /// <summary>
    /// <c>ntpath.split</c> as lengths, but for the separators before the base name, of which only the last goes: the
    /// directory is a prefix of the path (drive and root, then the head), the base name a suffix.
    /// </summary>
    private static (int Dirname, int Basename) SplitPath(ReadOnlySpan<char> path)
    {
        var prefix = DriveLength(path);
        if (prefix < path.Length && path[prefix] is '/' or '\\')
        {
            prefix++;
        }

        var rest = path[prefix..];
        var last = rest.LastIndexOfAny('/', '\\');
        return (prefix + Math.Max(last, 0), rest.Length - last - 1);
    }

    /// <summary><c>ntpath.splitdrive</c>: <c>C:</c>, or a UNC <c>\\server\share</c>; 0 when there is none.</summary>
    private static int DriveLength(ReadOnlySpan<char> path)
    {
        if (path.Length >= 2 && path[1] == ':' && !(path[0] is '/' or '\\'))
        {
            return 2;
        }

        if (path.Length >= 3 && path[0] is '/' or '\\' && path[1] is '/' or '\\' && !(path[2] is '/' or '\\'))
        {
            var server = path[2..].IndexOfAny('/', '\\');
            if (server < 0)
            {
                return path.Length;
            }

            var shareStart = 2 + server + 1;
            var share = path[shareStart..].IndexOfAny('/', '\\');
            return share < 0 ? path.Length : shareStart + share;
        }

        return 0;
    }

    private static Value IpTest(ValueArena arena, in Value value, bool v4, bool v6)
    {
        switch (value.Kind)
        {
            case ValueKind.Error:
                return value;
            case ValueKind.Integer:
                return Value.Bool(value.Integer >= 0 && (value.Integer <= uint.MaxValue ? v4 : v6));
            case ValueKind.String:
                var text = arena.Text(value);
                if (text.Length > 256 || !Ascii.IsValid(text))
                {
                    return Value.False;
                }

                Span<byte> utf8 = stackalloc byte[text.Length];
                Ascii.FromUtf16(text, utf8, out _);
                return Value.Bool((v4 && IpAddressText.IsIPv4(utf8)) || (v6 && IpAddressText.IsIPv6(utf8)));
            default:
                return Value.False;
        }
    }
}
