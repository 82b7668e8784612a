using System.Collections.Generic;

namespace EcsForge.Generator.Expressions;

/// <summary>
/// Parses a template: text, <c>{{ expression }}</c>, <c>{% if/elif/else/endif %}</c>, <c>{% for/else/endfor %}</c>,
/// <c>{% set %}</c> and <c>{# comments #}</c>, with Jinja's defaults: <c>-</c> trims the whitespace next to a tag,
/// and one trailing newline of the template is dropped.
/// </summary>
internal static class JinjaTemplate
{
    public static List<TemplateNode> Parse(string text)
    {
        var reader = new TagReader(text);
        var body = ParseBody(reader, out var stop);
        if (stop is not null)
        {
            throw new ExpressionError("'" + stop.Value.Keyword + "' without its opening tag", stop.Value.Start, stop.Value.Keyword.Length);
        }

        return body;
    }

    /// <summary>Only <c>{{ expression }}</c>: a filter or a condition.</summary>
    public static bool IsSingleExpression(List<TemplateNode> nodes, out Expr expression)
    {
        expression = null!;
        if (nodes.Count == 1 && nodes[0] is OutputNode output)
        {
            expression = output.Expression;
            return true;
        }

        return false;
    }

    private static List<TemplateNode> ParseBody(TagReader reader, out (string Keyword, int Start, ExpressionParser Parser)? stop, params string[] stops)
    {
        var nodes = new List<TemplateNode>();
        stop = null;
        while (reader.Next(out var text, out var tag))
        {
            if (text.Length > 0)
            {
                nodes.Add(new TextNode(text));
            }

            if (tag is null)
            {
                continue;
            }

            if (tag.Value.IsOutput)
            {
                var expression = tag.Value.Parser.ParseTuple();
                tag.Value.Parser.ExpectEnd();
                nodes.Add(new OutputNode(expression));
                continue;
            }

            var parser = tag.Value.Parser;
            var keywordToken = parser.ExpectName();
            var keyword = keywordToken.Text;
            if (System.Array.IndexOf(stops, keyword) >= 0)
            {
                stop = (keyword, keywordToken.Start, parser);
                return nodes;
            }

            switch (keyword)
            {
                case "if":
                    nodes.Add(ParseIf(reader, parser));
                    break;
                case "for":
                    nodes.Add(ParseFor(reader, parser));
                    break;
                case "set":
                    nodes.Add(ParseSet(parser));
                    break;
                default:
                    throw new ExpressionError("unknown statement '" + keyword + "': the language has if, for and set", keywordToken.Start, keywordToken.Length);
            }
        }

        if (stops.Length > 0)
        {
            throw new ExpressionError("'" + stops[stops.Length - 1] + "' is missing", reader.Length - 1, 1);
        }

        return nodes;
    }

    private static IfNode ParseIf(TagReader reader, ExpressionParser parser)
    {
        var branches = new List<KeyValuePair<Expr, List<TemplateNode>>>();
        var condition = parser.ParseTuple();
        ExpectBodyStart(parser);
        while (true)
        {
            var body = ParseBody(reader, out var stop, "elif", "else", "endif");
            branches.Add(new KeyValuePair<Expr, List<TemplateNode>>(condition, body));
            var (keyword, _, next) = stop!.Value;
            if (keyword == "elif")
            {
                condition = next.ParseTuple();
                ExpectBodyStart(next);
                continue;
            }

            if (keyword == "endif")
            {
                next.ExpectEnd();
                return new IfNode(branches, null);
            }

            ExpectBodyStart(next);
            var otherwise = ParseBody(reader, out var end, "endif");
            end!.Value.Parser.ExpectEnd();
            return new IfNode(branches, otherwise);
        }
    }

