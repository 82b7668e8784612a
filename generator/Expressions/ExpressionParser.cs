using System.Collections.Generic;

namespace EcsForge.Generator.Expressions;

/// <summary>
/// Parses the tokens of one tag into an expression with Jinja's grammar and precedence: conditional, <c>or</c>,
/// <c>and</c>, <c>not</c>, comparisons, <c>+ -</c>, <c>~</c>, <c>* / // %</c>, <c>**</c>, unary, then postfix
/// (attributes, items, slices, calls) and filters/tests.
/// </summary>
internal sealed class ExpressionParser
{
    private readonly List<Token> _tokens;
    private int _position;

    public ExpressionParser(List<Token> tokens)
    {
        _tokens = tokens;
    }

    public Token Current => _tokens[_position];

    public bool AtEnd => Current.Kind == TokenKind.End;

    public Token Next() => _tokens[_position++];

    public void ExpectEnd()
    {
        if (!AtEnd)
        {
            throw Unexpected("the end of the tag");
        }
    }

    public Token Expect(string op)
    {
        if (!Current.Is(op))
        {
            throw Unexpected("'" + op + "'");
        }

        return Next();
    }

    public Token ExpectName(string? name = null)
    {
        if (Current.Kind != TokenKind.Name || (name is not null && Current.Text != name))
        {
            throw Unexpected(name is null ? "a name" : "'" + name + "'");
        }

        return Next();
    }

    public bool SkipName(string name)
    {
        if (Current.IsName(name))
        {
            _position++;
            return true;
        }

        return false;
    }

    public bool Skip(string op)
    {
        if (Current.Is(op))
        {
            _position++;
            return true;
        }

        return false;
    }

    public ExpressionError Unexpected(string expected)
        => new("expected " + expected + ", found " + Current, Current.Start, Current.Length);

    /// <summary>An expression, or an implicit tuple <c>a, b</c> (as a list) where Jinja allows one.</summary>
    public Expr ParseTuple()
    {
        var first = ParseExpression();
        if (!Current.Is(","))
        {
            return first;
        }

        var items = new List<Expr> { first };
        while (Skip(","))
        {
            if (AtEnd || Current.Is(")") || Current.Is("="))
            {
                break;
            }

            items.Add(ParseExpression());
        }

        return new ListLiteral(items, first.Start, End(items[items.Count - 1]) - first.Start);
    }

    /// <summary>An expression without a trailing <c>if</c> condition: a for loop's iterable, before its own <c>if</c> filter.</summary>
    public Expr ParseExpressionWithoutCondition() => ParseOr();

    public Expr ParseExpression()
    {
        var expression = ParseOr();
        while (SkipName("if"))
        {
            var test = ParseOr();
            var otherwise = SkipName("else") ? ParseExpression() : null;
            expression = new Conditional(test, expression, otherwise, expression.Start, End(otherwise ?? test) - expression.Start);
        }

        return expression;
    }

    private Expr ParseOr()
    {
        var left = ParseAnd();
        while (SkipName("or"))
        {
            var right = ParseAnd();
            left = new Binary("or", left, right, left.Start, End(right) - left.Start);
        }

        return left;
    }

    private Expr ParseAnd()
    {
        var left = ParseNot();
        while (SkipName("and"))
        {
            var right = ParseNot();
            left = new Binary("and", left, right, left.Start, End(right) - left.Start);
        }

        return left;
    }

    private Expr ParseNot()
    {
        if (Current.IsName("not"))
        {
            var start = Next().Start;
            var operand = ParseNot();
            return new Unary("not", operand, start, End(operand) - start);
        }

        return ParseCompare();
    }

    private Expr ParseCompare()
    {
        var first = ParseMath1();
        var rest = new List<KeyValuePair<string, Expr>>();
        while (true)
        {
            string op;
            if (Current.Kind == TokenKind.Operator && Current.Text is "==" or "!=" or "<" or "<=" or ">" or ">=")
            {
                op = Next().Text;
            }
            else if (Current.IsName("in"))
            {
                Next();
                op = "in";
            }
            else if (Current.IsName("not") && _tokens[_position + 1].IsName("in"))
            {
                _position += 2;
                op = "not in";
            }
            else
            {
                break;
            }

            rest.Add(new KeyValuePair<string, Expr>(op, ParseMath1()));
        }

        return rest.Count == 0 ? first : new Compare(first, rest, first.Start, End(rest[rest.Count - 1].Value) - first.Start);
    }

