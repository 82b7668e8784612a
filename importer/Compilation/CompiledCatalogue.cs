using System;
using System.Collections.Generic;
using System.Runtime.Loader;
using EcsForge.Routing;

namespace EcsForge.Importer.Compilation;

/// <summary>
/// The imported datasets compiled into one in-memory assembly, loaded in a collectible context: its formats, and the
/// datasets left out because their class did not compile (with the error diagnostics). Dispose unloads the assembly.
/// </summary>
public sealed class CompiledCatalogue : IDisposable
{
    private readonly AssemblyLoadContext? _context;

    internal CompiledCatalogue(IReadOnlyList<IntakeFormat> formats, IReadOnlyDictionary<string, string> rejected, AssemblyLoadContext? context)
    {
        Formats = formats;
        Rejected = rejected;
        _context = context;
    }

    /// <summary>The compiled formats, as the generated <c>IntakeFormatRegistry.All</c> lists them.</summary>
    public IReadOnlyList<IntakeFormat> Formats { get; }

    /// <summary>Dataset name (<c>Vendor/format</c>) to the error diagnostics of its class, one per line.</summary>
    public IReadOnlyDictionary<string, string> Rejected { get; }

    public void Dispose() => _context?.Unload();
}
