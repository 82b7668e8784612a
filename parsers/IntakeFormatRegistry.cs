using System;
using System.Collections.Generic;
using EcsForge.Routing;

namespace EcsForge.Parsers;

// Temporary stand-in until the generator emits the registry of every dataset in this assembly.
public static class IntakeFormatRegistry
{
    public static IReadOnlyList<IntakeFormat> All { get; } = Array.Empty<IntakeFormat>();
}
