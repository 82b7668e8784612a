namespace EcsForge.Generator.Model;

/// <summary>An intake format of the compilation, as the registry lists it.</summary>
public sealed record RegistryEntry(string Namespace, string ClassName, string Slug)
{
    public string QualifiedName => "global::" + (Namespace.Length == 0 ? ClassName : Namespace + "." + ClassName);
}
