using System.Collections.Generic;

namespace EcsForge.Generator.Emit;

/// <summary>
/// The locals of <c>WriteEvent</c> a top-level object's writer reads, as parameters of the same names, so the object's
/// code is emitted unchanged in a method of its own.
/// </summary>
internal static class ObjectMethodParameters
{
    /// <summary>Each local the leaves under <paramref name="node"/> read, once, in the order they are first read.</summary>
    public static List<(string Declaration, string Argument)> Of(EmitContext context, TargetNode node)
    {
        var parameters = new List<(string Declaration, string Argument)>();
        var seen = new HashSet<string>();
        Collect(context, node, parameters, seen);
        return parameters;
    }

    private static void Collect(EmitContext context, TargetNode node, List<(string, string)> parameters, HashSet<string> seen)
    {
        if (node.Leaf is { } leaf)
        {
            AddLeaf(context, leaf, parameters, seen);
        }

        foreach (var child in node.Children.Values)
        {
            Collect(context, child, parameters, seen);
        }
    }

    private static void AddLeaf(EmitContext context, Leaf leaf, List<(string, string)> parameters, HashSet<string> seen)
    {
        switch (leaf.Kind)
        {
            case LeafKind.Field:
                AddIn(Types.RawValue, context.TargetVariable(leaf.FieldName), parameters, seen);
                break;
            case LeafKind.Address:
                AddIn(Types.RawValue, WriterEmitter.AddressVariable(leaf.Group), parameters, seen);
                break;
            case LeafKind.Related:
                AddIn(Types.RelatedValues, WriterEmitter.RelatedVariable(leaf.FieldName), parameters, seen);
                break;
            case LeafKind.PathName:
                AddPath(parameters, seen);
                break;
            case LeafKind.PathDirectory:
                AddIn(Types.RawValue, context.TargetVariable(leaf.FieldName), parameters, seen);
                AddPath(parameters, seen);
                break;
            case LeafKind.UserAgentPart:
                Add(Types.UserAgentDetails + "?", WriterEmitter.UserAgentVariable, parameters, seen);
                break;
            case LeafKind.UrlPart:
                AddIn(Types.UrlParts, WriterEmitter.UrlVariable, parameters, seen);
                break;
            case LeafKind.Spread:
                // The spread reads the message again: nothing of WriteEvent's.
                break;
            default:
                var parts = WriterEmitter.DomainVariable(leaf.Group);
                Add("bool", "has_" + parts, parameters, seen);
                AddIn(Types.DomainParts, parts, parameters, seen);
                AddIn(Types.RawValue, context.TargetVariable(leaf.FieldName), parameters, seen);
                if (leaf.AddressField is not null)
                {
                    AddIn(Types.RawValue, context.TargetVariable(leaf.AddressField), parameters, seen);
                }

                break;
        }
    }

    private static void AddPath(List<(string, string)> parameters, HashSet<string> seen)
    {
        Add(Types.Bytes, WriterEmitter.PathVariable, parameters, seen);
        Add("int", WriterEmitter.PathSeparatorVariable, parameters, seen);
    }

    /// <summary>Structs are passed by reference: a RawValue is 16 bytes, domain and URL parts more.</summary>
    private static void AddIn(string type, string name, List<(string, string)> parameters, HashSet<string> seen)
    {
        if (seen.Add(name))
        {
            parameters.Add(($"in {type} {name}", "in " + name));
        }
    }

    private static void Add(string type, string name, List<(string, string)> parameters, HashSet<string> seen)
    {
        if (seen.Add(name))
        {
            parameters.Add(($"{type} {name}", name));
        }
    }
}
