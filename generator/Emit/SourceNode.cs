using System.Collections.Generic;
using System.Linq;
using EcsForge.Generator.Model;

namespace EcsForge.Generator.Emit;

/// <summary>
/// The raw message's paths the dataset reads, as a tree: one generated reader method per object node, one captured
/// value per referenced path. Everything else in the message is skipped without being decoded.
/// </summary>
internal sealed class SourceNode
{
    private SourceNode(string name, string path)
    {
        Name = name;
        Path = path;
    }

    public string Name { get; }

    public string Path { get; }

    /// <summary>The value of this path is used by a rule (not only its children).</summary>
    public bool IsCaptured { get; private set; }

    public SortedDictionary<string, SourceNode> Children { get; } = new(System.StringComparer.Ordinal);

    public static SourceNode Build(DatasetModel model)
    {
        var root = new SourceNode(string.Empty, string.Empty);
        foreach (var rule in model.Rules)
        {
            foreach (var source in rule.Sources)
            {
                root.Add(source);
            }

            foreach (var clause in rule.When)
            {
                root.Add(clause.Path);
            }
        }

        return root;
    }

    /// <summary>All captured paths, in a stable order.</summary>
    public IEnumerable<SourceNode> Captured()
    {
        foreach (var child in Children.Values)
        {
            if (child.IsCaptured)
            {
                yield return child;
            }

            foreach (var nested in child.Captured())
            {
                yield return nested;
            }
        }
    }

    /// <summary>Object nodes that need their own reader method, this one first.</summary>
    public IEnumerable<SourceNode> ObjectNodes()
    {
        if (Children.Count == 0)
        {
            yield break;
        }

        yield return this;
        foreach (var nested in Children.Values.SelectMany(child => child.ObjectNodes()))
        {
            yield return nested;
        }
    }

    private void Add(string path)
    {
        var node = this;
        foreach (var segment in path.Split('.'))
        {
            if (!node.Children.TryGetValue(segment, out var child))
            {
                child = new SourceNode(segment, node.Path.Length == 0 ? segment : node.Path + "." + segment);
                node.Children.Add(segment, child);
            }

            node = child;
        }

        node.IsCaptured = true;
    }
}
