namespace EcsForge.Generator.Expressions;

internal enum TokenKind
{
    Name,
    String,
    Integer,
    Float,
    Operator,

    /// <summary>The end of the tag: <c>}}</c> or <c>%}</c>.</summary>
    End,
}

/// <summary>One token of an expression, with its offset in the template text for diagnostics.</summary>
internal readonly struct Token
{
    public Token(TokenKind kind, string text, int start, int length, object? value = null)
    {
        Kind = kind;
        Text = text;
        Start = start;
        Length = length;
        Value = value;
    }

    public TokenKind Kind { get; }

    /// <summary>The name or operator as written; the decoded text for a string.</summary>
    public string Text { get; }

    public int Start { get; }

    public int Length { get; }

    /// <summary>A number's value (long or double).</summary>
    public object? Value { get; }

    public bool Is(string op) => Kind == TokenKind.Operator && Text == op;

    public bool IsName(string name) => Kind == TokenKind.Name && Text == name;

    public override string ToString() => Kind == TokenKind.End ? "end of tag" : "'" + Text + "'";
}
