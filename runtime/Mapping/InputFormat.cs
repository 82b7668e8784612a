namespace EcsForge.Mapping;

/// <summary>The shape of the raw messages of an intake format.</summary>
public enum InputFormat
{
    /// <summary>One JSON object per message; source paths are dotted property paths.</summary>
    Json = 0,
}
