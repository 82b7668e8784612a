using EcsForge.Generator.Shared;

namespace EcsForge.Generator.Reading;

/// <summary>A <c>[CustomField]</c> declaration; <see cref="Type"/> uses the taxonomy's type names.</summary>
internal sealed record CustomFieldDeclaration(string Name, string Type, string Description, Model.LocationInfo? Location)
{
    /// <summary>The taxonomy's name of a <see cref="FieldType"/>: the member's name in lower case (<c>Ip</c> is <c>ip</c>).</summary>
    public static string TypeName(int fieldType)
        => System.Enum.IsDefined(typeof(FieldType), fieldType) ? ((FieldType)fieldType).ToString().ToLowerInvariant() : "keyword";
}
