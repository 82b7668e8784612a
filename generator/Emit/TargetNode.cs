using System.Collections.Generic;

namespace EcsForge.Generator.Emit;

/// <summary>What a leaf of the output event holds.</summary>
internal enum LeafKind
{
    /// <summary>A target field resolved by the dataset's rules.</summary>
    Field,
    Address,
    RegisteredDomain,
    TopLevelDomain,
    Subdomain,
    Related,

    /// <summary>A part of <c>url.original</c> (<c>FieldName</c> is the part: <c>scheme</c>, <c>port</c>, ...).</summary>
    UrlPart,

    /// <summary>A field ua-parser infers from <c>user_agent.original</c> (<c>FieldName</c> is the property of <c>UserAgentDetails</c>).</summary>
    UserAgentPart,

    /// <summary>The last segment of <c>file.path</c> (<c>FieldName</c> is the path field).</summary>
    PathName,

    /// <summary>All of <c>file.path</c> before its last separator.</summary>
    PathDirectory,

    /// <summary>The whole object of a <c>[Spread]</c>, written property by property from the message.</summary>
    Spread,
}

/// <summary>A leaf of the output tree: a field variable, or an inferred value of a group.</summary>
internal sealed record Leaf(LeafKind Kind, string FieldName, string Group, string? AddressField = null);

/// <summary>The output event's object nesting, resolved at compile time.</summary>
internal sealed class TargetNode
{
    public TargetNode(string segment)
    {
        Segment = segment;
    }

    public string Segment { get; }

    public Leaf? Leaf { get; private set; }

    public SortedDictionary<string, TargetNode> Children { get; } = new(System.StringComparer.Ordinal);

    public void Add(string dottedName, Leaf leaf)
    {
        var node = this;
        foreach (var segment in dottedName.Split('.'))
        {
            if (!node.Children.TryGetValue(segment, out var child))
            {
                child = new TargetNode(segment);
                node.Children.Add(segment, child);
            }

            node = child;
        }

        node.Leaf = leaf;
    }
}
