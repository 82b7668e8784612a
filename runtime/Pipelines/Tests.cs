using System;

namespace EcsForge.Pipelines;

/// <summary>
/// The tests of the pipeline language (<c>x is name</c>), one method per entry of <see cref="Builtins.Tests"/>, with
/// Jinja's semantics; and the tests <c>select</c>/<c>reject</c> name by string. A test returns a bool, which cannot
/// carry an error: on an error value it throws <see cref="PipelineAbort"/>, as <see cref="Ops.Truthy"/> does, and the
/// action is abandoned.
/// </summary>
public static class Tests
{
    public static bool Defined(ValueArena arena, Value value) => Checked(value) && (!value.IsAbsent);

    public static bool Undefined(ValueArena arena, Value value) => Checked(value) && (value.IsAbsent);

    public static bool None(ValueArena arena, Value value) => Checked(value) && (value.Kind == ValueKind.None);

    /// <summary>Jinja's <c>number</c>: an int or a float; Jinja counts booleans too (<c>isinstance(True, Number)</c>), and so does this.</summary>
    public static bool Number(ValueArena arena, Value value) => Checked(value) && (value.Kind is ValueKind.Integer or ValueKind.Float or ValueKind.True or ValueKind.False);

    public static bool String(ValueArena arena, Value value) => Checked(value) && (value.Kind == ValueKind.String);

    public static bool Mapping(ValueArena arena, Value value) => Checked(value) && (value.Kind == ValueKind.Dict);

    /// <summary>Jinja's <c>iterable</c> (and <c>sequence</c>): a string, a list or a dict; Jinja's undefined iterates too (as empty).</summary>
    public static bool Iterable(ValueArena arena, Value value) => Checked(value) && (value.Kind is ValueKind.String or ValueKind.List or ValueKind.Dict or ValueKind.Absent);

    /// <summary>
    /// Runs the test a string names, as <c>select</c>/<c>reject</c> do: absent means truthiness; an unknown name raises,
    /// as does a comparison Python cannot make.
    /// </summary>
    internal static Value ByName(ValueArena arena, in Value test, in Value value, in Value argument)
    {
        if (test.IsAbsent)
        {
            return value.IsError ? value : Value.Bool(Ops.Truthy(arena, value));
        }

        if (value.IsError)
        {
            return value;
        }

        var name = arena.Text(test);
        return name switch
        {
            "defined" => Value.Bool(!value.IsAbsent),
            "undefined" => Value.Bool(value.IsAbsent),
            "none" => Value.Bool(value.Kind == ValueKind.None),
            "number" => Value.Bool(Number(arena, value)),
            "integer" => Value.Bool(value.Kind == ValueKind.Integer),
            "float" => Value.Bool(value.Kind == ValueKind.Float),
            "boolean" => Value.Bool(value.Kind is ValueKind.True or ValueKind.False),
            "true" => Value.Bool(value.Kind == ValueKind.True),
            "false" => Value.Bool(value.Kind == ValueKind.False),
            "string" => Value.Bool(value.Kind == ValueKind.String),
            "mapping" => Value.Bool(value.Kind == ValueKind.Dict),
            "iterable" or "sequence" => Value.Bool(Iterable(arena, value)),
            "truthy" => Value.Bool(Ops.Truthy(arena, value)),
            "falsy" => Value.Bool(!Ops.Truthy(arena, value)),
            "equalto" or "==" or "eq" => Ops.Equal(arena, value, argument),
            "ne" or "!=" => Ops.NotEqual(arena, value, argument),
            "in" => Ops.In(arena, value, argument),
            "gt" or ">" or "greaterthan" => Ops.Compare(arena, value, argument, Comparison.Greater),
            "ge" or ">=" => Ops.Compare(arena, value, argument, Comparison.GreaterOrEqual),
            "lt" or "<" or "lessthan" => Ops.Compare(arena, value, argument, Comparison.Less),
            "le" or "<=" => Ops.Compare(arena, value, argument, Comparison.LessOrEqual),
            "sameas" => Value.Bool(SameAs(arena, value, argument)),
            "lower" => value.Kind == ValueKind.String ? Value.Bool(IsCased(arena.Text(value), upper: false)) : Value.Error,
            "upper" => value.Kind == ValueKind.String ? Value.Bool(IsCased(arena.Text(value), upper: true)) : Value.Error,
            "odd" or "even" => PythonText.IsInteger(value) ? Value.Bool((Ops.IntegerOf(value) & 1) == (name[0] == 'o' ? 1 : 0)) : Value.Error,
            "divisibleby" => Ops.Modulo(arena, value, argument) is var rest && rest.IsError ? rest : Value.Bool(Ops.AreEqual(arena, rest, Value.FromInteger(0))),
            "match" => Filters.ReMatch(arena, value, argument),
            "search" => Filters.ReSearch(arena, value, argument),
            _ => Value.Error,
        };
    }

    /// <summary>True, or throws on an error value: the test's answer would be meaningless.</summary>
    private static bool Checked(in Value value) => value.IsError ? throw PipelineAbort.Instance : true;

    /// <summary>Python's <c>is</c>, approximated on values: the same singleton, equal scalars of one type, the same container.</summary>
    private static bool SameAs(ValueArena arena, in Value left, in Value right)
    {
        if (left.Kind != right.Kind)
        {
            return false;
        }

        return left.Kind switch
        {
            ValueKind.List or ValueKind.Dict => left.Start == right.Start,
            ValueKind.String or ValueKind.Integer or ValueKind.Float => Ops.AreEqual(arena, left, right),
            _ => true,
        };
    }

    /// <summary>Python's <c>str.islower</c>/<c>isupper</c>: at least one cased character, none of the other case.</summary>
    private static bool IsCased(ReadOnlySpan<char> text, bool upper)
    {
        var cased = false;
        foreach (var c in text)
        {
            if (upper ? char.IsLower(c) : char.IsUpper(c))
            {
                return false;
            }

            cased |= upper ? char.IsUpper(c) : char.IsLower(c);
        }

        return cased;
    }
}
