using System.Collections.Generic;
using EcsForge.Generator.Shared;

namespace EcsForge.Generator.Patterns;

/// <summary>The parsed form of a grok pattern once every <c>%{NAME}</c> is expanded: a small regex tree.</summary>
internal abstract class RegexNode
{
}

internal sealed class LiteralNode : RegexNode
{
    public LiteralNode(string text, bool ignoreCase = false)
    {
        Text = text;
        IgnoreCase = ignoreCase;
    }

    public string Text { get; }

    /// <summary>The text is ASCII letters matched in either case.</summary>
    public bool IgnoreCase { get; }
}

/// <summary><c>.</c>: any character but a newline.</summary>
internal sealed class AnyNode : RegexNode
{
}

/// <summary>A character class of ASCII ranges, e.g. <c>[a-zA-Z0-9._-]</c> or <c>\S</c> (negated).</summary>
internal sealed class ClassNode : RegexNode
{
    public ClassNode(List<(char Low, char High)> ranges, bool negated)
    {
        Ranges = ranges;
        Negated = negated;
    }

    public List<(char Low, char High)> Ranges { get; }

    public bool Negated { get; }
}

internal sealed class ConcatNode : RegexNode
{
    public ConcatNode(List<RegexNode> items) => Items = items;

    public List<RegexNode> Items { get; }
}

internal sealed class AlternateNode : RegexNode
{
    public AlternateNode(List<RegexNode> choices) => Choices = choices;

    public List<RegexNode> Choices { get; }
}

/// <summary>A quantified node; <see cref="Maximum"/> is -1 when unbounded.</summary>
internal sealed class RepeatNode : RegexNode
{
    public RepeatNode(RegexNode body, int minimum, int maximum, bool lazy)
    {
        Body = body;
        Minimum = minimum;
        Maximum = maximum;
        Lazy = lazy;
    }

    public RegexNode Body { get; }

    public int Minimum { get; }

    public int Maximum { get; }

    public bool Lazy { get; }
}

/// <summary>A named grok capture, <c>%{IP:src}</c>.</summary>
internal sealed class CaptureNode : RegexNode
{
    public CaptureNode(string name, RegexNode body)
    {
        Name = name;
        Body = body;
    }

    public string Name { get; }

    public RegexNode Body { get; }
}

/// <summary>A grok pattern matched by a runtime span function (<see cref="GrokToken"/>), e.g. <c>IP</c>.</summary>
internal sealed class TokenNode : RegexNode
{
    public TokenNode(GrokToken token) => Token = token;

    public GrokToken Token { get; }
}

/// <summary><c>$</c>: the end of the text.</summary>
internal sealed class EndNode : RegexNode
{
}

/// <summary><c>^</c>: the start of the text.</summary>
internal sealed class StartNode : RegexNode
{
}

/// <summary><c>\b</c> (or <c>\B</c> when negated): between an ASCII word character and a non-word character or an edge.</summary>
internal sealed class WordBoundaryNode : RegexNode
{
    public WordBoundaryNode(bool negated) => Negated = negated;

    public bool Negated { get; }
}

/// <summary>
/// Alternatives that are all plain texts, tried in order by one instruction (built by the compiler from an
/// alternation, never by the parser): <c>(bingbot|Bolt|Iron|...)</c>.
/// </summary>
internal sealed class LiteralSetNode : RegexNode
{
    public LiteralSetNode(List<string> texts, bool ignoreCase)
    {
        Texts = texts;
        IgnoreCase = ignoreCase;
    }

    public List<string> Texts { get; }

    public bool IgnoreCase { get; }
}