    private Expr ParseMath1()
    {
        var left = ParseConcat();
        while (Current.Is("+") || Current.Is("-"))
        {
            var op = Next().Text;
            var right = ParseConcat();
            left = new Binary(op, left, right, left.Start, End(right) - left.Start);
        }

        return left;
    }

    private Expr ParseConcat()
    {
        var left = ParseMath2();
        while (Skip("~"))
        {
            var right = ParseMath2();
            left = new Binary("~", left, right, left.Start, End(right) - left.Start);
        }

        return left;
    }

    private Expr ParseMath2()
    {
        var left = ParsePower();
        while (Current.Kind == TokenKind.Operator && Current.Text is "*" or "/" or "//" or "%")
        {
            var op = Next().Text;
            var right = ParsePower();
            left = new Binary(op, left, right, left.Start, End(right) - left.Start);
        }

        return left;
    }

    private Expr ParsePower()
    {
        var left = ParseUnary(withFilter: true);
        while (Skip("**"))
        {
            var right = ParseUnary(withFilter: true);
            left = new Binary("**", left, right, left.Start, End(right) - left.Start);
        }

        return left;
    }

    private Expr ParseUnary(bool withFilter)
    {
        Expr node;
        if (Current.Is("-") || Current.Is("+"))
        {
            var token = Next();
            var operand = ParseUnary(withFilter: false);
            node = new Unary(token.Text, operand, token.Start, End(operand) - token.Start);
        }
        else
        {
            node = ParsePrimary();
        }

        node = ParsePostfix(node);
        return withFilter ? ParseFilters(node) : node;
    }

    private Expr ParsePrimary()
    {
        var token = Current;
        switch (token.Kind)
        {
            case TokenKind.Name:
                Next();
                return token.Text switch
                {
                    "true" or "True" => new Literal(LiteralKind.True, null, token.Start, token.Length),
                    "false" or "False" => new Literal(LiteralKind.False, null, token.Start, token.Length),
                    "none" or "None" => new Literal(LiteralKind.None, null, token.Start, token.Length),
                    _ => new Name(token.Text, token.Start, token.Length),
                };
            case TokenKind.String:
                Next();
                var text = token.Text;
                var end = token.Start + token.Length;
                while (Current.Kind == TokenKind.String)
                {
                    var next = Next();
                    text += next.Text;
                    end = next.Start + next.Length;
                }

                return new Literal(LiteralKind.String, text, token.Start, end - token.Start);
            case TokenKind.Integer:
                Next();
                return new Literal(LiteralKind.Integer, token.Value, token.Start, token.Length);
            case TokenKind.Float:
                Next();
                return new Literal(LiteralKind.Float, token.Value, token.Start, token.Length);
        }

        if (Skip("("))
        {
            if (Current.Is(")"))
            {
                var close = Next();
                return new ListLiteral(new List<Expr>(), token.Start, close.Start + 1 - token.Start);
            }

            var inner = ParseTuple();
            var closing = Expect(")");
            return inner is ListLiteral tuple ? new ListLiteral(tuple.Items, token.Start, closing.Start + 1 - token.Start) : inner;
        }

        if (Skip("["))
        {
            var items = new List<Expr>();
            while (!Current.Is("]"))
            {
                items.Add(ParseExpression());
                if (!Skip(","))
                {
                    break;
                }
            }

            var close = Expect("]");
            return new ListLiteral(items, token.Start, close.Start + 1 - token.Start);
        }

        if (Skip("{"))
        {
            var members = new List<KeyValuePair<Expr, Expr>>();
            while (!Current.Is("}"))
            {
                var key = ParseExpression();
                Expect(":");
                members.Add(new KeyValuePair<Expr, Expr>(key, ParseExpression()));
                if (!Skip(","))
                {
                    break;
                }
            }

            var close = Expect("}");
            return new DictLiteral(members, token.Start, close.Start + 1 - token.Start);
        }

        throw Unexpected("a value");
    }

