using System.Linq;
using System.Text.Json;
using EcsForge.Routing;

namespace EcsForge.Host.Commands;

/// <summary>
/// A format's fields as JSON, for scripts: the format's identity and one object per field (name, ECS type,
/// description, whether it is inferred). Lines end with '\n' whatever the platform.
/// </summary>
public static class FieldListJson
{
    private static readonly JsonSerializerOptions s_options = new() { WriteIndented = true, NewLine = "\n" };

    public static string Render(IntakeFormat format)
    {
        var document = new
        {
            slug = format.Slug,
            uuid = format.Uuid,
            name = format.Name,
            fields = format.Fields.Select(field => new { name = field.Name, type = field.Type, description = field.Description, inferred = field.Inferred }),
        };
        return JsonSerializer.Serialize(document, s_options) + "\n";
    }
}
