using System;
using System.Collections.Generic;

namespace EcsForge.Pipelines;

/// <summary>
/// Field paths made at run time (the members of a spread dict, the parent of a deleted field), kept so that the
/// same path is one string for the life of the session: steady state allocates none.
/// </summary>
internal sealed class FieldPaths
{
    // Bounded so that an endless variety of keys cannot grow it without limit; past it, paths are allocated per use.
    private const int MaxPaths = 4096;

    private readonly Dictionary<string, string> _paths = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _lookup;
    private char[] _buffer = new char[128];

    public FieldPaths()
    {
        _lookup = _paths.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary><c>prefix.key</c>.</summary>
    public string Join(string prefix, ReadOnlySpan<char> key)
    {
        var length = prefix.Length + 1 + key.Length;
        if (_buffer.Length < length)
        {
            _buffer = new char[Math.Max(length, _buffer.Length * 2)];
        }

        prefix.AsSpan().CopyTo(_buffer);
        _buffer[prefix.Length] = '.';
        key.CopyTo(_buffer.AsSpan(prefix.Length + 1));
        return Intern(_buffer.AsSpan(0, length));
    }

    /// <summary>A top-level key as a path.</summary>
    public string Root(ReadOnlySpan<char> key) => Intern(key);

    /// <summary>The first <paramref name="length"/> characters of <paramref name="path"/>.</summary>
    public string Parent(string path, int length) => Intern(path.AsSpan(0, length));

    private string Intern(ReadOnlySpan<char> path)
    {
        if (_lookup.TryGetValue(path, out var known))
        {
            return known;
        }

        var created = path.ToString();
        if (_paths.Count < MaxPaths)
        {
            _paths.Add(created, created);
        }

        return created;
    }
}
