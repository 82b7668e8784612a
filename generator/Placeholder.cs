namespace EcsForge.Generator; internal static class Placeholder {}
