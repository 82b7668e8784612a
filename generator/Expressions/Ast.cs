using System.Collections.Generic;

namespace EcsForge.Generator.Expressions;

/// <summary>An expression of the pipeline language, with its span in the template text for diagnostics.</summary>
internal abstract class Expr
{
    protected Expr(int start, int length)
    {
        Start = start;
        Length = length;
    }

    public int Start { get; }

    public int Length { get; }
}

internal enum LiteralKind
{
    None,
    True,
    False,
    Integer,
    Float,
    String,
}

internal sealed class Literal : Expr
{
    public Literal(LiteralKind kind, object? value, int start, int length)
        : base(start, length)
    {
        Kind = kind;
        Value = value;
    }

    public LiteralKind Kind { get; }

    /// <summary>The string, long or double.</summary>
    public object? Value { get; }
}

internal sealed class Name : Expr
{
    public Name(string identifier, int start, int length)
        : base(start, length)
    {
        Identifier = identifier;
    }

    public string Identifier { get; }
}

/// <summary><c>target.name</c>.</summary>
internal sealed class GetAttribute : Expr
{
    public GetAttribute(Expr target, string name, int start, int length)
        : base(start, length)
    {
        Target = target;
        Name = name;
    }

    public Expr Target { get; }

    public string Name { get; }
}

/// <summary><c>target[key]</c>.</summary>
internal sealed class GetItem : Expr
{
    public GetItem(Expr target, Expr key, int start, int length)
        : base(start, length)
    {
        Target = target;
        Key = key;
    }

    public Expr Target { get; }

    public Expr Key { get; }
}

/// <summary><c>target[start:stop:step]</c>.</summary>
internal sealed class SliceOf : Expr
{
    public SliceOf(Expr target, Expr? from, Expr? to, Expr? step, int start, int length)
        : base(start, length)
    {
        Target = target;
        From = from;
        To = to;
        Step = step;
    }

    public Expr Target { get; }

    public Expr? From { get; }

    public Expr? To { get; }

    public Expr? Step { get; }
}

/// <summary>Positional and keyword arguments of a call, a filter or a test.</summary>
internal sealed class Arguments
{
    public static readonly Arguments None = new(new List<Expr>(), new List<KeyValuePair<string, Expr>>());

    public Arguments(List<Expr> positional, List<KeyValuePair<string, Expr>> keywords)
    {
        Positional = positional;
        Keywords = keywords;
    }

    public List<Expr> Positional { get; }

    public List<KeyValuePair<string, Expr>> Keywords { get; }
}

/// <summary><c>receiver.method(arguments)</c>: the only calls the language has.</summary>
internal sealed class MethodCall : Expr
{
    public MethodCall(Expr receiver, string method, Arguments arguments, int start, int length)
        : base(start, length)
    {
        Receiver = receiver;
        Method = method;
        Arguments = arguments;
    }

    public Expr Receiver { get; }

    public string Method { get; }

    public Arguments Arguments { get; }
}

/// <summary><c>input | name(arguments)</c>.</summary>
internal sealed class FilterCall : Expr
{
    public FilterCall(Expr input, string name, Arguments arguments, int start, int length)
        : base(start, length)
    {
        Input = input;
        Name = name;
        Arguments = arguments;
    }

    public Expr Input { get; }

    public string Name { get; }

    public Arguments Arguments { get; }
}

/// <summary><c>input is [not] name</c>.</summary>
internal sealed class TestCall : Expr
{
    public TestCall(Expr input, string name, bool negated, Arguments arguments, int start, int length)
        : base(start, length)
    {
        Input = input;
        Name = name;
        Negated = negated;
        Arguments = arguments;
    }

    public Expr Input { get; }

    public string Name { get; }

    public bool Negated { get; }

    public Arguments Arguments { get; }
}

/// <summary>Arithmetic, <c>~</c>, <c>and</c>, <c>or</c>.</summary>
internal sealed class Binary : Expr
{
    public Binary(string op, Expr left, Expr right, int start, int length)
        : base(start, length)
    {
        Op = op;
        Left = left;
        Right = right;
    }

    public string Op { get; }

    public Expr Left { get; }

    public Expr Right { get; }
}

/// <summary><c>not</c>, unary <c>-</c> and <c>+</c>.</summary>
internal sealed class Unary : Expr
{
    public Unary(string op, Expr operand, int start, int length)
        : base(start, length)
    {
        Op = op;
        Operand = operand;
    }

    public string Op { get; }

    public Expr Operand { get; }
}

/// <summary>A comparison chain, <c>a &lt; b &lt;= c</c>, as Python evaluates it; operators include <c>in</c> and <c>not in</c>.</summary>
internal sealed class Compare : Expr
{
    public Compare(Expr first, List<KeyValuePair<string, Expr>> rest, int start, int length)
        : base(start, length)
    {
        First = first;
        Rest = rest;
    }

    public Expr First { get; }

    public List<KeyValuePair<string, Expr>> Rest { get; }
}

/// <summary><c>then if test else otherwise</c>; without <c>else</c>, undefined.</summary>
internal sealed class Conditional : Expr
{
    public Conditional(Expr test, Expr then, Expr? otherwise, int start, int length)
        : base(start, length)
    {
        Test = test;
        Then = then;
        Otherwise = otherwise;
    }

    public Expr Test { get; }

    public Expr Then { get; }

    public Expr? Otherwise { get; }
}

/// <summary>A list or tuple literal (tuples are lists at run time, as JSON has no tuple).</summary>
internal sealed class ListLiteral : Expr
{
    public ListLiteral(List<Expr> items, int start, int length)
        : base(start, length)
    {
        Items = items;
    }

    public List<Expr> Items { get; }
}

internal sealed class DictLiteral : Expr
{
    public DictLiteral(List<KeyValuePair<Expr, Expr>> members, int start, int length)
        : base(start, length)
    {
        Members = members;
    }

    public List<KeyValuePair<Expr, Expr>> Members { get; }
}
