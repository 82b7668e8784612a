using System;
using EcsForge.Text;

namespace EcsForge.Parsing;

/// <summary>IP address conversions compiled into parsers; they narrow a located value instead of copying it.</summary>
public static class IpConversions
{
    /// <summary>An IPv4-mapped IPv6 address (<c>::ffff:1.2.3.4</c>) becomes its IPv4 part; other values pass unchanged.</summary>
    public static RawValue UnmapIPv4(ReadOnlySpan<byte> bytes, RawValue value)
    {
        if (value.Kind != RawKind.String || !IpAddressText.TryGetMappedIPv4Start(bytes, out var start))
        {
            return value;
        }

        return new RawValue(RawKind.String, value.Start + start, value.Length - start, value.InScratch);
    }
}
