using System;

namespace EcsForge.Mapping;

/// <summary>
/// A translation dictionary several datasets share (DNS query types, response codes), given as pairs like
/// <see cref="TranslateAttribute"/>'s and used with <c>[Translate(..., Table = typeof(ThisClass))]</c>.
/// </summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = false, Inherited = false)]
public sealed class TranslationTableAttribute : Attribute
{
    public TranslationTableAttribute(params string[] pairs)
    {
        Pairs = pairs;
    }

    public string[] Pairs { get; }
}
