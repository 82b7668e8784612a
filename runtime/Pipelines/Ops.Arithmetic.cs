using System;

namespace EcsForge.Pipelines;

public static partial class Ops
{
    /// <summary>Python's <c>+</c>: numbers, string concatenation, list concatenation; anything else raises.</summary>
    public static Value Add(ValueArena arena, in Value left, in Value right)
    {
        if (IsNumeric(left) && IsNumeric(right))
        {
            return left.Kind == ValueKind.Float || right.Kind == ValueKind.Float
                ? Value.FromFloat(NumberOf(left) + NumberOf(right))
                : Value.FromInteger(IntegerOf(left) + IntegerOf(right));
        }

        if (left.Kind == ValueKind.String && right.Kind == ValueKind.String)
        {
            var start = arena.BeginString();
            arena.Append(arena.Text(left));
            arena.Append(arena.Text(right));
            return arena.EndString(start);
        }

        if (left.Kind == ValueKind.List && right.Kind == ValueKind.List)
        {
            var list = arena.NewList(arena.Count(left) + arena.Count(right));
            AppendAll(arena, list, left);
            AppendAll(arena, list, right);
            return list;
        }

        return Value.Error;
    }

    public static Value Subtract(ValueArena arena, in Value left, in Value right)
        => Numeric(left, right, static (a, b) => a - b, static (a, b) => a - b);

    /// <summary>Python's <c>*</c>: numbers, or a string or list repeated.</summary>
    public static Value Multiply(ValueArena arena, in Value left, in Value right)
    {
        if (IsNumeric(left) && IsNumeric(right))
        {
            return Numeric(left, right, static (a, b) => a * b, static (a, b) => a * b);
        }

        var (sequence, times) = left.Kind is ValueKind.String or ValueKind.List ? (left, right) : (right, left);
        if (sequence.Kind is not (ValueKind.String or ValueKind.List) || times.Kind is not (ValueKind.Integer or ValueKind.True or ValueKind.False))
        {
            return Value.Error;
        }

        var count = Math.Max(0, IntegerOf(times));
        if (sequence.Kind == ValueKind.String)
        {
            var start = arena.BeginString();
            for (var i = 0; i < count; i++)
            {
                arena.Append(arena.Text(sequence));
            }

            return arena.EndString(start);
        }

        var list = arena.NewList();
        for (var i = 0; i < count; i++)
        {
            AppendAll(arena, list, sequence);
        }

        return list;
    }

    /// <summary>Python's true division: always a float; division by zero raises.</summary>
    public static Value Divide(ValueArena arena, in Value left, in Value right)
    {
        if (!IsNumeric(left) || !IsNumeric(right) || NumberOf(right) == 0)
        {
            return Value.Error;
        }

        return Value.FromFloat(NumberOf(left) / NumberOf(right));
    }

    /// <summary>Python's <c>//</c>: rounds toward negative infinity.</summary>
    public static Value FloorDivide(ValueArena arena, in Value left, in Value right)
    {
        if (!IsNumeric(left) || !IsNumeric(right) || NumberOf(right) == 0)
        {
            return Value.Error;
        }

        if (left.Kind == ValueKind.Float || right.Kind == ValueKind.Float)
        {
            return Value.FromFloat(Math.Floor(NumberOf(left) / NumberOf(right)));
        }

        var a = IntegerOf(left);
        var b = IntegerOf(right);
        var quotient = a / b;
        return Value.FromInteger((a % b != 0) && ((a < 0) != (b < 0)) ? quotient - 1 : quotient);
    }

    /// <summary>Python's <c>%</c> on numbers: the result has the divisor's sign.</summary>
    public static Value Modulo(ValueArena arena, in Value left, in Value right)
    {
        if (!IsNumeric(left) || !IsNumeric(right) || NumberOf(right) == 0)
        {
            return Value.Error;
        }

        if (left.Kind == ValueKind.Float || right.Kind == ValueKind.Float)
        {
            var divisor = NumberOf(right);
            var remainder = NumberOf(left) % divisor;
            return Value.FromFloat(remainder != 0 && (remainder < 0) != (divisor < 0) ? remainder + divisor : remainder);
        }

        var b = IntegerOf(right);
        var r = IntegerOf(left) % b;
        return Value.FromInteger(r != 0 && (r < 0) != (b < 0) ? r + b : r);
    }

    public static Value Power(ValueArena arena, in Value left, in Value right)
    {
        if (!IsNumeric(left) || !IsNumeric(right))
        {
            return Value.Error;
        }

        if (left.Kind != ValueKind.Float && right.Kind != ValueKind.Float && IntegerOf(right) >= 0)
        {
            long result = 1;
            var factor = IntegerOf(left);
            for (var exponent = IntegerOf(right); exponent > 0 && exponent < 64; exponent--)
            {
                result *= factor;
            }

            return Value.FromInteger(result);
        }

        return Value.FromFloat(Math.Pow(NumberOf(left), NumberOf(right)));
    }

    public static Value Negate(ValueArena arena, in Value value) => value.Kind switch
    {
        ValueKind.Integer or ValueKind.True or ValueKind.False => Value.FromInteger(-IntegerOf(value)),
        ValueKind.Float => Value.FromFloat(-value.Float),
        _ => Value.Error,
    };

    public static Value Plus(ValueArena arena, in Value value) => IsNumeric(value) ? (value.Kind == ValueKind.Float ? value : Value.FromInteger(IntegerOf(value))) : Value.Error;

    private static Value Numeric(in Value left, in Value right, Func<long, long, long> integers, Func<double, double, double> floats)
    {
        if (!IsNumeric(left) || !IsNumeric(right))
        {
            return Value.Error;
        }

        return left.Kind == ValueKind.Float || right.Kind == ValueKind.Float
            ? Value.FromFloat(floats(NumberOf(left), NumberOf(right)))
            : Value.FromInteger(integers(IntegerOf(left), IntegerOf(right)));
    }

    internal static void AppendAll(ValueArena arena, in Value list, in Value items)
    {
        var count = arena.Count(items);
        for (var i = 0; i < count; i++)
        {
            arena.Append(list, arena.Item(items, i));
        }
    }
}
