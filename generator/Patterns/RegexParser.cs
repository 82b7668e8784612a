using System;
using System.Collections.Generic;

namespace EcsForge.Generator.Patterns;

/// <summary>
/// Parses a pattern into a <see cref="RegexNode"/> tree: a grok pattern, expanding <c>%{NAME}</c> and
/// <c>%{NAME:capture}</c> references, or a ua-parser regex. The regex part is the subset compiled to linear-time matchers: literals and escapes, <c>.</c>,
/// classes, groups, alternation, <c>* + ? {n,m}</c> (lazy with <c>?</c>) and <c>$</c>; <see cref="RegexSyntax"/> adds
/// numbered groups, <c>^</c>, <c>\b</c> and case folding for ua-parser regexes.
/// </summary>
internal sealed class RegexParser
{
    private const int MaximumExpansionDepth = 16;
    private const int MaximumCount = 64;

    private readonly IReadOnlyDictionary<string, string> _custom;
    private readonly RegexSyntax _syntax;
    private readonly string _text;
    private readonly int _depth;
    private readonly bool _captureReferences;
    private int _position;
    private int _groups;

    /// <summary>ASCII letters match either case: by the syntax, or from a grok pattern's leading <c>(?i)</c> on.</summary>
    private bool _ignoreCase;

    private RegexParser(
        string text, IReadOnlyDictionary<string, string> custom, RegexSyntax syntax, int depth, bool ignoreCase, bool captureReferences)
    {
        _captureReferences = captureReferences;
        _ignoreCase = syntax.IgnoreCase || ignoreCase;
        _text = text;
        _custom = custom;
        _syntax = syntax;
        _depth = depth;
    }

    /// <summary>Parses a pattern; on failure <paramref name="error"/> says why and <paramref name="unknownName"/> names an unknown grok pattern, if that was the cause.</summary>
    public static bool TryParse(string pattern, IReadOnlyDictionary<string, string> custom, out RegexNode? node, out string error, out string? unknownName)
        => TryParse(pattern, custom, captureReferences: false, out node, out error, out unknownName);

    /// <summary>
    /// As <see cref="TryParse(string, IReadOnlyDictionary{string, string}, out RegexNode?, out string, out string?)"/>;
    /// with <paramref name="captureReferences"/>, a <c>%{NAME}</c> without a capture name is captured as <c>NAME</c>, as
    /// the platform's grok stages do (<c>grok.message.HAPROXYHTTPBASE</c>).
    /// </summary>
    public static bool TryParse(
        string pattern,
        IReadOnlyDictionary<string, string> custom,
        bool captureReferences,
        out RegexNode? node,
        out string error,
        out string? unknownName)
    {
        try
        {
            node = Parse(pattern, custom, RegexSyntax.Grok, depth: 0, out _, ignoreCase: false, captureReferences);
            error = string.Empty;
            unknownName = null;
            return true;
        }
        catch (PatternSyntaxException e)
        {
            node = null;
            error = e.Message;
            unknownName = e.UnknownName;
            return false;
        }
    }

    /// <summary>Parses a regex of another dialect than grok; <paramref name="groups"/> counts its numbered groups.</summary>
    public static bool TryParse(string pattern, RegexSyntax syntax, out RegexNode? node, out int groups, out string error)
    {
        try
        {
            node = Parse(pattern, new Dictionary<string, string>(), syntax, depth: 0, out groups);
            error = string.Empty;
            return true;
        }
        catch (PatternSyntaxException e)
        {
            node = null;
            groups = 0;
            error = e.Message;
            return false;
        }
    }

    private static RegexNode Parse(
        string text,
        IReadOnlyDictionary<string, string> custom,
        RegexSyntax syntax,
        int depth,
        out int groups,
        bool ignoreCase = false,
        bool captureReferences = false)
    {
        if (depth > MaximumExpansionDepth)
        {
            throw new PatternSyntaxException("grok references nest too deep (is a custom pattern referring to itself?)");
        }

        var parser = new RegexParser(text, custom, syntax, depth, ignoreCase, captureReferences);
        var node = parser.ParseAlternation();
        if (parser._position < text.Length)
        {
            throw new PatternSyntaxException($"unexpected '{text[parser._position]}' at offset {parser._position}");
        }

        groups = parser._groups;
        return node;
    }

