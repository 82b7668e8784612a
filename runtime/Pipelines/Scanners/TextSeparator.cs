using System;
using System.Buffers;

namespace EcsForge.Pipelines.Scanners;

/// <summary>
/// A separator of the platform's text parsers (see <see cref="SeparatorSyntax"/>), compiled once per step: a fixed
/// sequence of character sets, found with a vectorized search for its first position. Finding every separator of a
/// text costs at most its length times the separator's.
/// </summary>
public sealed class TextSeparator
{
    private readonly string[] _positions;
    private readonly SearchValues<char> _first;

    private TextSeparator(string[] positions)
    {
        _positions = positions;
        _first = SearchValues.Create(positions[0].AsSpan());
    }

    /// <summary>The number of characters the separator matches.</summary>
    public int Length => _positions.Length;

    /// <summary>The characters the separator can start with.</summary>
    public string FirstCharacters => _positions[0];

    /// <summary>Compiles a separator; throws <see cref="ArgumentException"/> outside the supported subset (the generator reports it first).</summary>
    public static TextSeparator Parse(string pattern)
    {
        var positions = SeparatorSyntax.Parse(pattern, out var error)
            ?? throw new ArgumentException($"Unsupported separator '{pattern}': {error}.", nameof(pattern));
        return new TextSeparator(positions.ToArray());
    }

    /// <summary>Whether the separator matches at <paramref name="at"/>.</summary>
    public bool MatchesAt(ReadOnlySpan<char> text, int at)
    {
        if (text.Length - at < _positions.Length)
        {
            return false;
        }

        for (var i = 0; i < _positions.Length; i++)
        {
            if (!_positions[i].Contains(text[at + i]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Where the separator next matches at or after <paramref name="from"/>; -1 when it does not.</summary>
    public int IndexOf(ReadOnlySpan<char> text, int from)
    {
        while (from < text.Length)
        {
            var found = text[from..].IndexOfAny(_first);
            if (found < 0)
            {
                return -1;
            }

            from += found;
            if (MatchesAt(text, from))
            {
                return from;
            }

            from++;
        }

        return -1;
    }
}
