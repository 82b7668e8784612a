using System;

namespace EcsForge.Inference;

/// <summary>
/// Where the parts of a domain lie in the span given to <see cref="PublicSuffixList.TrySplit"/>; offsets rather than
/// slices so the struct can outlive the span and callers pick the parts they need without allocating.
/// </summary>
public readonly struct DomainParts
{
    internal DomainParts(int hostLength, int registeredDomainStart, int topLevelDomainStart)
    {
        HostLength = hostLength;
        RegisteredDomainStart = registeredDomainStart;
        TopLevelDomainStart = topLevelDomainStart;
    }

    /// <summary>The host is <c>utf8[..HostLength]</c>: no path, query, fragment, port or trailing '.'.</summary>
    public int HostLength { get; }

    /// <summary>The registered domain is <c>utf8[RegisteredDomainStart..HostLength]</c>.</summary>
    public int RegisteredDomainStart { get; }

    /// <summary>The public suffix is <c>utf8[TopLevelDomainStart..HostLength]</c>; it may span several labels ("co.uk").</summary>
    public int TopLevelDomainStart { get; }

    /// <summary>
    /// False for a host under an unlisted suffix split with <c>keepUnlisted</c>: it has only a subdomain, and
    /// <see cref="RegisteredDomain"/> and <see cref="TopLevelDomain"/> are empty.
    /// </summary>
    public bool HasRegisteredDomain => TopLevelDomainStart >= 0;

    /// <summary>True when labels precede the registered domain; the subdomain is <c>utf8[..(RegisteredDomainStart - 1)]</c>.</summary>
    public bool HasSubdomain => RegisteredDomainStart > 0;

    public ReadOnlySpan<byte> Host(ReadOnlySpan<byte> utf8) => utf8[..HostLength];

    public ReadOnlySpan<byte> RegisteredDomain(ReadOnlySpan<byte> utf8) => HasRegisteredDomain ? utf8[RegisteredDomainStart..HostLength] : default;

    public ReadOnlySpan<byte> TopLevelDomain(ReadOnlySpan<byte> utf8) => HasRegisteredDomain ? utf8[TopLevelDomainStart..HostLength] : default;

    /// <summary>The labels before the registered domain, or empty when there are none.</summary>
    public ReadOnlySpan<byte> Subdomain(ReadOnlySpan<byte> utf8) => HasSubdomain ? utf8[..(RegisteredDomainStart - 1)] : default;
}
