// Compiled into the generator too (a linked file, as System.Text.Json's generator does), so the two cannot drift.
#if ECSFORGE_GENERATOR
namespace EcsForge.Generator.Shared;
#else
namespace EcsForge.Mapping;
#endif

/// <summary>Value conversions the generator knows how to compile.</summary>
public enum Conversion
{
    None = 0,

    /// <summary>Unix epoch in nanoseconds (number or numeric string) to an RFC 3339 UTC timestamp with microseconds.</summary>
    EpochNanoseconds = 1,

    /// <summary>An IPv4-mapped IPv6 address (<c>::ffff:1.2.3.4</c>) becomes the IPv4 address; other values pass unchanged.</summary>
    UnmapIPv4 = 2,

    /// <summary>A text date (<c>2021-01-28 13:46:08</c>, or ISO 8601) to RFC 3339 UTC; no zone means UTC.</summary>
    Rfc3339 = 3,

    /// <summary>The text before the first <c>Delimiter</c>, or all of it.</summary>
    BeforeDelimiter = 4,

    /// <summary>The text after the first <c>Delimiter</c>, or nothing.</summary>
    AfterDelimiter = 5,

    /// <summary>A list of the pieces of the text between <c>Delimiter</c>s.</summary>
    Split = 6,

    /// <summary>The text without the leading and trailing characters listed in <c>Delimiter</c> (Python's <c>text.strip(chars)</c>).</summary>
    Trim = 7,

    /// <summary>The items of a list that are IP addresses (a single IP address stays as it is; anything else is dropped).</summary>
    IpAddresses = 8,
}
