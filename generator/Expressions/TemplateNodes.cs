using System.Collections.Generic;

namespace EcsForge.Generator.Expressions;

/// <summary>A node of a template's body: text, an output <c>{{ }}</c>, or a statement <c>{% %}</c>.</summary>
internal abstract class TemplateNode
{
}

internal sealed class TextNode : TemplateNode
{
    public TextNode(string text)
    {
        Text = text;
    }

    public string Text { get; }
}

internal sealed class OutputNode : TemplateNode
{
    public OutputNode(Expr expression)
    {
        Expression = expression;
    }

    public Expr Expression { get; }
}

internal sealed class IfNode : TemplateNode
{
    public IfNode(List<KeyValuePair<Expr, List<TemplateNode>>> branches, List<TemplateNode>? otherwise)
    {
        Branches = branches;
        Otherwise = otherwise;
    }

    /// <summary>The <c>if</c> and each <c>elif</c>, in order.</summary>
    public List<KeyValuePair<Expr, List<TemplateNode>>> Branches { get; }

    public List<TemplateNode>? Otherwise { get; }
}

internal sealed class ForNode : TemplateNode
{
    public ForNode(List<Name> targets, Expr iterable, Expr? filter, List<TemplateNode> body, List<TemplateNode>? otherwise)
    {
        Targets = targets;
        Iterable = iterable;
        Filter = filter;
        Body = body;
        Otherwise = otherwise;
    }

    /// <summary>One name, or several unpacked from each item (<c>for key, value in d.items()</c>).</summary>
    public List<Name> Targets { get; }

    public Expr Iterable { get; }

    /// <summary><c>for x in items if condition</c>.</summary>
    public Expr? Filter { get; }

    public List<TemplateNode> Body { get; }

    public List<TemplateNode>? Otherwise { get; }
}

internal sealed class SetNode : TemplateNode
{
    public SetNode(List<Name> targets, Expr value)
    {
        Targets = targets;
        Value = value;
    }

    public List<Name> Targets { get; }

    public Expr Value { get; }
}
