namespace EcsForge.Generator.Reading;

/// <summary>A <c>[CustomField]</c> declaration; <see cref="Type"/> uses the taxonomy's type names.</summary>
internal sealed record CustomFieldDeclaration(string Name, string Type, string Description, Model.LocationInfo? Location)
{
    // Order of the runtime's FieldType enum.
    private static readonly string[] s_typeNames = { "keyword", "text", "number", "long", "boolean", "date", "ip", "array", "object" };

    public static string TypeName(int fieldType)
        => fieldType >= 0 && fieldType < s_typeNames.Length ? s_typeNames[fieldType] : "keyword";
}
