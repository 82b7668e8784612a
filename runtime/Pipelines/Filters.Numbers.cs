using System;
using System.Globalization;

namespace EcsForge.Pipelines;

public static partial class Filters
{
    /// <summary>
    /// Jinja's <c>int(default=0, base=10)</c>: <c>int(value, base)</c> for a string, <c>int(value)</c> otherwise, then
    /// <c>int(float(value))</c>, then the default: <c>"42"</c> is 42, <c>" 7 "</c> 7, <c>"3.0"</c> 3, <c>3.9</c> 3,
    /// <c>"abc"</c> the default; undefined raises, as in Jinja 3.1. Python's integers are unbounded; past a long this raises.
    /// </summary>
    public static Value Int(ValueArena arena, Value value, Value @default, Value @base)
    {
        if (FirstError(value, @default, @base) is { IsError: true } error)
        {
            return error;
        }

        var fallback = @default.IsAbsent ? Value.FromInteger(0) : @default;
        var radix = @base.IsAbsent ? 10 : PythonText.IsInteger(@base) ? Ops.IntegerOf(@base) : -1;
        switch (value.Kind)
        {
            case ValueKind.Integer:
            case ValueKind.True:
            case ValueKind.False:
                return Value.FromInteger(Ops.IntegerOf(value));
            case ValueKind.Float:
                return FloatToInteger(value.Float, fallback);
            case ValueKind.String:
                var overflow = false;
                if (radix is 0 or (>= 2 and <= 36) && TryParseInteger(arena.Text(value), (int)radix, out var parsed, out overflow))
                {
                    return Value.FromInteger(parsed);
                }

                if (overflow)
                {
                    return Value.Error;
                }

                return TryParseFloat(arena.Text(value), out var number) ? FloatToInteger(number, fallback) : fallback;
            case ValueKind.Absent:
                // Jinja's undefined refuses int(): the render raises.
                return Value.Error;
            default:
                return fallback;
        }
    }

    /// <summary>Jinja's <c>float(default=0.0)</c>: Python's <c>float(value)</c>, the default when that raises.</summary>
    public static Value Float(ValueArena arena, Value value, Value @default)
    {
        if (FirstError(value, @default) is { IsError: true } error)
        {
            return error;
        }

        var fallback = @default.IsAbsent ? Value.FromFloat(0.0) : @default;
        return value.Kind switch
        {
            ValueKind.Integer or ValueKind.True or ValueKind.False => Value.FromFloat(Ops.IntegerOf(value)),
            ValueKind.Float => value,
            ValueKind.String => TryParseFloat(arena.Text(value), out var number) ? Value.FromFloat(number) : fallback,
            ValueKind.Absent => Value.Error, // Jinja's undefined refuses float(): the render raises.
            _ => fallback,
        };
    }

    /// <summary>Python's <c>abs</c>: numbers (booleans as 0 and 1); anything else raises.</summary>
    public static Value Abs(ValueArena arena, Value value) => value.Kind switch
    {
        ValueKind.Integer or ValueKind.True or ValueKind.False => Value.FromInteger(Math.Abs(Math.Max(Ops.IntegerOf(value), -long.MaxValue))),
        ValueKind.Float => Value.FromFloat(Math.Abs(value.Float)),
        ValueKind.Error => value,
        _ => Value.Error,
    };

    /// <summary>
    /// <c>int(float)</c>: truncates; NaN and infinity give the default (Jinja 3.1 catches the ValueError and the
    /// OverflowError). Finite values past a long, which Python holds, raise here.
    /// </summary>
    private static Value FloatToInteger(double number, in Value fallback)
    {
        if (!double.IsFinite(number))
        {
            return fallback;
        }

        var whole = Math.Truncate(number);
        return whole is >= -9.2233720368547758E18 and < 9.2233720368547758E18 ? Value.FromInteger((long)whole) : Value.Error;
    }

