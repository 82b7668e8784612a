namespace EcsForge.Mapping;

/// <summary>Value conversions the generator knows how to compile.</summary>
public enum Conversion
{
    None = 0,

    /// <summary>Unix epoch in nanoseconds (number or numeric string) to an RFC 3339 UTC timestamp with microseconds.</summary>
    EpochNanoseconds = 1,

    /// <summary>An IPv4-mapped IPv6 address (<c>::ffff:1.2.3.4</c>) becomes the IPv4 address; other values pass unchanged.</summary>
    UnmapIPv4 = 2,
}
