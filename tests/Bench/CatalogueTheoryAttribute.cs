using EcsForge.Tests.Catalogue;
using Xunit;

namespace EcsForge.Tests.Bench;

/// <summary>Skips when <c>../shared/catalogue</c> is absent: a fresh clone has no catalogue to compare, which is not a pass.</summary>
public sealed class CatalogueTheoryAttribute : TheoryAttribute
{
    public CatalogueTheoryAttribute()
    {
        if (CatalogueDirectory.Path is null)
        {
            Skip = "../shared/catalogue not found";
        }
    }
}