    /// <summary>
    /// Python's <c>int(text, base)</c>: surrounding white space, a sign, underscores between digits, a 0x/0o/0b prefix
    /// matching the base (any of them for base 0, where other leading zeros are refused).
    /// </summary>
    internal static bool TryParseInteger(ReadOnlySpan<char> text, int radix, out long value, out bool overflow)
    {
        value = 0;
        overflow = false;
        text = TrimSpace(text);
        var negative = false;
        if (!text.IsEmpty && text[0] is '+' or '-')
        {
            negative = text[0] == '-';
            text = text[1..];
        }

        if (text.Length >= 2 && text[0] == '0' && char.ToLowerInvariant(text[1]) is 'x' or 'o' or 'b')
        {
            var prefixRadix = char.ToLowerInvariant(text[1]) switch { 'x' => 16, 'o' => 8, _ => 2 };
            if (radix == 0 || radix == prefixRadix)
            {
                radix = prefixRadix;
                text = text[2..];
                if (!text.IsEmpty && text[0] == '_')
                {
                    text = text[1..];
                }
            }
        }

        if (radix == 0)
        {
            // Base 0 reads decimal, where a leading zero is only allowed for zero itself.
            radix = 10;
            if (text.Length > 1 && text[0] == '0' && text.TrimStart('0').TrimStart('_').Length > 0)
            {
                return false;
            }
        }

        if (text.IsEmpty || text[0] == '_' || text[^1] == '_')
        {
            return false;
        }

        ulong magnitude = 0;
        var previousUnderscore = false;
        foreach (var c in text)
        {
            if (c == '_')
            {
                if (previousUnderscore)
                {
                    return false;
                }

                previousUnderscore = true;
                continue;
            }

            previousUnderscore = false;
            var digit = c switch
            {
                >= '0' and <= '9' => c - '0',
                >= 'a' and <= 'z' => c - 'a' + 10,
                >= 'A' and <= 'Z' => c - 'A' + 10,
                _ => 99,
            };
            if (digit >= radix)
            {
                return false;
            }

            if (magnitude > (ulong.MaxValue - (ulong)digit) / (ulong)radix)
            {
                overflow = true;
                return false;
            }

            magnitude = (magnitude * (ulong)radix) + (ulong)digit;
        }

        if (magnitude > (negative ? 9223372036854775808UL : long.MaxValue))
        {
            overflow = true;
            return false;
        }

        value = negative ? (long)(0 - magnitude) : (long)magnitude;
        return true;
    }

    /// <summary>Python's <c>float(text)</c>: decimal or exponent forms with underscores between digits, <c>inf</c>, <c>infinity</c>, <c>nan</c>.</summary>
    internal static bool TryParseFloat(ReadOnlySpan<char> text, out double value)
    {
        value = 0;
        text = TrimSpace(text);
        var unsigned = !text.IsEmpty && text[0] is '+' or '-' ? text[1..] : text;
        var negative = !text.IsEmpty && text[0] == '-';
        if (unsigned.Equals("inf", StringComparison.OrdinalIgnoreCase) || unsigned.Equals("infinity", StringComparison.OrdinalIgnoreCase))
        {
            value = negative ? double.NegativeInfinity : double.PositiveInfinity;
            return true;
        }

        if (unsigned.Equals("nan", StringComparison.OrdinalIgnoreCase))
        {
            value = double.NaN;
            return true;
        }

        if (text.IsEmpty || text.Length > 256)
        {
            return false;
        }

        // Underscores may only sit between two digits; drop them before .NET parses.
        Span<char> digits = stackalloc char[text.Length];
        var length = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '_')
            {
                if (i == 0 || i == text.Length - 1 || !char.IsAsciiDigit(text[i - 1]) || !char.IsAsciiDigit(text[i + 1]))
                {
                    return false;
                }

                continue;
            }

            if (!(char.IsAsciiDigit(c) || c is '.' or 'e' or 'E' or '+' or '-'))
            {
                return false;
            }

            digits[length++] = c;
        }

        return double.TryParse(digits[..length], NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent, CultureInfo.InvariantCulture, out value);
    }

    private static ReadOnlySpan<char> TrimSpace(ReadOnlySpan<char> text)
    {
        var from = 0;
        var to = text.Length;
        while (from < to && PythonText.IsSpace(text[from]))
        {
            from++;
        }

        while (to > from && PythonText.IsSpace(text[to - 1]))
        {
            to--;
        }

        return text[from..to];
    }
}
