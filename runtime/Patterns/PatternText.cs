using System;

namespace EcsForge.Patterns;

/// <summary>Small helpers of the compiled pattern matchers.</summary>
public static class PatternText
{
    /// <summary>Length of the UTF-8 character at <paramref name="position"/>, so <c>.</c> steps over whole characters.</summary>
    public static int CharacterLength(ReadOnlySpan<byte> text, int position)
    {
        var lead = text[position];
        var length = lead < 0xC0 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4;
        return Math.Min(length, text.Length - position);
    }

    /// <summary>True between an ASCII word character (<c>\w</c>) and a non-word character or an edge of the text.</summary>
    public static bool IsWordBoundary(ReadOnlySpan<byte> text, int position)
    {
        var before = position > 0 && IsWordCharacter(text[position - 1]);
        var after = position < text.Length && IsWordCharacter(text[position]);
        return before != after;
    }

    /// <summary>True when <paramref name="text"/> starts with <paramref name="lowercase"/> (ASCII) in any case.</summary>
    public static bool StartsWithIgnoreCase(ReadOnlySpan<byte> text, ReadOnlySpan<byte> lowercase)
        => text.Length >= lowercase.Length && System.Text.Ascii.EqualsIgnoreCase(text.Slice(0, lowercase.Length), lowercase);

    /// <summary>True when <paramref name="text"/> contains <paramref name="lowercase"/> (ASCII) in any case.</summary>
    public static bool ContainsIgnoreCase(ReadOnlySpan<byte> text, ReadOnlySpan<byte> lowercase)
    {
        if (lowercase.IsEmpty)
        {
            return true;
        }

        var first = lowercase[0];
        var other = first is >= (byte)'a' and <= (byte)'z' ? (byte)(first - 32) : first;
        var position = 0;
        while (true)
        {
            var found = text.Slice(position).IndexOfAny(first, other);
            if (found < 0)
            {
                return false;
            }

            position += found;
            if (StartsWithIgnoreCase(text.Slice(position), lowercase))
            {
                return true;
            }

            position++;
        }
    }

    private static bool IsWordCharacter(byte value)
        => (value >= (byte)'a' && value <= (byte)'z') || (value >= (byte)'A' && value <= (byte)'Z') || (value >= (byte)'0' && value <= (byte)'9') || value == (byte)'_';
}
