using System;
using System.Collections.Generic;
using EcsForge.Generator.Schema;
using EcsForge.Mapping;

namespace EcsForge.Importer.Translation;

/// <summary>The fields a dataset may write: ECS, plus the custom fields of its <c>_meta/fields.yml</c>.</summary>
internal sealed class FieldCatalog
{
    /// <summary>
    /// The platform's own taxonomy outside ECS, which it keeps like ECS fields (types as its expected events show them).
    /// A dataset writing one declares it as a custom field, as the shipped Pulse dataset declares <c>action.name</c>.
    /// </summary>
    private static readonly Dictionary<string, FieldType> s_taxonomy = new(StringComparer.Ordinal)
    {
        ["action.name"] = FieldType.Keyword,
        ["action.outcome"] = FieldType.Keyword,
        ["action.outcome_reason"] = FieldType.Keyword,
        ["action.type"] = FieldType.Keyword,
        ["action.target"] = FieldType.Keyword,
        ["action.status"] = FieldType.Keyword,
        ["action.id"] = FieldType.Long,
        ["action.record_id"] = FieldType.Long,
        ["action.properties"] = FieldType.Object,
        ["event.message"] = FieldType.Keyword,
        ["log.hostname"] = FieldType.Keyword,
        ["log.description"] = FieldType.Keyword,
    };

    private readonly Dictionary<string, FieldType> _custom = new(StringComparer.Ordinal);
    private readonly List<string> _taxonomyUsed = new();
    private readonly Dictionary<string, FieldType> _taxonomy;

    /// <param name="taxonomy">The platform's taxonomy file's fields (<see cref="TaxonomyFile"/>), when one was found; the built-in ones win.</param>
    public FieldCatalog(IReadOnlyDictionary<string, FieldType>? taxonomy = null)
    {
        _taxonomy = new Dictionary<string, FieldType>(s_taxonomy, StringComparer.Ordinal);
        foreach (var (name, type) in taxonomy ?? new Dictionary<string, FieldType>())
        {
            _taxonomy.TryAdd(name, type);
        }
    }

    /// <summary>The taxonomy fields the dataset writes, in first-use order, to declare.</summary>
    public IReadOnlyList<(string Name, FieldType Type)> TaxonomyUsed => _taxonomyUsed.ConvertAll(name => (name, _taxonomy[name]));

    /// <summary>Known, taking note of a taxonomy field so that it gets declared.</summary>
    public bool Use(string name)
    {
        if (IsKnown(name))
        {
            return true;
        }

        if (!_taxonomy.TryGetValue(name, out var type))
        {
            return false;
        }

        if (type == FieldType.Object && IsObjectOfKnownFields(name))
        {
            // The dataset declares the fields below it (Windows: action.properties.Keywords, ...): the platform keeps
            // only those, typed as declared, so the object is spread over them rather than written whole.
            return false;
        }

        _custom[name] = type;
        _taxonomyUsed.Add(name);
        return true;
    }

    public static bool IsEcs(string name) => EcsSchema.TryGetField(name, out _);

    public bool IsKnown(string name) => IsEcs(name) || _custom.ContainsKey(name);

    /// <summary>
    /// Whether <paramref name="name"/> lies inside an ECS field holding a whole object (<c>client.geo.location.lat</c>
    /// under the geo_point <c>client.geo.location</c>), which the schema does not list but the platform keeps.
    /// </summary>
    public static bool IsInsideEcsObject(string name)
    {
        for (var dot = name.LastIndexOf('.'); dot > 0; dot = name.LastIndexOf('.', dot - 1))
        {
            if (EcsSchema.TryGetField(name[..dot], out var field) && field.Type is "object" or "flattened" or "nested" or "geo_point")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether some known field lies under <paramref name="name"/>, making it an object rather than a value.</summary>
    public bool IsObjectOfKnownFields(string name)
    {
        var prefix = name + ".";
        foreach (var custom in _custom.Keys)
        {
            if (custom.StartsWith(prefix, StringComparison.Ordinal))
            {
                return true;
            }
        }

        foreach (var ecs in EcsSchema.FieldNames)
        {
            if (ecs.StartsWith(prefix, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether <paramref name="name"/> is an object of known fields, taxonomy ones included; the taxonomy's fields
    /// below it are then declared, so that the generator sees the object too.
    /// </summary>
    public bool UseObject(string name)
    {
        var prefix = name + ".";
        var taxonomy = false;
        foreach (var field in _taxonomy.Keys)
        {
            if (field.StartsWith(prefix, StringComparison.Ordinal) && !IsEcs(field))
            {
                taxonomy |= Use(field);
            }
        }

        return taxonomy || IsObjectOfKnownFields(name);
    }

    public void AddCustom(string name, FieldType type) => _custom[name] = type;

    /// <summary>The field type named in fields.yml, by the names the catalogue uses (taxonomy.md plus common variants).</summary>
    public static FieldType? TypeOf(string? name) => name switch
    {
        // "keywords" (RSA SecurID) is a misspelt keyword: the platform writes its single values as they are.
        "keyword" or "string" or "keywords" => FieldType.Keyword,
        "text" => FieldType.Text,
        "long" => FieldType.Long,
        "integer" or "int" or "short" => FieldType.Integer,
        "number" or "float" or "double" => FieldType.Number,
        "boolean" or "bool" => FieldType.Boolean,
        "date" or "date_nanos" or "datetime" => FieldType.Date,
        "ip" => FieldType.Ip,
        "array" or "list" => FieldType.Array,
        "object" or "dict" => FieldType.Object,
        _ => null,
    };
}
