using System.Collections.Generic;
using System.Collections.Immutable;
using EcsForge.Generator.Diagnostics;
using EcsForge.Generator.Model;

namespace EcsForge.Generator.Reading;

/// <summary>Finds datasets of one compilation that claim the same uuid or slug, which the router could not tell apart.</summary>
internal static class IdentityChecker
{
    public static IEnumerable<DiagnosticInfo> Duplicates(ImmutableArray<DatasetIdentity> identities)
    {
        var byUuid = new Dictionary<string, DatasetIdentity>(System.StringComparer.OrdinalIgnoreCase);
        var bySlug = new Dictionary<string, DatasetIdentity>(System.StringComparer.OrdinalIgnoreCase);
        var duplicates = new List<DiagnosticInfo>();
        foreach (var identity in identities)
        {
            Claim(byUuid, identity.Uuid, identity, identity.UuidLocation, "Uuid", duplicates);
            Claim(bySlug, identity.Slug, identity, identity.SlugLocation, "Slug", duplicates);
        }

        return duplicates;
    }

    private static void Claim(
        Dictionary<string, DatasetIdentity> claimed, string key, DatasetIdentity identity, LocationInfo? location, string what, List<DiagnosticInfo> duplicates)
    {
        if (key.Length == 0)
        {
            return;
        }

        if (claimed.TryGetValue(key, out var first))
        {
            duplicates.Add(DiagnosticInfo.Create(DiagnosticDescriptors.DuplicateIntakeFormat, location, what, key, first.ClassName));
        }
        else
        {
            claimed.Add(key, identity);
        }
    }
}
