using System.Collections.Generic;
using System.Linq;
using EcsForge.Generator.Model;

namespace EcsForge.Generator.Emit;

/// <summary>
/// The fields the platform infers after parsing, decided at compile time from what the dataset can write:
/// <c>*.address</c>, Public Suffix List splits of <c>*.domain</c>, <c>url.*</c> and <c>user_agent.*</c> parts, and the
/// <c>related.*</c> lists.
/// </summary>
internal sealed class InferencePlan
{
    private static readonly string[] s_addressGroups = { "client", "destination", "server", "source" };
    private static readonly string[] s_domainGroups = { "client", "destination", "server", "source", "url" };
    private static readonly string[] s_userNameFields = { "user.name", "client.user.name", "destination.user.name", "server.user.name", "source.user.name" };

    // Groups whose parts come from another field than <group>.domain, and hosts that are not domains of a group.
    private static readonly (string Group, string Field)[] s_namedDomains = { ("dns.question", "dns.question.name") };
    private static readonly string[] s_otherHosts = { "dns.question.name", "host.hostname", "host.name" };

    // The url.* parts the platform splits out of url.original, each unless the dataset writes it.
    private static readonly string[] s_urlParts = { "full", "scheme", "domain", "port", "path", "query", "fragment" };

    // The user_agent.* fields ua-parser infers from user_agent.original, with the UserAgentDetails property holding each.
    private static readonly (string Field, string Property)[] s_userAgentParts =
    {
        ("user_agent.name", "Name"),
        ("user_agent.version", "Version"),
        ("user_agent.os.name", "OperatingSystemName"),
        ("user_agent.os.version", "OperatingSystemVersion"),
        ("user_agent.device.name", "DeviceName"),
    };

    // Fields the platform copies from another one when the dataset does not write them.
    private static readonly (string Target, string From)[] s_copies = { ("host.name", "host.hostname") };

    private InferencePlan(List<string> addressGroups, List<DomainGroup> domainGroups, List<RelatedList> relatedLists, List<FieldCopy> copies, List<string> urlParts, List<(string Field, string Property)> userAgentParts)
    {
        UserAgentParts = userAgentParts;
        UrlParts = urlParts;
        AddressGroups = addressGroups;
        DomainGroups = domainGroups;
        RelatedLists = relatedLists;
        Copies = copies;
    }

    /// <summary>Groups whose <c>address</c> is inferred from <c>ip</c>, else <c>domain</c>.</summary>
    public List<string> AddressGroups { get; }

    /// <summary>Groups whose <c>registered_domain</c>, <c>top_level_domain</c> and <c>subdomain</c> are inferred.</summary>
    public List<DomainGroup> DomainGroups { get; }

    public List<RelatedList> RelatedLists { get; }

    /// <summary>Fields written with another field's value (<c>host.name</c> from <c>host.hostname</c>).</summary>
    public List<FieldCopy> Copies { get; }

    /// <summary>
    /// The <c>url.*</c> parts (<c>scheme</c>, <c>domain</c>, ...) inferred from <c>url.original</c>; an inferred
    /// <c>url.domain</c> then feeds the url domain parts and <c>related.hosts</c> as a written one does.
    /// </summary>
    public List<string> UrlParts { get; }

    /// <summary>The <c>user_agent.*</c> fields parsed out of <c>user_agent.original</c>, each unless the dataset writes it.</summary>
    public List<(string Field, string Property)> UserAgentParts { get; }

    public static InferencePlan Build(DatasetModel model)
    {
        var written = new HashSet<string>(model.Targets.Select(target => target.Name), System.StringComparer.Ordinal);
        var urlParts = written.Contains("url.original")
            ? s_urlParts.Where(part => !written.Contains("url." + part)).ToList()
            : new List<string>();
        foreach (var part in urlParts)
        {
            written.Add("url." + part);
        }

        var userAgentParts = model.InfersUserAgents && written.Contains("user_agent.original")
            ? s_userAgentParts.Where(part => !written.Contains(part.Field)).ToList()
            : new List<(string Field, string Property)>();

        var addressGroups = s_addressGroups
            .Where(group => (written.Contains(group + ".ip") || written.Contains(group + ".domain")) && !written.Contains(group + ".address"))
            .ToList();
        // As the platform splits the address: a group with an IP address has its domain left whole.
        var domainGroups = s_domainGroups
            .Select(group => new DomainGroup(group, group + ".domain", s_addressGroups.Contains(group) && written.Contains(group + ".ip") ? group + ".ip" : null))
            .Concat(s_namedDomains.Select(named => new DomainGroup(named.Group, named.Field, null)))
            .Where(group => written.Contains(group.Field) && !written.Contains(group.Group + ".registered_domain"))
            .ToList();
        var copies = s_copies
            .Where(copy => written.Contains(copy.From) && !written.Contains(copy.Target))
            .Select(copy => new FieldCopy(copy.Target, copy.From))
            .ToList();

        var related = new List<RelatedList>();
        AddRelated(related, written, "ip", model.Targets.Where(target => target.IsIp).Select(target => target.Name));
        AddRelated(related, written, "hosts", s_domainGroups.Select(group => group + ".domain").Concat(s_otherHosts).Where(written.Contains));
        AddRelated(related, written, "user", s_userNameFields.Where(written.Contains));
        return new InferencePlan(addressGroups, domainGroups, related, copies, urlParts, userAgentParts);
    }

    private static void AddRelated(List<RelatedList> lists, HashSet<string> written, string name, IEnumerable<string> feeders)
    {
        var feederList = feeders.ToList();
        if (feederList.Count > 0 && !written.Contains("related." + name))
        {
            lists.Add(new RelatedList(name, feederList));
        }
    }
}

/// <summary>An inferred <c>related.&lt;Name&gt;</c> list and the fields feeding it.</summary>
internal sealed record RelatedList(string Name, List<string> Feeders);

/// <summary>
/// A group whose domain parts are inferred from <c>Field</c>; when <c>IpField</c> holds an IP address the group's
/// address is that IP and the parts are not written.
/// </summary>
internal sealed record DomainGroup(string Group, string Field, string? IpField);

/// <summary>An inferred field written with the value of <c>From</c>.</summary>
internal sealed record FieldCopy(string Target, string From);
