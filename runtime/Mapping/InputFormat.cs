// Compiled into the generator too (a linked file, as System.Text.Json's generator does), so the two cannot drift.
#if ECSFORGE_GENERATOR
namespace EcsForge.Generator.Shared;
#else
namespace EcsForge.Mapping;
#endif

/// <summary>The shape of the raw messages of an intake format.</summary>
public enum InputFormat
{
    /// <summary>One JSON object per message; source paths are dotted property paths.</summary>
    Json = 0,

    /// <summary>
    /// Space-separated <c>key=value</c> items (double-quoted values may hold spaces), after an optional syslog header;
    /// source paths are keys, and <c>[Patterns]</c> captures are read under their <c>Into</c> prefix.
    /// </summary>
    KeyValue = 1,
}
