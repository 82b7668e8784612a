using System.Collections.Generic;

namespace EcsForge.Generator.Inference;

/// <summary>The names of the fields an <see cref="InferencePlan"/> makes the writer compute, as the writer adds them.</summary>
internal static class InferredFields
{
    public static IEnumerable<string> Names(InferencePlan plan)
    {
        foreach (var group in plan.AddressGroups)
        {
            yield return group + ".address";
        }

        foreach (var part in plan.UrlParts)
        {
            yield return "url." + part;
        }

        foreach (var (field, _) in plan.UserAgentParts)
        {
            yield return field;
        }

        foreach (var group in plan.DomainGroups)
        {
            yield return group.Group + ".registered_domain";
            yield return group.Group + ".top_level_domain";
            yield return group.Group + ".subdomain";
        }

        if (plan.SplitsPath)
        {
            yield return PlatformRules.PathNameField;
            yield return PlatformRules.PathDirectoryField;
        }

        foreach (var copy in plan.Copies)
        {
            yield return copy.Target;
        }

        foreach (var list in plan.RelatedLists)
        {
            yield return "related." + list.Name;
        }
    }
}