    private RegexNode ParseAlternation()
    {
        var choices = new List<RegexNode> { ParseConcatenation() };
        while (Peek('|'))
        {
            _position++;
            choices.Add(ParseConcatenation());
        }

        return choices.Count == 1 ? choices[0] : new AlternateNode(choices);
    }

    private RegexNode ParseConcatenation()
    {
        var items = new List<RegexNode>();
        while (_position < _text.Length && !Peek('|') && !Peek(')'))
        {
            items.Add(ParseQuantified(ParseAtom()));
        }

        return items.Count == 1 ? items[0] : new ConcatNode(items);
    }

    private RegexNode ParseQuantified(RegexNode atom)
    {
        while (_position < _text.Length)
        {
            int minimum;
            int maximum;
            var current = _text[_position];
            if (current == '*' || current == '+' || current == '?')
            {
                _position++;
                minimum = current == '+' ? 1 : 0;
                maximum = current == '?' ? 1 : -1;
            }
            else if (current == '{' && TryParseCount(out minimum, out maximum))
            {
                var limit = IsSingleCharacter(atom) ? _syntax.MaximumSingleCharacterCount : MaximumCount;
                if (minimum > limit || maximum > limit)
                {
                    throw new PatternSyntaxException($"repetition {{{minimum},{maximum}}} is larger than {limit}");
                }
            }
            else
            {
                return atom;
            }

            if (atom is EndNode or StartNode or WordBoundaryNode)
            {
                throw new PatternSyntaxException("an anchor cannot be repeated");
            }

            var lazy = Peek('?');
            if (lazy)
            {
                _position++;
            }

            atom = new RepeatNode(atom, minimum, maximum, lazy);
        }

        return atom;
    }

    private bool TryParseCount(out int minimum, out int maximum)
    {
        minimum = 0;
        maximum = 0;
        var close = _text.IndexOf('}', _position);
        if (close < 0)
        {
            return false;
        }

        var body = _text.Substring(_position + 1, close - _position - 1);
        var parts = body.Split(',');
        if (parts.Length > 2 || !int.TryParse(parts[0], out minimum) || minimum < 0)
        {
            return false;
        }

        if (parts.Length == 1)
        {
            maximum = minimum;
        }
        else if (parts[1].Length == 0)
        {
            maximum = -1;
        }
        else if (!int.TryParse(parts[1], out maximum) || maximum < minimum)
        {
            return false;
        }

        _position = close + 1;
        return true;
    }

    private RegexNode ParseAtom()
    {
        var current = _text[_position];
        switch (current)
        {
            case '%' when _syntax.GrokReferences && _position + 1 < _text.Length && _text[_position + 1] == '{':
                return ParseReference();
            case '(':
                return ParseGroup();
            case '[':
                return ParseClass();
            case '.':
                _position++;
                return new AnyNode();
            case '\\':
                return ParseEscape(inClass: false) is { } node ? node : throw new PatternSyntaxException("dangling '\\' at the end");
            case '$':
                _position++;
                return new EndNode();
            case '^':
                // A grok pattern matches the whole text, so its '^' only holds at the start (pygrok writes some anyway).
                _position++;
                return new StartNode();
            case '*':
            case '+':
            case '?':
                throw new PatternSyntaxException($"'{current}' at offset {_position} repeats nothing");
            default:
                _position++;
                return Literal(current);
        }
    }

    /// <summary>A literal character; when ignoring case, every ASCII one is folded, so literal runs stay whole.</summary>
    private LiteralNode Literal(char character) => new(character.ToString(), _ignoreCase && character < 128);

    private static bool IsSingleCharacter(RegexNode atom) => atom is AnyNode or ClassNode || (atom is LiteralNode literal && literal.Text.Length == 1);

