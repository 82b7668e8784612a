namespace EcsForge.Parsing;

/// <summary>What a captured raw value is. Values below <see cref="String"/> are never written.</summary>
public enum RawKind : byte
{
    /// <summary>The field did not appear in the message.</summary>
    Missing = 0,
    Null,

    /// <summary><c>""</c> or <c>{}</c>.</summary>
    Empty,

    /// <summary>
    /// <c>[]</c>: no value for conditions and fallbacks (Jinja's <c>[] or x</c> is <c>x</c>), but written as the
    /// platform keeps it (Azure AD riskEventTypes, Darktrace tags, Stormshield host.ip: 52 catalogue cases).
    /// </summary>
    EmptyList,
    String,
    Number,
    True,
    False,
    Object,
    Array,

    /// <summary>A compile-time constant of the dataset; <see cref="RawValue.Start"/> holds its id.</summary>
    Constant,
}
