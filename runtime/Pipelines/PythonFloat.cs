using System;
using System.Globalization;

namespace EcsForge.Pipelines;

/// <summary>Python's <c>repr(float)</c>: the shortest round-trip digits, <c>1.0</c> not <c>1</c>, <c>1e+16</c>, <c>inf</c>, <c>nan</c>.</summary>
internal static class PythonFloat
{
    public static void Append(ValueArena arena, double value)
    {
        if (double.IsNaN(value))
        {
            arena.Append("nan".AsSpan());
            return;
        }

        if (double.IsInfinity(value))
        {
            arena.Append(value > 0 ? "inf".AsSpan() : "-inf".AsSpan());
            return;
        }

        Span<char> buffer = stackalloc char[32];
        value.TryFormat(buffer, out var written, "R", CultureInfo.InvariantCulture);
        var text = buffer[..written];
        var exponent = text.IndexOf('E');
        var magnitude = Math.Abs(value);
        if (exponent < 0 && (magnitude >= 1e16 || (magnitude < 1e-4 && magnitude != 0)))
        {
            // .NET writes some of these without an exponent where Python switches to one: use the exponent form.
            value.TryFormat(buffer, out written, "E16", CultureInfo.InvariantCulture);
            text = ShortestExponent(value, buffer);
            exponent = text.IndexOf('E');
        }

        if (exponent < 0)
        {
            arena.Append(text);
            if (text.IndexOf('.') < 0)
            {
                arena.Append(".0".AsSpan());
            }

            return;
        }

        // 1E+16 -> 1e+16, 1.5E-05 -> 1.5e-05: Python writes at least two exponent digits.
        arena.Append(text[..exponent]);
        arena.Append('e');
        var sign = text[exponent + 1] == '-' ? '-' : '+';
        arena.Append(sign);
        var digits = text[(exponent + 1)..].TrimStart('+').TrimStart('-').TrimStart('0');
        if (digits.Length < 2)
        {
            arena.Append('0');
        }

        arena.Append(digits.Length == 0 ? "0".AsSpan() : digits);
    }

    private static Span<char> ShortestExponent(double value, Span<char> buffer)
    {
        for (var precision = 0; precision <= 16; precision++)
        {
            value.TryFormat(buffer, out var written, "E" + precision.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
            if (double.Parse(buffer[..written], NumberStyles.Float, CultureInfo.InvariantCulture) == value)
            {
                var text = buffer[..written];
                var exponent = text.IndexOf('E');
                var mantissa = text[..exponent];
                if (mantissa.IndexOf('.') >= 0)
                {
                    mantissa = mantissa.TrimEnd('0').TrimEnd('.');
                }

                var length = mantissa.Length;
                text[exponent..].CopyTo(buffer[length..]);
                return buffer[..(length + written - exponent)];
            }
        }

        return buffer;
    }
}