    private RegexNode ParseReference()
    {
        var close = _text.IndexOf('}', _position);
        if (close < 0)
        {
            throw new PatternSyntaxException($"'%{{' at offset {_position} is never closed");
        }

        var parts = _text.Substring(_position + 2, close - _position - 2).Split(':');
        _position = close + 1;
        var name = parts[0];
        if (name.Length == 0 || parts.Length > 3)
        {
            throw new PatternSyntaxException("a reference must read %{NAME} or %{NAME:capture}");
        }

        RegexNode body;
        if (_custom.TryGetValue(name, out var customText))
        {
            body = Parse(customText, _custom, _syntax, _depth + 1, out _, _ignoreCase, _captureReferences);
        }
        else if (GrokLibrary.Tokens.TryGetValue(name, out var token))
        {
            body = new TokenNode(token);
        }
        else if (GrokLibrary.Definitions.TryGetValue(name, out var definition))
        {
            body = Parse(definition, _custom, _syntax, _depth + 1, out _, _ignoreCase, _captureReferences);
        }
        else
        {
            throw new PatternSyntaxException($"'%{{{name}}}' is not a known grok pattern", name);
        }

        if (parts.Length == 1)
        {
            return _captureReferences ? new CaptureNode(name, body) : body;
        }

        var capture = parts[1];
        if (capture.Length == 0 || !IsCaptureName(capture))
        {
            throw new PatternSyntaxException($"'{capture}' is not a valid capture name (letters, digits and '_')");
        }

        return new CaptureNode(capture, body);
    }

