using System;

// Compiled into the generator too (a linked file, as System.Text.Json's generator does), so the two cannot drift.
#if ECSFORGE_GENERATOR
namespace EcsForge.Generator.Shared;
#else
namespace EcsForge.Mapping;
#endif

/// <summary>Checks a mapped value must pass to be written.</summary>
[Flags]
public enum Require
{
    None = 0,

    /// <summary>The value is an IPv4 or IPv6 address in text form.</summary>
    IpAddress = 1,

    /// <summary>
    /// The value is text of exactly 64 characters, the length of a hex SHA-256 (the pipelines' <c>| length == 64</c>
    /// filter on file hashes).
    /// </summary>
    Sha256Length = 2,
}
