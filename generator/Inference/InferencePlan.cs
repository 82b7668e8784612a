using System.Collections.Generic;
using System.Linq;
using EcsForge.Generator.Model;

namespace EcsForge.Generator.Inference;

/// <summary>
/// The platform's post-processing (<see cref="PlatformRules"/>) applied at compile time to what one dataset can write:
/// which inferred fields its writer computes, and from which of its fields.
/// </summary>
internal sealed class InferencePlan
{
    private InferencePlan(
        List<string> addressGroups,
        List<DomainGroup> domainGroups,
        List<RelatedList> relatedLists,
        List<FieldCopy> copies,
        List<string> urlParts,
        List<(string Field, string Property)> userAgentParts,
        bool splitsPath)
    {
        AddressGroups = addressGroups;
        DomainGroups = domainGroups;
        RelatedLists = relatedLists;
        Copies = copies;
        UrlParts = urlParts;
        UserAgentParts = userAgentParts;
        SplitsPath = splitsPath;
    }

    /// <summary>
    /// Groups whose <c>address</c> is inferred from <c>domain</c>, else <c>ip</c>, in events where the dataset's own
    /// <c>address</c> (if it writes one) has no value.
    /// </summary>
    public List<string> AddressGroups { get; }

    /// <summary>Groups whose <c>registered_domain</c>, <c>top_level_domain</c> and <c>subdomain</c> are inferred.</summary>
    public List<DomainGroup> DomainGroups { get; }

    public List<RelatedList> RelatedLists { get; }

    /// <summary>Fields written with another field's value (<c>host.name</c> from <c>host.hostname</c>, ...).</summary>
    public List<FieldCopy> Copies { get; }

    /// <summary>
    /// The <c>url.*</c> parts (<c>scheme</c>, <c>domain</c>, ...) inferred from <c>url.original</c>; an inferred
    /// <c>url.domain</c> then gets its domain parts as a written one does, but does not feed <c>related.hosts</c>.
    /// </summary>
    public List<string> UrlParts { get; }

    /// <summary>The <c>user_agent.*</c> fields parsed out of <c>user_agent.original</c>, each unless the dataset writes it.</summary>
    public List<(string Field, string Property)> UserAgentParts { get; }

    /// <summary>Whether <c>file.name</c> and <c>file.directory</c> are split from <c>file.path</c>.</summary>
    public bool SplitsPath { get; }

    /// <param name="model">The dataset.</param>
    /// <param name="checkedPerEvent">
    /// For pipelines, whose steps set a field in some events only: a rule is left out only when nothing feeds it, and
    /// whether its target is already set is checked per event (Azure AD sets user_agent.name for sign-ins only and the
    /// platform infers it for the other events).
    /// </param>
    public static InferencePlan Build(DatasetModel model, bool checkedPerEvent = false)
    {
        var sources = new HashSet<string>(model.Targets.Select(target => target.Name), System.StringComparer.Ordinal);
        foreach (var group in model.Targets.Where(target => target.IsGroup))
        {
            // A spread dict may hold any field below its target.
            var prefix = group.Name + ".";
            sources.UnionWith(Schema.EcsSchema.FieldNames.Where(field => field.StartsWith(prefix, System.StringComparison.Ordinal)));
        }

        var written = checkedPerEvent ? new HashSet<string>(System.StringComparer.Ordinal) : sources;

        var related = new List<RelatedList>();
        foreach (var (list, feeders) in PlatformRules.Related)
        {
            var present = feeders.Where(sources.Contains).ToList();
            if (present.Count > 0 && !written.Contains("related." + list))
            {
                related.Add(new RelatedList(list, present));
            }
        }

        var urlParts = sources.Contains("url.original")
            ? PlatformRules.UrlParts.Where(part => !written.Contains("url." + part)).ToList()
            : new List<string>();
        var available = new HashSet<string>(sources, System.StringComparer.Ordinal);
        foreach (var part in urlParts)
        {
            available.Add("url." + part);
        }

        var userAgentParts = model.InfersUserAgents && sources.Contains("user_agent.original")
            ? PlatformRules.UserAgentParts.Where(part => !written.Contains(part.Field)).ToList()
            : new List<(string Field, string Property)>();

        // An address the dataset sets as a constant or translation always has a value: nothing is left to infer.
        var constantTargets = new HashSet<string>(
            model.Rules.Where(rule => rule.Kind is RuleKind.Constant or RuleKind.Translate).Select(rule => rule.Target),
            System.StringComparer.Ordinal);
        var addressGroups = PlatformRules.AddressGroups
            .Where(group => (sources.Contains(group + ".ip") || sources.Contains(group + ".domain")) && !constantTargets.Contains(group + ".address"))
            .ToList();

        var domainGroups = PlatformRules.DomainGroups
            .Where(group => available.Contains(group.DomainField) && !written.Contains(group.Group + ".registered_domain"))
            .Select(group => new DomainGroup(group.Group, group.DomainField, WrittenAddress(group.Group, written)))
            .ToList();

        var copies = PlatformRules.Copies
            .Where(copy => sources.Contains(copy.From) && !written.Contains(copy.Target))
            .Select(copy => new FieldCopy(copy.Target, copy.From, copy.Overrides))
            .ToList();

        var splitsPath = sources.Contains(PlatformRules.PathField)
            && !written.Contains(PlatformRules.PathNameField)
            && !written.Contains(PlatformRules.PathDirectoryField);

        return new InferencePlan(addressGroups, domainGroups, related, copies, urlParts, userAgentParts, splitsPath);
    }

    /// <summary>The address a dataset writes for an address group, which then decides whether the domain is split.</summary>
    private static string? WrittenAddress(string group, HashSet<string> written)
        => PlatformRules.AddressGroups.Contains(group) && written.Contains(group + ".address") ? group + ".address" : null;
}

/// <summary>An inferred <c>related.&lt;Name&gt;</c> list and the fields feeding it.</summary>
internal sealed record RelatedList(string Name, List<string> Feeders);

/// <summary>
/// A group whose domain parts are inferred from <c>Field</c>; when the dataset writes the group's address
/// (<c>AddressField</c>) the parts are written only while that address is missing or the domain's text.
/// </summary>
internal sealed record DomainGroup(string Group, string Field, string? AddressField);

/// <summary>An inferred field written with the value of <c>From</c>; over a value the pipeline wrote when <c>Overrides</c>.</summary>
internal sealed record FieldCopy(string Target, string From, bool Overrides);
