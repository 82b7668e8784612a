using System.Collections.Generic;
using System.Linq;
using EcsForge.Generator.Model;

namespace EcsForge.Generator.Emit;

/// <summary>
/// The fields the platform infers after parsing, decided at compile time from what the dataset can write:
/// <c>*.address</c>, Public Suffix List splits of <c>*.domain</c>, and the <c>related.*</c> lists.
/// </summary>
internal sealed class InferencePlan
{
    private static readonly string[] s_addressGroups = { "client", "destination", "server", "source" };
    private static readonly string[] s_domainGroups = { "client", "destination", "server", "source", "url" };
    private static readonly string[] s_userNameFields = { "user.name", "client.user.name", "destination.user.name", "server.user.name", "source.user.name" };

    private InferencePlan(List<string> addressGroups, List<string> domainGroups, List<RelatedList> relatedLists)
    {
        AddressGroups = addressGroups;
        DomainGroups = domainGroups;
        RelatedLists = relatedLists;
    }

    /// <summary>Groups whose <c>address</c> is inferred from <c>ip</c>, else <c>domain</c>.</summary>
    public List<string> AddressGroups { get; }

    /// <summary>Groups whose <c>registered_domain</c>, <c>top_level_domain</c> and <c>subdomain</c> are inferred.</summary>
    public List<string> DomainGroups { get; }

    public List<RelatedList> RelatedLists { get; }

    public static InferencePlan Build(DatasetModel model)
    {
        var written = new HashSet<string>(model.Targets.Select(target => target.Name), System.StringComparer.Ordinal);
        var addressGroups = s_addressGroups
            .Where(group => (written.Contains(group + ".ip") || written.Contains(group + ".domain")) && !written.Contains(group + ".address"))
            .ToList();
        var domainGroups = s_domainGroups
            .Where(group => written.Contains(group + ".domain") && !written.Contains(group + ".registered_domain"))
            .ToList();

        var related = new List<RelatedList>();
        AddRelated(related, written, "ip", model.Targets.Where(target => target.IsIp).Select(target => target.Name));
        AddRelated(related, written, "hosts", s_domainGroups.Select(group => group + ".domain").Where(written.Contains));
        AddRelated(related, written, "user", s_userNameFields.Where(written.Contains));
        return new InferencePlan(addressGroups, domainGroups, related);
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
