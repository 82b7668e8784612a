using System.Collections.Generic;
using System.IO;
using System.Linq;
using EcsForge.Generator.UserAgents;
using EcsForge.Tests.Support;
using Xunit;

namespace EcsForge.Tests.UserAgents;

/// <summary>ua-parser's own test files (<c>../shared/uap-core-tests</c>), read when present; never copied into the repository.</summary>
internal static class UapSuite
{
    public static string? DirectoryPath { get; } = Locate();

    /// <summary>The cases of one file: each a map of the file's keys (<c>user_agent_string</c>, <c>family</c>, ...) to values, null when empty.</summary>
    public static IReadOnlyList<IReadOnlyDictionary<string, string?>> Read(string fileName)
    {
        var file = RegexFileReader.Read(File.ReadAllText(Path.Combine(DirectoryPath!, fileName)));
        Assert.Empty(file.Errors);
        return file.Sections.Single(section => section.Name == "test_cases").Entries
            .Select(entry => (IReadOnlyDictionary<string, string?>)entry.ToDictionary(pair => pair.Key, pair => pair.Value.Value.Length == 0 ? null : pair.Value.Value))
            .ToList();
    }

    private static string? Locate()
    {
        var shared = Path.GetFullPath(Path.Combine(RepositoryPaths.Root, "..", "shared", "uap-core-tests"));
        return Directory.Exists(shared) ? shared : null;
    }
}

/// <summary>A fact skipped (never passed) when ../shared/uap-core-tests is absent.</summary>
public sealed class UapSuiteFactAttribute : FactAttribute
{
    public UapSuiteFactAttribute()
    {
        if (UapSuite.DirectoryPath is null)
        {
            Skip = "../shared/uap-core-tests not found";
        }
    }
}
