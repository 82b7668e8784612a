using System.Collections.Generic;
using YamlDotNet.RepresentationModel;

namespace EcsForge.Importer.Translation;

/// <summary>Reads <c>_meta/fields.yml</c> (<c>name: {name, type, description}</c> entries) into <c>[CustomField]</c> lines.</summary>
internal static class CustomFieldReader
{
    public static (List<string> Lines, List<Untranslated> Untranslated) Read(YamlNode? fields, FieldCatalog catalog)
    {
        var lines = new List<string>();
        var untranslated = new List<Untranslated>();
        if (fields is not YamlMappingNode entries)
        {
            return (lines, untranslated);
        }

        var names = new HashSet<string>(System.StringComparer.Ordinal);
        foreach (var (key, entry) in entries.Children)
        {
            names.Add(Yaml.Text(Yaml.Child(entry, "name")) ?? Yaml.Text(key) ?? string.Empty);
        }

        foreach (var (key, entry) in entries.Children)
        {
            var name = Yaml.Text(Yaml.Child(entry, "name")) ?? Yaml.Text(key);
            var typeName = Yaml.Text(Yaml.Child(entry, "type"));
            if (string.IsNullOrEmpty(name) || (FieldCatalog.IsEcs(name) && typeName is not ("array" or "list")))
            {
                // ECS already types an ECS field; a redeclaration would only conflict with it. An ECS field redeclared
                // as an array is kept: the platform then writes a single value as a list of it (Fortimail email.to.address).
                continue;
            }

            if (typeName == "dict" && HasChildren(name, names))
            {
                // A "dict" root of declared fields is no field of its own: set whole, its dict fills only the declared
                // fields below it (Palo Alto ngfw: paloalto keeps Threat_ContentType and dns.category, not Subtype).
                // An "object" keeps whatever it is given (SekoiaIO endpoint: action.properties).
                continue;
            }

            if (FieldCatalog.TypeOf(typeName) is not { } type)
            {
                var skipped = new Untranslated("custom field type " + typeName, name);
                untranslated.Add(skipped);
                lines.Add(AttributeText.NotTranslated(skipped));
                continue;
            }

            catalog.AddCustom(name, type);
            lines.Add(AttributeText.CustomField(name, type, Yaml.Text(Yaml.Child(entry, "description")) ?? string.Empty));
        }

        return (lines, untranslated);
    }

    private static bool HasChildren(string name, HashSet<string> names)
    {
        var prefix = name + ".";
        foreach (var other in names)
        {
            if (other.StartsWith(prefix, System.StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}
