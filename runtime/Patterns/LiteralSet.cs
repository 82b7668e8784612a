using System;

namespace EcsForge.Patterns;

/// <summary>
/// The texts of a literal-set alternation (<c>(Bot|Spider|Crawl|...)</c>), indexed by first byte so that a position
/// tries only the texts that can start there, in their order: uap-core's crawler alternation of some 150 texts costs
/// a handful of comparisons per position instead of 150.
/// </summary>
public sealed class LiteralSet
{
    private static readonly int[] s_none = [];

    private readonly byte[][] _texts;
    private readonly int[][] _byFirstByte = new int[256][];
    private readonly bool _ignoreCase;

    /// <param name="texts">Non-empty texts, in alternation order; lowercase ASCII when <paramref name="ignoreCase"/>.</param>
    /// <param name="ignoreCase">Match ASCII letters in either case.</param>
    public LiteralSet(byte[][] texts, bool ignoreCase)
    {
        _texts = texts;
        _ignoreCase = ignoreCase;
        for (var value = 0; value < 256; value++)
        {
            var folded = ignoreCase && value is >= 'A' and <= 'Z' ? value | 0x20 : value;
            var count = 0;
            foreach (var text in texts)
            {
                count += text[0] == folded ? 1 : 0;
            }

            var indexes = count == 0 ? s_none : new int[count];
            count = 0;
            for (var index = 0; index < texts.Length; index++)
            {
                if (texts[index][0] == folded)
                {
                    indexes[count++] = index;
                }
            }

            _byFirstByte[value] = indexes;
        }
    }

    /// <summary>The length in bytes of text <paramref name="index"/>.</summary>
    public int LengthOf(int index) => _texts[index].Length;

    /// <summary>The index of the first text from <paramref name="first"/> on that <paramref name="text"/> starts with, or -1.</summary>
    public int MatchFirst(ReadOnlySpan<byte> text, int first)
    {
        if (text.IsEmpty)
        {
            return -1;
        }

        foreach (var index in _byFirstByte[text[0]])
        {
            if (index >= first && (_ignoreCase ? PatternText.StartsWithIgnoreCase(text, _texts[index]) : text.StartsWith(_texts[index])))
            {
                return index;
            }
        }

        return -1;
    }
}
