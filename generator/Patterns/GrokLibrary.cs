using System.Collections.Generic;
using EcsForge.Generator.Shared;

namespace EcsForge.Generator.Patterns;

/// <summary>
/// The grok patterns the generator knows: regexes in the supported subset, or tokens matched by span functions where
/// grok's own definition relies on lookarounds or atomic groups (IP, MAC, NUMBER).
/// </summary>
internal static class GrokLibrary
{
    /// <summary>Tokens, by grok name, with the runtime <see cref="GrokToken"/> member they compile to.</summary>
    public static readonly Dictionary<string, GrokToken> Tokens = new()
    {
        ["IP"] = GrokToken.Ip,
        ["IPV4"] = GrokToken.IPv4,
        ["IPV6"] = GrokToken.IPv6,
        ["MAC"] = GrokToken.Mac,
        ["NUMBER"] = GrokToken.Number,
        ["BASE10NUM"] = GrokToken.Number,
    };

    public static readonly Dictionary<string, string> Definitions = new()
    {
        ["DATA"] = ".*?",
        ["GREEDYDATA"] = ".*",
        ["USERNAME"] = "[a-zA-Z0-9._-]+",
        ["USER"] = "%{USERNAME}",
        ["INT"] = "[+-]?[0-9]+",
        ["POSINT"] = "[1-9][0-9]*",
        ["NONNEGINT"] = "[0-9]+",
        ["WORD"] = "[A-Za-z0-9_]+",
        ["NOTSPACE"] = "\\S+",
        ["SPACE"] = "\\s*",
        // Grok bounds labels to 63 characters and wraps the name in \b; the label grammar is kept, the bounds are not.
        ["HOSTNAME"] = "[0-9A-Za-z][0-9A-Za-z-]{0,62}(?:\\.[0-9A-Za-z][0-9A-Za-z-]{0,62})*\\.?",
        ["HOST"] = "%{HOSTNAME}",
        ["IPORHOST"] = "(?:%{IP}|%{HOSTNAME})",
        ["URIPATH"] = "(?:/[A-Za-z0-9$.+!*'(){},~:;=@#%&_\\-]*)+",
        ["URIPARAM"] = "\\?[A-Za-z0-9$.+!*'|(){},~@#%&/=:;_?\\-\\[\\]<>]*",
        ["URIPATHPARAM"] = "%{URIPATH}(?:%{URIPARAM})?",
    };

    public static string KnownNames()
    {
        var names = new List<string>(Tokens.Keys);
        names.AddRange(Definitions.Keys);
        names.Sort(System.StringComparer.Ordinal);
        return string.Join(", ", names);
    }
}
