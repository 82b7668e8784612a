namespace EcsForge.Host.Conformance;

/// <summary>One <c>tests/*.json</c> file of a format; its content is read when it runs.</summary>
public sealed class ConformanceCase
{
    public ConformanceCase(ConformanceFormat format, string name, string path)
    {
        Format = format;
        Name = name;
        FilePath = path;
    }

    public ConformanceFormat Format { get; }

    /// <summary><c>&lt;Module&gt;/&lt;format&gt;/&lt;file&gt;</c>, e.g. <c>Cloudflare/firewall_events/403.json</c>.</summary>
    public string Name { get; }

    public string FilePath { get; }

    public override string ToString() => Name;
}
