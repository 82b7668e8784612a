using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace EcsForge.Generator.Model;

/// <summary>
/// A diagnostic as plain data: its descriptor, message arguments and location. <see cref="DiagnosticDescriptor"/> compares
/// by value, so the record stays equatable for the incremental pipeline.
/// </summary>
public sealed record DiagnosticInfo(DiagnosticDescriptor Descriptor, LocationInfo? Location, EquatableArray<string> Arguments)
{
    /// <summary>Whether this diagnostic stops the dataset from being generated: the one place that decides it.</summary>
    public bool IsError => Descriptor.DefaultSeverity == DiagnosticSeverity.Error;

    public static DiagnosticInfo Create(DiagnosticDescriptor descriptor, LocationInfo? location, params string[] arguments)
        => new(descriptor, location, arguments.ToImmutableArray().ToEquatableArray());

    public Diagnostic ToDiagnostic(Compilation compilation)
    {
        var args = new object[Arguments.Count];
        for (var i = 0; i < args.Length; i++)
        {
            args[i] = Arguments[i];
        }

        return Diagnostic.Create(Descriptor, Location?.ToLocation(compilation) ?? Microsoft.CodeAnalysis.Location.None, args);
    }
}
