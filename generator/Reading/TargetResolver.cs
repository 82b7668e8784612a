using System.Collections.Generic;
using System.Linq;
using EcsForge.Generator.Diagnostics;
using EcsForge.Generator.Model;
using EcsForge.Generator.Schema;

namespace EcsForge.Generator.Reading;

/// <summary>Gives every target field its type and value shape, from the dataset's custom fields or from ECS.</summary>
internal static class TargetResolver
{
    public static EquatableArray<TargetField> Resolve(
        List<(string Target, LocationInfo? Location)> targetSites,
        Dictionary<string, CustomFieldDeclaration> customFields,
        List<DiagnosticInfo> diagnostics,
        bool isPipeline = false)
    {
        var resolved = new SortedDictionary<string, TargetField>(System.StringComparer.Ordinal);
        foreach (var (target, location) in targetSites)
        {
            if (resolved.ContainsKey(target))
            {
                continue;
            }

            if (target.Length == 0)
            {
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.EmptyName, location, "target field"));
                continue;
            }

            if (customFields.TryGetValue(target, out var custom))
            {
                resolved.Add(target, FromCustom(custom));
            }
            else if (EcsSchema.TryGetField(target, out var ecs))
            {
                resolved.Add(target, FromEcs(target));
            }
            else if (isPipeline && FieldsBelow(target, customFields) is { Count: > 0 } below)
            {
                // An object set whole: its dict is spread into the fields below it.
                resolved.Add(target, new TargetField
                {
                    Name = target, Type = TargetField.GroupType, Shape = ValueShape.Keep, Description = "the fields below it, from a dict",
                    Below = below.ToEquatableArray(),
                });
            }
            else
            {
                var suggestion = Suggest(target, customFields.Keys);
                diagnostics.Add(DiagnosticInfo.Create(
                    DiagnosticDescriptors.UnknownTarget, location, target, suggestion is null ? string.Empty : $": did you mean '{suggestion}'?"));
            }
        }

        // A pipeline may set an object and then fields inside it, as the platform's nested event allows.
        if (!isPipeline)
        {
            ReportLeafObjectConflicts(resolved.Keys.ToList(), targetSites, diagnostics);
        }

        return resolved.Values.ToEquatableArray();
    }

    /// <summary>The ECS and custom fields below <paramref name="name"/> (a custom field wins over ECS), in path order.</summary>
    private static List<TargetField> FieldsBelow(string name, Dictionary<string, CustomFieldDeclaration> customFields)
    {
        var prefix = name + ".";
        var below = new SortedDictionary<string, TargetField>(System.StringComparer.Ordinal);
        foreach (var custom in customFields.Values.Where(field => field.Name.StartsWith(prefix, System.StringComparison.Ordinal)))
        {
            below[custom.Name] = FromCustom(custom);
        }

        foreach (var field in EcsSchema.FieldNames.Where(field => field.StartsWith(prefix, System.StringComparison.Ordinal) && !below.ContainsKey(field)))
        {
            below[field] = FromEcs(field);
        }

        return below.Values.ToList();
    }

    private static TargetField FromEcs(string name)
    {
        EcsSchema.TryGetField(name, out var ecs);
        return new TargetField { Name = name, Type = ecs.Type, Shape = ShapeOf(ecs.Type, ecs.IsArray), IsIp = ecs.Type == "ip", Description = ecs.Description };
    }

    /// <summary>The target field a custom field declaration describes.</summary>
    public static TargetField FromCustom(CustomFieldDeclaration custom)
        => new()
        {
            Name = custom.Name,
            Type = custom.Type,
            Shape = ShapeOf(custom.Type, custom.Type == "array"),
            IsIp = custom.Type == "ip",
            IsCustom = true,
            Description = custom.Description,
        };

    private static ValueShape ShapeOf(string type, bool isArray)
    {
        if (isArray)
        {
            return ValueShape.List;
        }

        switch (type)
        {
            case "long":
            case "integer":
            case "short":
            case "byte":
            case "unsigned_long":
                return ValueShape.Integer;
            case "number":
            case "float":
            case "double":
            case "half_float":
            case "scaled_float":
                return ValueShape.Number;
            case "boolean":
                return ValueShape.Boolean;
            case "keyword":
            case "constant_keyword":
            case "wildcard":
                return ValueShape.Keyword;
            default:
                return ValueShape.Keep;
        }
    }

    private static string? Suggest(string target, IEnumerable<string> customNames)
    {
        var ecs = EcsSchema.SuggestClosest(target);
        if (ecs is not null)
        {
            return ecs;
        }

        foreach (var name in customNames)
        {
            if (string.Equals(name, target, System.StringComparison.OrdinalIgnoreCase))
            {
                return name;
            }
        }

        return null;
    }

    private static void ReportLeafObjectConflicts(List<string> names, List<(string Target, LocationInfo? Location)> sites, List<DiagnosticInfo> diagnostics)
    {
        var set = new HashSet<string>(names, System.StringComparer.Ordinal);
        foreach (var name in names)
        {
            var dot = name.LastIndexOf('.');
            while (dot > 0)
            {
                var parent = name.Substring(0, dot);
                if (set.Contains(parent))
                {
                    var location = sites.First(site => site.Target == parent).Location;
                    diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.FieldIsAlsoObject, location, parent, name));
                }

                dot = parent.LastIndexOf('.');
            }
        }
    }
}
