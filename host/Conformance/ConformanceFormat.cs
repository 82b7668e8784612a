using System.Collections.Generic;

namespace EcsForge.Host.Conformance;

/// <summary>One format directory of the suite: its manifest identity and its test cases.</summary>
public sealed class ConformanceFormat
{
    private readonly List<ConformanceCase> _cases = new();

    public ConformanceFormat(string name, string directory, FormatManifest manifest)
    {
        Name = name;
        DirectoryPath = directory;
        Manifest = manifest;
    }

    /// <summary><c>&lt;Module&gt;/&lt;format&gt;</c>, e.g. <c>Cloudflare/firewall_events</c>.</summary>
    public string Name { get; }

    public string DirectoryPath { get; }

    public FormatManifest Manifest { get; }

    public IReadOnlyList<ConformanceCase> Cases => _cases;

    public override string ToString() => Name;

    internal void Add(ConformanceCase testCase) => _cases.Add(testCase);
}
