using Microsoft.CodeAnalysis;

namespace EcsForge.Generator.Model;

/// <summary>A diagnostic as plain data: descriptor id, message arguments and location.</summary>
public sealed record DiagnosticInfo(string Id, LocationInfo? Location, EquatableArray<string> Arguments)
{
    public Diagnostic ToDiagnostic(Compilation compilation)
    {
        var descriptor = Diagnostics.DiagnosticDescriptors.ById(Id);
        var args = new object[Arguments.Count];
        for (var i = 0; i < args.Length; i++)
        {
            args[i] = Arguments[i];
        }

        return Diagnostic.Create(descriptor, Location?.ToLocation(compilation) ?? Microsoft.CodeAnalysis.Location.None, args);
    }
}
