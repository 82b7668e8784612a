using System;
using System.Text;
using EcsForge.Parsing;

namespace EcsForge.Inference;

/// <summary>
/// The parts of an absolute URL (<c>scheme://[user@]host[:port][/path][?query][#fragment]</c>) as the platform infers
/// <c>url.*</c> from <c>url.original</c>: slices of the original value, and the port, explicit or the scheme's default.
/// </summary>
public readonly struct UrlParts
{
    private UrlParts(in RawValue full, in RawValue scheme, in RawValue domain, int port, in RawValue path, in RawValue query, in RawValue fragment)
    {
        Full = full;
        Scheme = scheme;
        Domain = domain;
        Port = port;
        Path = path;
        Query = query;
        Fragment = fragment;
    }

    /// <summary>The whole URL (<c>url.full</c>).</summary>
    public RawValue Full { get; }

    /// <summary>The scheme without <c>://</c>.</summary>
    public RawValue Scheme { get; }

    /// <summary>The host: no user information, port or IPv6 brackets.</summary>
    public RawValue Domain { get; }

    /// <summary>The explicit port, else 80 for http and 443 for https; 0 when neither.</summary>
    public int Port { get; }

    public bool HasPort => Port > 0;

    /// <summary>From the first '/' after the host to the query or fragment.</summary>
    public RawValue Path { get; }

    /// <summary>After '?', without it.</summary>
    public RawValue Query { get; }

    /// <summary>After '#', without it.</summary>
    public RawValue Fragment { get; }

    /// <summary>
    /// Splits <paramref name="value"/>, whose text is <paramref name="bytes"/>; anything but an absolute URL with a
    /// host gives no parts (every part missing).
    /// </summary>
    public static UrlParts Split(ReadOnlySpan<byte> bytes, in RawValue value)
    {
        if (value.Kind != RawKind.String)
        {
            return default;
        }

        var schemeEnd = bytes.IndexOf("://"u8);
        if (schemeEnd <= 0 || !IsScheme(bytes[..schemeEnd]))
        {
            return default;
        }

        var authorityStart = schemeEnd + 3;
        var authorityLength = bytes[authorityStart..].IndexOfAny("/?#"u8);
        var authorityEnd = authorityLength < 0 ? bytes.Length : authorityStart + authorityLength;
        var hostStart = authorityStart + bytes[authorityStart..authorityEnd].LastIndexOf((byte)'@') + 1;
        int hostEnd;
        int portStart;
        if (hostStart < authorityEnd && bytes[hostStart] == '[')
        {
            var close = bytes[hostStart..authorityEnd].IndexOf((byte)']');
            if (close < 0)
            {
                return default;
            }

            hostEnd = hostStart + close;
            hostStart++;
            portStart = hostEnd + 1 < authorityEnd && bytes[hostEnd + 1] == ':' ? hostEnd + 2 : -1;
        }
        else
        {
            var colon = bytes[hostStart..authorityEnd].IndexOf((byte)':');
            hostEnd = colon < 0 ? authorityEnd : hostStart + colon;
            portStart = colon < 0 ? -1 : hostEnd + 1;
        }

        if (hostEnd <= hostStart)
        {
            return default;
        }

        var scheme = bytes[..schemeEnd];
        int port;
        if (portStart >= 0 && portStart < authorityEnd)
        {
            if (!TryParsePort(bytes[portStart..authorityEnd], out port))
            {
                return default;
            }
        }
        else
        {
            port = DefaultPort(scheme);
        }

        var fragmentIndex = bytes[authorityEnd..].IndexOf((byte)'#');
        var fragmentStart = fragmentIndex < 0 ? bytes.Length : authorityEnd + fragmentIndex;
        var queryIndex = bytes[authorityEnd..fragmentStart].IndexOf((byte)'?');
        var queryStart = queryIndex < 0 ? fragmentStart : authorityEnd + queryIndex;
        return new UrlParts(
            value,
            Slice(value, 0, schemeEnd),
            Slice(value, hostStart, hostEnd - hostStart),
            port,
            Slice(value, authorityEnd, queryStart - authorityEnd),
            queryStart < fragmentStart ? Slice(value, queryStart + 1, fragmentStart - queryStart - 1) : default,
            fragmentStart < bytes.Length ? Slice(value, fragmentStart + 1, bytes.Length - fragmentStart - 1) : default);
    }

    private static bool IsScheme(ReadOnlySpan<byte> scheme)
    {
        if (!char.IsAsciiLetter((char)scheme[0]))
        {
            return false;
        }

        foreach (var b in scheme)
        {
            if (!char.IsAsciiLetterOrDigit((char)b) && b is not ((byte)'+' or (byte)'-' or (byte)'.'))
            {
                return false;
            }
        }

        return true;
    }

    private static bool TryParsePort(ReadOnlySpan<byte> text, out int port)
    {
        port = 0;
        if (text.Length > 5)
        {
            return false;
        }

        foreach (var b in text)
        {
            if (b < '0' || b > '9')
            {
                return false;
            }

            port = (port * 10) + (b - '0');
        }

        return port <= 65535;
    }

    private static int DefaultPort(ReadOnlySpan<byte> scheme)
    {
        if (scheme.Length == 4 && Ascii.EqualsIgnoreCase(scheme, "http"u8))
        {
            return 80;
        }

        return scheme.Length == 5 && Ascii.EqualsIgnoreCase(scheme, "https"u8) ? 443 : 0;
    }

    private static RawValue Slice(in RawValue value, int offset, int length)
        => length == 0 ? default : new RawValue(RawKind.String, value.Start + offset, length, value.InScratch);
}
