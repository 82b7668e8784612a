using System;
using System.Globalization;

namespace EcsForge.Pipelines;

/// <summary>
/// Python's <c>ast.literal_eval</c> over a rendered text, as the platform applies it to text that is a list or dict
/// literal (items may be numbers, quoted strings, <c>True</c>/<c>False</c>/<c>None</c>, lists, tuples as lists, dicts);
/// anything else leaves the text as it is.
/// </summary>
public static class PythonLiteral
{
    /// <summary>The list or dict the text denotes (surrounding whitespace allowed), or the text itself.</summary>
    public static Value EvaluateContainer(ValueArena arena, in Value text)
    {
        var trimmed = arena.Text(text).TrimStart();
        if (trimmed.IsEmpty || trimmed[0] is not ('[' or '{'))
        {
            return text;
        }

        var offset = text.Length - trimmed.Length;
        var parser = new Parser(arena, text, offset);
        return parser.TryParseTop(out var value) && value.IsContainer ? value : text;
    }

    private ref struct Parser
    {
        private readonly ValueArena _arena;
        private readonly Value _text;
        private int _position;
        private int _depth;

        public Parser(ValueArena arena, Value text, int position)
        {
            _arena = arena;
            _text = text;
            _position = position;
            _depth = 0;
        }

        private ReadOnlySpan<char> Chars => _arena.Text(_text);

        public bool TryParseTop(out Value value)
        {
            if (!TryParseTuple(out value))
            {
                return false;
            }

            SkipSpace(newlines: true);
            return _position == Chars.Length;
        }

        /// <summary>An expression, or a tuple without parentheses (<c>1, 2</c>).</summary>
        private bool TryParseTuple(out Value value)
        {
            if (!TryParseValue(out value))
            {
                return false;
            }

            SkipSpace(newlines: false);
            if (_position >= Chars.Length || Chars[_position] != ',')
            {
                return true;
            }

            var list = _arena.NewList();
            _arena.Append(list, value);
            while (_position < Chars.Length && Chars[_position] == ',')
            {
                _position++;
                SkipSpace(newlines: false);
                if (_position >= Chars.Length || Chars[_position] is ')' or '\n')
                {
                    break;
                }

                if (!TryParseValue(out var item))
                {
                    return false;
                }

                _arena.Append(list, item);
                SkipSpace(newlines: false);
            }

            value = list;
            return true;
        }

        private bool TryParseValue(out Value value)
        {
            value = Value.Absent;
            if (++_depth > 64)
            {
                return false;
            }

            try
            {
                SkipSpace(newlines: _depth > 1);
                if (_position >= Chars.Length)
                {
                    return false;
                }

                var c = Chars[_position];
                switch (c)
                {
                    case '\'':
                    case '"':
                        return TryParseString(out value);
                    case '[':
                        return TryParseSequence(']', out value);
                    case '(':
                        return TryParseSequence(')', out value);
                    case '{':
                        return TryParseDict(out value);
                    case '-':
                    case '+':
                        _position++;
                        SkipSpace(newlines: _depth > 1);
                        if (!TryParseNumber(out var number))
                        {
                            return false;
                        }

                        value = c == '+' ? number : number.Kind == ValueKind.Integer ? Value.FromInteger(-number.Integer) : Value.FromFloat(-number.Float);
                        return true;
                }

                if (char.IsDigit(c) || c == '.')
                {
                    return TryParseNumber(out value);
                }

                return TryParseName(out value);
            }
            finally
            {
                _depth--;
            }
        }

        private bool TryParseName(out Value value)
        {
            value = Value.Absent;
            var start = _position;
            while (_position < Chars.Length && (char.IsLetterOrDigit(Chars[_position]) || Chars[_position] == '_'))
            {
                _position++;
            }

            var name = Chars.Slice(start, _position - start);
            if (name.SequenceEqual("True".AsSpan()))
            {
                value = Value.True;
            }
            else if (name.SequenceEqual("False".AsSpan()))
            {
                value = Value.False;
            }
            else if (name.SequenceEqual("None".AsSpan()))
            {
                value = Value.None;
            }
            else
            {
                return false;
            }

            return true;
        }

        private bool TryParseNumber(out Value value)
        {
            value = Value.Absent;
            var chars = Chars;
            var start = _position;
            var isFloat = false;
            while (_position < chars.Length && (char.IsDigit(chars[_position]) || chars[_position] == '_'))
            {
                _position++;
            }

            if (_position < chars.Length && chars[_position] == '.')
            {
                isFloat = true;
                _position++;
                while (_position < chars.Length && char.IsDigit(chars[_position]))
                {
                    _position++;
                }
            }

            if (_position < chars.Length && chars[_position] is 'e' or 'E')
            {
                isFloat = true;
                _position++;
                if (_position < chars.Length && chars[_position] is '+' or '-')
                {
                    _position++;
                }

                var digits = _position;
                while (_position < chars.Length && char.IsDigit(chars[_position]))
                {
                    _position++;
                }

                if (digits == _position)
                {
                    return false;
                }
            }

            // A name right after the digits (1abc, 0x10, 1j) is not a literal EcsForge evaluates.
            if (_position < chars.Length && (char.IsLetter(chars[_position]) || chars[_position] == '_'))
            {
                return false;
            }

            var text = chars.Slice(start, _position - start);
            if (text.Length == 0 || (text.Length == 1 && text[0] == '.') || text.IndexOf("__".AsSpan()) >= 0 || text[text.Length - 1] == '_' || text[0] == '_')
            {
                return false;
            }

            Span<char> clean = stackalloc char[Math.Min(text.Length, 64)];
            if (text.Length > 64)
            {
                return false;
            }

            var length = 0;
            foreach (var ch in text)
            {
                if (ch != '_')
                {
                    clean[length++] = ch;
                }
            }

            var digitsOnly = clean.Slice(0, length);
            if (isFloat)
            {
                if (!double.TryParse(digitsOnly, NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
                {
                    return false;
                }

                value = Value.FromFloat(number);
                return true;
            }

            // Python 3 rejects leading zeros in a non-zero integer ("01").
            if (digitsOnly.Length > 1 && digitsOnly[0] == '0' && digitsOnly.TrimStart('0').Length > 0)
            {
                return false;
            }

            if (!long.TryParse(digitsOnly, NumberStyles.None, CultureInfo.InvariantCulture, out var integer))
            {
                // Beyond a long: Python has big integers; a float keeps the magnitude.
                value = Value.FromFloat(double.Parse(digitsOnly, NumberStyles.Float, CultureInfo.InvariantCulture));
                return true;
            }

            value = Value.FromInteger(integer);
            return true;
        }

        private bool TryParseString(out Value value)
        {
            value = Value.Absent;
            var result = _arena.BeginString();
            var appended = false;
            while (true)
            {
                SkipSpace(newlines: _depth > 1);
                if (_position >= Chars.Length || Chars[_position] is not ('\'' or '"'))
                {
                    break;
                }

                var quote = Chars[_position++];
                while (true)
                {
                    if (_position >= Chars.Length || Chars[_position] == '\n')
                    {
                        return false;
                    }

                    var c = Chars[_position++];
                    if (c == quote)
                    {
                        break;
                    }

                    if (c == '\\' && _position < Chars.Length)
                    {
                        var escaped = Chars[_position++];
                        var decoded = escaped switch
                        {
                            'n' => '\n',
                            't' => '\t',
                            'r' => '\r',
                            '\\' or '\'' or '"' => escaped,
                            _ => '\0',
                        };
                        if (decoded == '\0')
                        {
                            // Other escapes are rare in rendered texts: keep them as written, as Python keeps unknown ones.
                            _arena.Append('\\');
                            decoded = escaped;
                        }

                        _arena.Append(decoded);
                        continue;
                    }

                    _arena.Append(c);
                }

                appended = true;
                var save = _position;
                SkipSpace(newlines: _depth > 1);
                if (_position >= Chars.Length || Chars[_position] is not ('\'' or '"'))
                {
                    _position = save;
                    break;
                }
            }

            value = _arena.EndString(result);
            return appended;
        }

        private bool TryParseSequence(char close, out Value value)
        {
            _position++;
            var list = _arena.NewList();
            value = list;
            var isTuple = close == ')';
            var items = 0;
            var sawComma = false;
            while (true)
            {
                SkipSpace(newlines: true);
                if (_position >= Chars.Length)
                {
                    return false;
                }

                if (Chars[_position] == close)
                {
                    _position++;
                    break;
                }

                if (!TryParseValue(out var item))
                {
                    return false;
                }

                _arena.Append(list, item);
                items++;
                SkipSpace(newlines: true);
                if (_position < Chars.Length && Chars[_position] == ',')
                {
                    sawComma = true;
                    _position++;
                    continue;
                }

                if (_position < Chars.Length && Chars[_position] == close)
                {
                    _position++;
                    break;
                }

                return false;
            }

            if (isTuple && items == 1 && !sawComma)
            {
                // (x) is x, not a tuple.
                value = _arena.Item(list, 0);
            }

            return true;
        }

        private bool TryParseDict(out Value value)
        {
            _position++;
            var dict = _arena.NewDict();
            value = dict;
            while (true)
            {
                SkipSpace(newlines: true);
                if (_position >= Chars.Length)
                {
                    return false;
                }

                if (Chars[_position] == '}')
                {
                    _position++;
                    return true;
                }

                if (!TryParseValue(out var key) || key.Kind is ValueKind.List or ValueKind.Dict)
                {
                    return false;
                }

                SkipSpace(newlines: true);
                if (_position >= Chars.Length || Chars[_position] != ':')
                {
                    // A set literal: no JSON counterpart, leave the text.
                    return false;
                }

                _position++;
                if (!TryParseValue(out var item))
                {
                    return false;
                }

                _arena.SetMember(dict, key.Kind == ValueKind.String ? key : Ops.Str(_arena, key), item);
                SkipSpace(newlines: true);
                if (_position < Chars.Length && Chars[_position] == ',')
                {
                    _position++;
                    continue;
                }

                if (_position < Chars.Length && Chars[_position] == '}')
                {
                    _position++;
                    return true;
                }

                return false;
            }
        }

        private void SkipSpace(bool newlines)
        {
            while (_position < Chars.Length && (Chars[_position] is ' ' or '\t' || (newlines && Chars[_position] is '\n' or '\r')))
            {
                _position++;
            }
        }
    }
}
