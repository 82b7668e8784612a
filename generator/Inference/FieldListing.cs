using System.Collections.Generic;
using System.Linq;
using EcsForge.Generator.Model;
using EcsForge.Generator.Schema;

namespace EcsForge.Generator.Inference;

/// <summary>One row of a dataset's field list: a field it can write, with ECS's name for its type.</summary>
internal sealed record ListedField(string Name, string Type, string Description, bool Inferred);

/// <summary>
/// Every field a dataset can write, for its <c>IntakeFormat.Fields</c>: the targets of its rules and spread, then the
/// fields the platform's post-processing infers from them (<see cref="InferencePlan"/>), by name. Types are ECS's own
/// names (<c>long</c>, <c>keyword</c>, <c>ip</c>, <c>date</c>, ...): a field ECS defines has its ECS type even when
/// the dataset declares it as a custom field, and a custom field's taxonomy type becomes the ECS type it is written as.
/// </summary>
internal static class FieldListing
{
    public static List<ListedField> Build(DatasetModel model, InferencePlan plan)
    {
        var listed = new SortedDictionary<string, ListedField>(System.StringComparer.Ordinal);
        var spreadFields = model.Spread?.Fields ?? EquatableArray<TargetField>.Empty;
        foreach (var target in model.Targets.Concat(spreadFields))
        {
            listed[target.Name] = new ListedField(target.Name, EcsTypeName(target), target.Description, Inferred: false);
        }

        foreach (var name in InferredFields.Names(plan))
        {
            // An inferred field the dataset also writes (an address it may leave empty) is listed once, as written.
            if (!listed.ContainsKey(name) && EcsSchema.TryGetField(name, out var ecs))
            {
                listed.Add(name, new ListedField(name, ecs.Type, ecs.Description, Inferred: true));
            }
        }

        return listed.Values.ToList();
    }

    /// <summary>
    /// ECS's type name for a target: the schema's for an ECS field; for a custom field, <c>number</c> is <c>long</c>
    /// (ECS types counts, sizes, ports and codes <c>long</c>), a list is <c>keyword</c> (ECS types a list by its
    /// items) and free text is <c>match_only_text</c> (as ECS's <c>message</c>); the other taxonomy names are ECS's.
    /// </summary>
    public static string EcsTypeName(TargetField target)
    {
        if (EcsSchema.TryGetField(target.Name, out var ecs))
        {
            return ecs.Type;
        }

        switch (target.Type)
        {
            case "number":
                return "long";
            case "array":
                return "keyword";
            case "text":
                return "match_only_text";
            default:
                return target.Type;
        }
    }
}
