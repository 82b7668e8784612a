using System;

namespace EcsForge.Pipelines;

/// <summary>
/// The operators of the pipeline language with Python's (and Jinja's) semantics, called by generated code.
/// Undefined values (<see cref="ValueKind.Absent"/>) behave as Jinja's: falsy, empty as text, empty when iterated;
/// what raises in Python returns <see cref="Value.Error"/>, which every operator propagates.
/// </summary>
public static partial class Ops
{
    /// <summary>Python's truth value. An error has none: the caller abandons its action.</summary>
    public static bool Truthy(ValueArena arena, in Value value) => value.Kind switch
    {
        ValueKind.True => true,
        ValueKind.Integer => value.Integer != 0,
        ValueKind.Float => value.Float != 0,
        ValueKind.String => value.Length > 0,
        ValueKind.List or ValueKind.Dict => arena.Count(value) > 0,
        ValueKind.Error => throw PipelineAbort.Instance,
        _ => false,
    };

    /// <summary>
    /// Whether a stage's or an action's filter holds: the rendered value's truth, where text counts as the Python
    /// literal it spells (<c>"1"</c>, <c>"True"</c>) and other text does not hold (CrowdStrike Falcon's UserIsAdmin
    /// <c>"0"</c> and Microsoft 365 Defender's AccountType <c>"Application"</c> leave their actions out). A filter that
    /// raised does not hold: the same outcome as abandoning the action, without throwing on every event (F5 BIG-IP's
    /// filters on a stage that has not run).
    /// </summary>
    public static bool Holds(ValueArena arena, in Value value)
    {
        if (value.IsError)
        {
            return false;
        }

        if (value.Kind != ValueKind.String)
        {
            return Truthy(arena, value);
        }

        var text = arena.Text(value).Trim();
        if (text.SequenceEqual("True".AsSpan()))
        {
            return true;
        }

        if (long.TryParse(text, System.Globalization.NumberStyles.AllowLeadingSign, System.Globalization.CultureInfo.InvariantCulture, out var integer))
        {
            return integer != 0;
        }

        return double.TryParse(text, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var number)
            && double.IsFinite(number) && number != 0;
    }

    public static Value Not(ValueArena arena, in Value value) => value.IsError ? value : Value.Bool(!Truthy(arena, value));

    public static Value Equal(ValueArena arena, in Value left, in Value right)
        => left.IsError ? left : right.IsError ? right : Value.Bool(AreEqual(arena, left, right));

    public static Value NotEqual(ValueArena arena, in Value left, in Value right)
        => left.IsError ? left : right.IsError ? right : Value.Bool(!AreEqual(arena, left, right));

    /// <summary>Python's <c>==</c>: numbers by value (<c>1 == 1.0 == True</c>), strings by content, containers item by item.</summary>
    public static bool AreEqual(ValueArena arena, in Value left, in Value right)
    {
        if (IsNumeric(left) && IsNumeric(right))
        {
            return left.Kind == ValueKind.Float || right.Kind == ValueKind.Float
                ? NumberOf(left) == NumberOf(right)
                : IntegerOf(left) == IntegerOf(right);
        }

        if (left.Kind != right.Kind)
        {
            return false;
        }

        switch (left.Kind)
        {
            case ValueKind.String:
                return arena.Text(left).SequenceEqual(arena.Text(right));
            case ValueKind.List:
                var count = arena.Count(left);
                if (count != arena.Count(right))
                {
                    return false;
                }

                for (var i = 0; i < count; i++)
                {
                    if (!AreEqual(arena, arena.Item(left, i), arena.Item(right, i)))
                    {
                        return false;
                    }
                }

                return true;
            case ValueKind.Dict:
                var members = arena.Count(left);
                if (members != arena.Count(right))
                {
                    return false;
                }

                for (var i = 0; i < members; i++)
                {
                    var other = arena.Member(right, arena.Text(arena.Key(left, i)));
                    if (other.IsAbsent || !AreEqual(arena, arena.Item(left, i), other))
                    {
                        return false;
                    }
                }

                return true;
            default:
                // None, undefined (Jinja's undefined equals undefined), and the booleans handled as numbers above.
                return true;
        }
    }

    /// <summary>Python's ordering: numbers with numbers, strings with strings, lists item by item; anything else raises.</summary>
    public static Value Compare(ValueArena arena, in Value left, in Value right, Comparison comparison)
    {
        var order = Order(arena, left, right);
        if (order is null)
        {
            return Value.Error;
        }

        return Value.Bool(comparison switch
        {
            Comparison.Less => order < 0,
            Comparison.LessOrEqual => order <= 0,
            Comparison.Greater => order > 0,
            _ => order >= 0,
        });
    }

    internal static int? Order(ValueArena arena, in Value left, in Value right)
    {
        if (IsNumeric(left) && IsNumeric(right))
        {
            return left.Kind == ValueKind.Float || right.Kind == ValueKind.Float
                ? NumberOf(left).CompareTo(NumberOf(right))
                : IntegerOf(left).CompareTo(IntegerOf(right));
        }

        if (left.Kind == ValueKind.String && right.Kind == ValueKind.String)
        {
            return Math.Sign(arena.Text(left).SequenceCompareTo(arena.Text(right)));
        }

        if (left.Kind == ValueKind.List && right.Kind == ValueKind.List)
        {
            var count = Math.Min(arena.Count(left), arena.Count(right));
            for (var i = 0; i < count; i++)
            {
                var a = arena.Item(left, i);
                var b = arena.Item(right, i);
                if (!AreEqual(arena, a, b))
                {
                    return Order(arena, a, b);
                }
            }

            return arena.Count(left).CompareTo(arena.Count(right));
        }

        return null;
    }

    /// <summary>Python's <c>needle in haystack</c>: a substring, a list item, a dict key; undefined holds nothing.</summary>
    public static Value In(ValueArena arena, in Value needle, in Value haystack)
    {
        if (needle.IsError)
        {
            return needle;
        }

        switch (haystack.Kind)
        {
            case ValueKind.String:
                return needle.Kind == ValueKind.String
                    ? Value.Bool(arena.Text(haystack).IndexOf(arena.Text(needle), StringComparison.Ordinal) >= 0)
                    : Value.Error;
            case ValueKind.List:
                var count = arena.Count(haystack);
                for (var i = 0; i < count; i++)
                {
                    if (AreEqual(arena, arena.Item(haystack, i), needle))
                    {
                        return Value.True;
                    }
                }

                return Value.False;
            case ValueKind.Dict:
                return Value.Bool(needle.Kind == ValueKind.String && arena.IndexOfKey(haystack, arena.Text(needle)) >= 0);
            case ValueKind.Absent:
                return Value.False;
            case ValueKind.Error:
                return haystack;
            default:
                return Value.Error;
        }
    }

    public static Value NotIn(ValueArena arena, in Value needle, in Value haystack)
    {
        var found = In(arena, needle, haystack);
        return found.IsError ? found : Value.Bool(found.Kind == ValueKind.False);
    }

    internal static bool IsNumeric(in Value value) => value.Kind is ValueKind.Integer or ValueKind.Float or ValueKind.True or ValueKind.False;

    internal static long IntegerOf(in Value value) => value.Kind switch
    {
        ValueKind.Integer => value.Integer,
        ValueKind.True => 1,
        _ => 0,
    };

    internal static double NumberOf(in Value value) => value.Kind == ValueKind.Float ? value.Float : IntegerOf(value);
}

/// <summary>The ordering comparisons.</summary>
public enum Comparison : byte
{
    Less,
    LessOrEqual,
    Greater,
    GreaterOrEqual,
}
