// Compiled into the generator too (a linked file, as System.Text.Json's generator does), so the two cannot drift.
#if ECSFORGE_GENERATOR
namespace EcsForge.Generator.Shared;
#else
namespace EcsForge.Patterns;
#endif

/// <summary>Grok patterns matched by span functions rather than expanded regexes (their grammars are not regular-friendly).</summary>
public enum GrokToken
{
    /// <summary>An IPv6 or IPv4 address (IPv6 tried first, as grok's <c>IP</c> does).</summary>
    Ip,
    IPv4,
    IPv6,

    /// <summary>Cisco (<c>0011.2233.4455</c>), Windows (<c>00-11-22-33-44-55</c>) or common (<c>00:11:22:33:44:55</c>) MAC address.</summary>
    Mac,

    /// <summary>A decimal number, matched whole (grok's <c>BASE10NUM</c> is atomic).</summary>
    Number,
}