    private RegexNode ParseGroup()
    {
        _position++;
        string? group = null;
        if (Peek('?'))
        {
            if (_position + 1 < _text.Length && _text[_position + 1] == ':')
            {
                _position += 2;
            }
            else if (_syntax.GrokReferences && TryParseGroupName(out var name))
            {
                group = name;
            }
            else if (_syntax.GrokReferences && string.CompareOrdinal(_text, _position, "?i)", 0, 3) == 0)
            {
                // Python's (?i): what follows, and the patterns it names, ignore case (the catalogue writes it first).
                _position += 3;
                _ignoreCase = true;
                return new ConcatNode(new List<RegexNode>());
            }
            else
            {
                throw new PatternSyntaxException(
                    "only (?:...) and named (?P<name>...) groups are supported: lookarounds, atomic groups and flags are not");
            }
        }
        else if (_syntax.NumberedGroups)
        {
            // Groups are numbered as they open, so an outer group comes before the groups inside it.
            group = (++_groups).ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        var body = ParseAlternation();
        if (!Peek(')'))
        {
            throw new PatternSyntaxException("'(' is never closed");
        }

        _position++;
        return group is null ? body : new CaptureNode(group, body);
    }

    /// <summary>
    /// A grok pattern's named group, <c>(?P&lt;name&gt;...)</c> (Python) or <c>(?&lt;name&gt;...)</c>: a capture like
    /// <c>%{NAME:name}</c>. The position is on the <c>?</c>; on success it is after the <c>&gt;</c>.
    /// </summary>
    private bool TryParseGroupName(out string name)
    {
        name = string.Empty;
        var open = _position + 1;
        if (open < _text.Length && _text[open] == 'P')
        {
            open++;
        }

        // (?<= and (?<! are lookbehinds, not names.
        if (open + 1 >= _text.Length || _text[open] != '<' || _text[open + 1] == '=' || _text[open + 1] == '!')
        {
            return false;
        }

        var close = _text.IndexOf('>', open);
        if (close < 0)
        {
            throw new PatternSyntaxException($"group name at offset {open} is never closed");
        }

        name = _text.Substring(open + 1, close - open - 1);
        if (name.Length == 0 || !IsCaptureName(name))
        {
            throw new PatternSyntaxException($"'{name}' is not a valid group name (letters, digits and '_')");
        }

        _position = close + 1;
        return true;
    }

    private RegexNode ParseClass()
    {
        _position++;
        var negated = Peek('^');
        if (negated)
        {
            _position++;
        }

        var ranges = new List<(char Low, char High)>();
        var first = true;
        while (_position < _text.Length && (first || _text[_position] != ']'))
        {
            first = false;
            var low = ReadClassCharacter(ranges);
            if (low is null)
            {
                continue;
            }

            if (_position + 1 < _text.Length && _text[_position] == '-' && _text[_position + 1] != ']')
            {
                _position++;
                var high = ReadClassCharacter(ranges) ?? throw new PatternSyntaxException("a class range cannot end with a class escape");
                if (high < low)
                {
                    throw new PatternSyntaxException($"class range {low}-{high} is reversed");
                }

                ranges.Add((low.Value, high));
            }
            else
            {
                ranges.Add((low.Value, low.Value));
            }
        }

        if (_position >= _text.Length)
        {
            throw new PatternSyntaxException("'[' is never closed");
        }

        _position++;
        foreach (var range in ranges)
        {
            if (range.High > 127)
            {
                throw new PatternSyntaxException("character classes support ASCII characters only");
            }
        }

        return new ClassNode(_ignoreCase ? FoldCase(ranges) : ranges, negated);
    }

    /// <summary>Reads one class character; class escapes (<c>\d</c>) add their ranges directly and return null.</summary>
    private char? ReadClassCharacter(List<(char Low, char High)> ranges)
    {
        if (_text[_position] != '\\')
        {
            return _text[_position++];
        }

        var escaped = ParseEscape(inClass: true);
        if (escaped is ClassNode shorthand && !shorthand.Negated)
        {
            ranges.AddRange(shorthand.Ranges);
            return null;
        }

        if (escaped is LiteralNode literal)
        {
            return literal.Text[0];
        }

        throw new PatternSyntaxException("negated class escapes (\\D, \\S, \\W) cannot appear inside [...]");
    }

    private RegexNode? ParseEscape(bool inClass)
    {
        _position++;
        if (_position >= _text.Length)
        {
            return null;
        }

        var escaped = _text[_position++];
        switch (escaped)
        {
            case 'd': return Shorthand(false, ('0', '9'));
            case 'D': return Shorthand(true, ('0', '9'));
            case 'w': return Shorthand(false, ('a', 'z'), ('A', 'Z'), ('0', '9'), ('_', '_'));
            case 'W': return Shorthand(true, ('a', 'z'), ('A', 'Z'), ('0', '9'), ('_', '_'));
            case 's': return Shorthand(false, (' ', ' '), ('\t', '\r'));
            case 'S': return Shorthand(true, (' ', ' '), ('\t', '\r'));
            case 't': return new LiteralNode("\t");
            case 'n': return new LiteralNode("\n");
            case 'r': return new LiteralNode("\r");
            case 'b' when _syntax.Anchors && !inClass: return new WordBoundaryNode(negated: false);
            case 'B' when _syntax.Anchors && !inClass: return new WordBoundaryNode(negated: true);
            default:
                if (char.IsLetterOrDigit(escaped))
                {
                    throw new PatternSyntaxException($"escape '\\{escaped}' is not supported{(inClass ? " in a class" : string.Empty)}");
                }

                return Literal(escaped);
        }
    }

    /// <summary>Adds the other case of every ASCII letter in the ranges, so a class ignores case as the regex does.</summary>
    private static List<(char Low, char High)> FoldCase(List<(char Low, char High)> ranges)
    {
        var folded = new List<(char Low, char High)>(ranges);
        foreach (var (low, high) in ranges)
        {
            AddOverlap(folded, low, high, 'a', 'z', 'A' - 'a');
            AddOverlap(folded, low, high, 'A', 'Z', 'a' - 'A');
        }

        return folded;
    }

    private static void AddOverlap(List<(char Low, char High)> ranges, char low, char high, char from, char to, int shift)
    {
        var start = low > from ? low : from;
        var end = high < to ? high : to;
        if (start <= end)
        {
            ranges.Add(((char)(start + shift), (char)(end + shift)));
        }
    }

    private static ClassNode Shorthand(bool negated, params (char Low, char High)[] ranges) => new(new List<(char, char)>(ranges), negated);

    private bool Peek(char expected) => _position < _text.Length && _text[_position] == expected;

    private static bool IsCaptureName(string name)
    {
        foreach (var c in name)
        {
            if (!(char.IsLetterOrDigit(c) || c == '_'))
            {
                return false;
            }
        }

        return true;
    }

    private sealed class PatternSyntaxException : Exception
    {
        public PatternSyntaxException(string message, string? unknownName = null)
            : base(message)
        {
            UnknownName = unknownName;
        }

        public string? UnknownName { get; }
    }
}
