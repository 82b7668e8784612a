namespace EcsForge.Generator.Inference;

/// <summary>
/// The platform's post-processing, as data: what it adds to every event after the pipeline ran. Each rule names the
/// catalogue formats whose recorded cases show it (../shared/catalogue, 3,439 cases; the figures are cases that agree).
/// <see cref="InferencePlan"/> applies them to what a dataset can write; nothing else in the generator decides them.
/// </summary>
internal static class PlatformRules
{
    /// <summary>
    /// Groups whose <c>address</c> is inferred when the dataset does not write it: the domain if there is one, else
    /// the IP (AWS cloudfront, Aruba OS, CEF: 49 cases with both, all take the domain). <c>server</c> never gets one
    /// (Broadcom cloud-secure-web-gateway, 52 cases with <c>server.ip</c> and no <c>server.address</c>).
    /// </summary>
    public static readonly string[] AddressGroups = { "client", "destination", "source" };

    /// <summary>
    /// Groups whose <c>registered_domain</c>, <c>top_level_domain</c> and <c>subdomain</c> come from a domain field.
    /// For an address group the parts are written only when its address is that domain: inferred (AWS cloudfront,
    /// BeyondTrust, Checkpoint HEC: 383 cases) or written equal to it; a written address that is an IP or another
    /// text leaves the domain whole (Fortigate, NGINX, Postfix: 112 cases with an IP address and a domain).
    /// </summary>
    public static readonly (string Group, string DomainField)[] DomainGroups =
    {
        ("client", "client.domain"),
        ("destination", "destination.domain"),
        ("source", "source.domain"),
        ("url", "url.domain"),
        ("dns.question", "dns.question.name"), // BIND, Infoblox DDI: 97 cases
    };

    /// <summary>
    /// The <c>url</c> group's parts come from the host of the first of these that is set, none when it is not an
    /// absolute URL, and from <c>url.domain</c> only when neither is (F5 BIG-IP, Imperva, Netskope, Zscaler: every one of
    /// the 270 cases with a <c>url.domain</c> agrees).
    /// </summary>
    public static readonly string[] UrlHostFields = { "url.full", "url.original" };

    /// <summary>
    /// The fields feeding each inferred <c>related.*</c> list (distinct string values, list items included). Checked
    /// over every case whose pipeline does not set <c>related</c> itself: ip 100%, user 99.6%, hosts 99.4%, hash 100%.
    /// </summary>
    public static readonly (string List, string[] Feeders)[] Related =
    {
        // Only these IP fields: network.forwarded_ip (Fortigate, Imperva) and threat.indicator.ip (CrowdStrike Falcon)
        // are left out although typed ip.
        ("ip", new[]
        {
            "client.ip", "client.nat.ip", "destination.ip", "destination.nat.ip", "dns.resolved_ip", "host.ip",
            "observer.ip", "server.ip", "server.nat.ip", "source.ip", "source.nat.ip",
        }),
        // user.target.name (1Password EPM, HarfangLab) and user.effective.name are users; user.id and user.email are not.
        // file.owner is too (Google report, Microsoft 365 Defender: all 15 cases with one).
        ("user", new[]
        {
            "user.name", "client.user.name", "destination.user.name", "server.user.name", "source.user.name",
            "user.target.name", "user.effective.name", "file.owner",
        }),
        // host.hostname but not host.name (Windows: 97 cases with a host.name absent from related.hosts);
        // observer.hostname (186 cases); url.domain only when the dataset writes it (Fortiproxy, Imperva, Netskope: 121
        // cases), not when it is split out of url.original (Office 365, OGO shield, Ping Federate: 106 cases).
        ("hosts", new[]
        {
            "client.domain", "destination.domain", "server.domain", "source.domain", "url.domain", "dns.question.name",
            "host.hostname", "observer.hostname",
        }),
        // Microsoft 365 Defender, CrowdStrike, HarfangLab, OCSF (ssdeep), Palo Alto (tls.server): 278 cases.
        // Not process.parent.parent (Trend Micro Vision One), file.pe.imphash (HarfangLab) nor file.hash.tlsh (OCSF).
        ("hash", new[]
        {
            "file.hash.md5", "file.hash.sha1", "file.hash.sha256", "file.hash.ssdeep",
            "process.hash.md5", "process.hash.sha1", "process.hash.sha256",
            "process.parent.hash.md5", "process.parent.hash.sha1", "process.parent.hash.sha256",
            "dll.hash.md5", "dll.hash.sha1", "dll.hash.sha256",
            "tls.server.hash.sha1", "tls.server.hash.sha256",
        }),
    };

    /// <summary>
    /// Fields written with another field's value when the dataset does not write them: <c>host.name</c> from
    /// <c>host.hostname</c> (SekoiaIO endpoint, WithSecure, OCSF: 62 cases; Windows writes its own in 106). The legacy
    /// <c>action.outcome</c> is <c>event.outcome</c> even over a written one (<c>Overrides</c>: every one of the
    /// catalogue's cases with an action.outcome agrees, OpenSSH's "success # legacy" with a failed action included).
    /// </summary>
    public static readonly (string Target, string From, bool Overrides)[] Copies =
    {
        ("host.name", "host.hostname", false),
        ("event.outcome", "action.outcome", true),
    };

    /// <summary>
    /// <c>file.name</c> and <c>file.directory</c> split from <c>file.path</c> at its last <c>/</c> or <c>\</c> when the
    /// dataset writes neither (Symantec endpoint protection: 27 cases, CrowdStrike telemetry, CEF); a path without a
    /// separator has the directory <c>""</c>, which is written (CrowdStrike telemetry, CEF).
    /// </summary>
    public const string PathField = "file.path";

    public const string PathNameField = "file.name";

    public const string PathDirectoryField = "file.directory";

    // Not in this table because they are per value, not per field: coercion to the field's type (runtime
    // EcsValueWriter, chosen from the field's type at compile time: long from integer text, Akamai/Nozomi/Seckiot, 119
    // cases) and the empty list kept as written (RawKind.EmptyList: Azure AD, Darktrace, Stormshield, 52 cases).

    /// <summary>The <c>url.*</c> parts split out of an absolute <c>url.original</c>, each unless the dataset writes it.</summary>
    public static readonly string[] UrlParts = { "full", "scheme", "domain", "port", "path", "query", "fragment" };

    /// <summary>The <c>user_agent.*</c> fields ua-parser infers from <c>user_agent.original</c>, with the <c>UserAgentDetails</c> property of each.</summary>
    public static readonly (string Field, string Property)[] UserAgentParts =
    {
        ("user_agent.name", "Name"),
        ("user_agent.version", "Version"),
        ("user_agent.os.name", "OperatingSystemName"),
        ("user_agent.os.version", "OperatingSystemVersion"),
        ("user_agent.device.name", "DeviceName"),
    };
}
