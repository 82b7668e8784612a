namespace EcsForge; internal static class Placeholder {}
