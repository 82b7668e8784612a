using System.Collections.Generic;
using System.Linq;
using EcsForge.Generator.Model;
using EcsForge.Generator.Shared;

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

    /// <summary>
    /// Builds the tree of paths read from the message: pattern captures (under the patterns' prefix) are filled later
    /// and left out; key=value messages are flat, so their paths are whole keys.
    /// </summary>
    public static SourceNode Build(DatasetModel model)
    {
        var root = new SourceNode(string.Empty, string.Empty);
        var flat = model.Input == InputFormat.KeyValue;
        foreach (var path in AllPaths(model))
        {
            if (!IsCapture(model, path))
            {
                root.Add(path, flat);
            }
        }

        return root;
    }

    /// <summary>Every source path the dataset uses, in a stable order without repeats.</summary>
    public static IEnumerable<string> AllPaths(DatasetModel model)
    {
        var seen = new HashSet<string>(System.StringComparer.Ordinal);
        var paths = model.Rules.SelectMany(rule => rule.Sources.Concat(rule.When.Select(clause => clause.Path)));
        if (model.Patterns is not null)
        {
            paths = paths.Concat(new[] { model.Patterns.Input });
        }

        return paths.Where(seen.Add).ToList();
    }

    public static bool IsCapture(DatasetModel model, string path)
        => model.Patterns is not null && path.StartsWith(model.Patterns.Into + ".", System.StringComparison.Ordinal);

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

    private void Add(string path, bool flat)
    {
        var node = this;
        foreach (var segment in flat ? new[] { path } : path.Split('.'))
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
