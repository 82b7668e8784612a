using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace EcsForge.Generator.Model;

/// <summary>A source location as plain data, so the model holds no syntax tree.</summary>
public sealed record LocationInfo(string FilePath, TextSpan Span, LinePositionSpan LineSpan)
{
    public static LocationInfo? From(Location? location)
    {
        if (location is null || !location.IsInSource)
        {
            return null;
        }

        return new LocationInfo(location.SourceTree!.FilePath, location.SourceSpan, location.GetLineSpan().Span);
    }

    /// <summary>Maps back to the real tree when it is still in the compilation, so <c>#pragma warning</c> applies.</summary>
    public Location ToLocation(Compilation compilation)
    {
        foreach (var tree in compilation.SyntaxTrees)
        {
            if (tree.FilePath == FilePath)
            {
                return Location.Create(tree, Span);
            }
        }

        return Location.Create(FilePath, Span, LineSpan);
    }
}
