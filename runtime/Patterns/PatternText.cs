using System;
using EcsForge.Parsing;

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

    /// <summary>A capture as a located value: a slice of the matched field (empty captures are empty values).</summary>
    public static RawValue Capture(in RawValue field, int start, int end)
        => start < 0 || end <= start
            ? new RawValue(RawKind.Empty, 0, 0)
            : new RawValue(RawKind.String, field.Start + start, end - start, field.InScratch);
}
