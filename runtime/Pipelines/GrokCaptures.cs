using System;
using System.Globalization;
using System.Text;

namespace EcsForge.Pipelines;

/// <summary>
/// The values of a grok stage's captures (<c>[ParseGrok]</c>), as pygrok gives them: the captured text, <c>None</c> for
/// a group the match did not reach, and a number for a capture typed <c>int</c> or <c>float</c> (<c>%{INT:x:int}</c>).
/// </summary>
public static class GrokCaptures
{
    /// <summary>The text of <paramref name="utf8"/> from <paramref name="start"/> to <paramref name="end"/>; None when not captured.</summary>
    public static Value Text(ValueArena arena, ReadOnlySpan<byte> utf8, int start, int end)
        => start < 0 || end < start ? Value.None : arena.Utf8String(utf8.Slice(start, end - start));

    /// <summary>The capture as Python's <c>int()</c> reads it; its text when it is not an integer.</summary>
    public static Value Integer(ValueArena arena, ReadOnlySpan<byte> utf8, int start, int end)
    {
        if (start < 0 || end < start)
        {
            return Value.None;
        }

        var text = utf8.Slice(start, end - start);
        return long.TryParse(Encoding.UTF8.GetString(text).Trim(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number)
            ? Value.FromInteger(number)
            : arena.Utf8String(text);
    }

    /// <summary>The capture as Python's <c>float()</c> reads it; its text when it is not a number.</summary>
    public static Value Float(ValueArena arena, ReadOnlySpan<byte> utf8, int start, int end)
    {
        if (start < 0 || end < start)
        {
            return Value.None;
        }

        var text = utf8.Slice(start, end - start);
        return double.TryParse(Encoding.UTF8.GetString(text).Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out var number)
            ? Value.FromFloat(number)
            : arena.Utf8String(text);
    }
}
