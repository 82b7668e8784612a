using System.Collections.Generic;

namespace EcsForge.Generator.Patterns;

/// <summary>
/// The grok patterns the generator knows: regexes in the supported subset, or tokens matched by span functions where
/// grok's own definition relies on lookarounds or atomic groups (IP, MAC, NUMBER).
/// </summary>
internal static class GrokLibrary
{
    /// <summary>Tokens, by grok name, with the runtime <c>GrokToken</c> member they compile to.</summary>
    public static readonly Dictionary<string, string> Tokens = new()
    {
        ["IP"] = "Ip",
        ["IPV4"] = "IPv4",
        ["IPV6"] = "IPv6",
        ["MAC"] = "Mac",
        ["NUMBER"] = "Number",
        ["BASE10NUM"] = "Number",
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