    private Expr ParsePostfix(Expr node)
    {
        while (true)
        {
            if (Skip("."))
            {
                var name = Current;
                if (name.Kind == TokenKind.Integer)
                {
                    // Jinja reads `items.0` as items[0].
                    Next();
                    node = new GetItem(node, new Literal(LiteralKind.Integer, name.Value, name.Start, name.Length), node.Start, name.Start + name.Length - node.Start);
                    continue;
                }

                ExpectName();
                if (Current.Is("("))
                {
                    var arguments = ParseArguments(out var close);
                    node = new MethodCall(node, name.Text, arguments, node.Start, close - node.Start);
                }
                else
                {
                    node = new GetAttribute(node, name.Text, node.Start, name.Start + name.Length - node.Start);
                }
            }
            else if (Current.Is("["))
            {
                node = ParseSubscript(node);
            }
            else if (Current.Is("("))
            {
                throw new ExpressionError("only methods can be called (value.method(...)); filters take their arguments as `| name(...)`", Current.Start, 1);
            }
            else
            {
                return node;
            }
        }
    }

    private Expr ParseSubscript(Expr node)
    {
        Expect("[");
        Expr? from = null;
        if (!Current.Is(":"))
        {
            from = ParseExpression();
            if (Current.Is("]"))
            {
                var close = Next();
                return new GetItem(node, from, node.Start, close.Start + 1 - node.Start);
            }
        }

        Expect(":");
        var to = Current.Is(":") || Current.Is("]") ? null : ParseExpression();
        Expr? step = null;
        if (Skip(":") && !Current.Is("]"))
        {
            step = ParseExpression();
        }

        var end = Expect("]");
        return new SliceOf(node, from, to, step, node.Start, end.Start + 1 - node.Start);
    }

    private Expr ParseFilters(Expr node)
    {
        while (true)
        {
            if (Skip("|"))
            {
                var name = ExpectName();
                var filterName = name.Text;
                while (Current.Is(".") && _tokens[_position + 1].Kind == TokenKind.Name)
                {
                    Next();
                    filterName += "." + Next().Text;
                }

                var end = name.Start + name.Length;
                var arguments = Arguments.None;
                if (Current.Is("("))
                {
                    arguments = ParseArguments(out end);
                }

                node = new FilterCall(node, filterName, arguments, node.Start, end - node.Start);
            }
            else if (Current.IsName("is"))
            {
                Next();
                var negated = SkipName("not");
                var name = ExpectName();
                var end = name.Start + name.Length;
                var arguments = Arguments.None;
                if (Current.Is("("))
                {
                    arguments = ParseArguments(out end);
                }
                else if (Current.Kind is TokenKind.String or TokenKind.Integer or TokenKind.Float
                    || (Current.Kind == TokenKind.Name && Current.Text is not ("else" or "or" or "and" or "if" or "in" or "not" or "is")))
                {
                    var argument = ParsePostfix(ParsePrimary());
                    arguments = new Arguments(new List<Expr> { argument }, new List<KeyValuePair<string, Expr>>());
                    end = End(argument);
                }

                node = new TestCall(node, name.Text, negated, arguments, node.Start, end - node.Start);
            }
            else
            {
                return node;
            }
        }
    }

    private Arguments ParseArguments(out int end)
    {
        Expect("(");
        var positional = new List<Expr>();
        var keywords = new List<KeyValuePair<string, Expr>>();
        while (!Current.Is(")"))
        {
            if (Current.Kind == TokenKind.Name && _tokens[_position + 1].Is("="))
            {
                var name = Next().Text;
                Next();
                keywords.Add(new KeyValuePair<string, Expr>(name, ParseExpression()));
            }
            else
            {
                if (keywords.Count > 0)
                {
                    throw new ExpressionError("a positional argument follows a keyword argument", Current.Start, Current.Length);
                }

                positional.Add(ParseExpression());
            }

            if (!Skip(","))
            {
                break;
            }
        }

        var close = Expect(")");
        end = close.Start + 1;
        return new Arguments(positional, keywords);
    }

    private static int End(Expr expression) => expression.Start + expression.Length;
}