    private static ForNode ParseFor(TagReader reader, ExpressionParser parser)
    {
        var targets = new List<Name>();
        do
        {
            var name = parser.ExpectName();
            targets.Add(new Name(name.Text, name.Start, name.Length));
        }
        while (parser.Skip(","));

        parser.ExpectName("in");
        var iterable = parser.ParseExpressionWithoutCondition();
        var filter = parser.SkipName("if") ? parser.ParseExpression() : null;
        ExpectBodyStart(parser);
        var body = ParseBody(reader, out var stop, "else", "endfor");
        List<TemplateNode>? otherwise = null;
        if (stop!.Value.Keyword != "else")
        {
            stop.Value.Parser.ExpectEnd();
        }
        else
        {
            ExpectBodyStart(stop.Value.Parser);
            otherwise = ParseBody(reader, out var end, "endfor");
            end!.Value.Parser.ExpectEnd();
        }

        return new ForNode(targets, iterable, filter, body, otherwise);
    }

    /// <summary>
    /// The end of a tag that opens a body (<c>if</c>, <c>elif</c>, <c>else</c>, <c>for</c>): Jinja accepts a colon
    /// there "for Python compatibility" (VMWare/vmware-esxi's <c>{%- else: -%}</c>, whose cases show it renders).
    /// </summary>
    private static void ExpectBodyStart(ExpressionParser parser)
    {
        parser.Skip(":");
        parser.ExpectEnd();
    }

    private static SetNode ParseSet(ExpressionParser parser)
    {
        var targets = new List<Name>();
        do
        {
            var name = parser.ExpectName();
            targets.Add(new Name(name.Text, name.Start, name.Length));
        }
        while (parser.Skip(","));

        if (!parser.Current.Is("="))
        {
            throw new ExpressionError("block assignments ({% set x %}...{% endset %}) are not supported: write {% set x = value %}", parser.Current.Start, parser.Current.Length);
        }

        parser.Expect("=");
        var value = parser.ParseTuple();
        parser.ExpectEnd();
        return new SetNode(targets, value);
    }

    /// <summary>Walks the template: the text before each tag (trimmed as the tags ask) and the tag's tokens.</summary>
    private sealed class TagReader
    {
        private readonly string _text;
        private int _position;
        private bool _trimNext;

        public TagReader(string text)
        {
            // keep_trailing_newline is off in Jinja's defaults: a template's last newline is not output.
            _text = text.EndsWith("\r\n") ? text.Substring(0, text.Length - 2) : text.EndsWith("\n") ? text.Substring(0, text.Length - 1) : text;
        }

        public int Length => _text.Length;

        public bool Next(out string text, out (bool IsOutput, ExpressionParser Parser)? tag)
        {
            tag = null;
            text = string.Empty;
            if (_position >= _text.Length)
            {
                return false;
            }

            var open = FindOpening(_position);
            var end = open < 0 ? _text.Length : open;
            var trimBefore = open >= 0 && open + 2 < _text.Length && _text[open + 2] == '-';
            text = _text.Substring(_position, end - _position);
            if (_trimNext)
            {
                text = text.TrimStart();
            }

            if (trimBefore)
            {
                text = text.TrimEnd();
            }

            _trimNext = false;
            if (open < 0)
            {
                _position = _text.Length;
                return true;
            }

            var kind = _text[open + 1];
            var from = open + (trimBefore ? 3 : 2);
            if (kind == '#')
            {
                var close = _text.IndexOf("#}", from, System.StringComparison.Ordinal);
                if (close < 0)
                {
                    throw new ExpressionError("the comment is not closed", open, 2);
                }

                _trimNext = _text[close - 1] == '-';
                _position = close + 2;
                return true;
            }

            var tokens = Lexer.Tokenize(_text, from, kind == '{' ? '}' : '%', out var after, out var trimAfter);
            _trimNext = trimAfter;
            _position = after;
            tag = (kind == '{', new ExpressionParser(tokens));
            return true;
        }

        private int FindOpening(int from)
        {
            for (var i = from; i + 1 < _text.Length; i++)
            {
                if (_text[i] == '{' && _text[i + 1] is '{' or '%' or '#')
                {
                    return i;
                }
            }

            return -1;
        }
    }
}
