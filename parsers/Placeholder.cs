namespace EcsForge.Parsers; internal static class Placeholder {}
