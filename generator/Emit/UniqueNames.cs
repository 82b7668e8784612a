using System.Collections.Generic;

namespace EcsForge.Generator.Emit;

/// <summary>Hands out distinct C# identifiers for dotted names that could spell the same once sanitized.</summary>
internal sealed class UniqueNames
{
    private readonly Dictionary<string, string> _byName = new(System.StringComparer.Ordinal);
    private readonly HashSet<string> _used = new(System.StringComparer.Ordinal);
    private readonly string _prefix;

    public UniqueNames(string prefix, params string[] reserved)
    {
        _prefix = prefix;
        _used.UnionWith(reserved);
    }

    public string For(string name)
    {
        if (_byName.TryGetValue(name, out var existing))
        {
            return existing;
        }

        var candidate = _prefix.Length == 0 ? CSharp.EscapedIdentifier(name) : _prefix + CSharp.Identifier(name);
        var unique = candidate;
        for (var suffix = 2; !_used.Add(unique); suffix++)
        {
            unique = candidate + "_" + suffix;
        }

        _byName.Add(name, unique);
        return unique;
    }
}
