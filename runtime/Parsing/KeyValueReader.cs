using System;
using System.Buffers;

namespace EcsForge.Parsing;

/// <summary>
/// Reads the <c>key=value</c> items of a syslog line (Pulse Connect Secure and the like) in one pass, for generated
/// parsers: keys are slices of the input and values are located, only copied (to scratch space) when a quoted value
/// holds escapes. Never throws and takes time linear in the input, whatever the input holds.
/// </summary>
/// <remarks>
/// Items are separated by ASCII whitespace. Tokens before the first key (a syslog header) and stray tokens that are
/// not <c>key=</c> are skipped. A quoted value ends at its closing quote and unescapes <c>\"</c> and <c>\\</c> only;
/// an unquoted value also takes the following tokens that hold no <c>=</c> and do not open a quote, so
/// <c>ivs=Default Network user=bob</c> gives <c>Default Network</c>. Values are trimmed, as the platform stores them.
/// </remarks>
public ref struct KeyValueReader
{
    /// <summary>The ASCII members of <c>\s</c>, the item separator of the platform's parser; CR and LF are plain separators.</summary>
    private static readonly SearchValues<byte> Whitespace = SearchValues.Create(" \t\n\v\f\r"u8);

    /// <summary>What ends a key candidate: only <c>=</c> makes it a key.</summary>
    private static readonly SearchValues<byte> KeyStops = SearchValues.Create(" \t\n\v\f\r=\""u8);

    private static readonly SearchValues<byte> TokenStops = SearchValues.Create(" \t\n\v\f\r="u8);

    private static readonly SearchValues<byte> QuotedStops = SearchValues.Create("\"\\"u8);

    private readonly ReadOnlySpan<byte> _input;
    private int _position;
    private bool _readAny;
    private KeyValueStatus _status;

    /// <summary>The next key, when the end of an unquoted value was found by finding it (else -1): not scanned twice.</summary>
    private int _nextKeyStart;
    private int _nextKeyLength;

    public KeyValueReader(ReadOnlySpan<byte> input)
    {
        _input = input;
        _position = 0;
        _readAny = false;
        _status = KeyValueStatus.Reading;
        _nextKeyStart = -1;
        _nextKeyLength = 0;
    }

    /// <summary>Why reading stopped, once <see cref="TryRead"/> has returned false; <see cref="KeyValueStatus.Reading"/> before.</summary>
    public readonly KeyValueStatus Status => _status;

    /// <summary>
    /// Where reading is: after the last pair read, the end of the input once it is exhausted, or the opening quote
    /// of an unterminated value.
    /// </summary>
    public readonly int Position => _position;

    /// <summary>
    /// Reads the next pair. The value is a slice of the input (<see cref="RawKind.String"/>), an unescaped copy in
    /// <paramref name="scratch"/>, or <see cref="RawKind.Empty"/> when nothing is left after trimming. Duplicate keys
    /// are all returned, in order. Returns false, with <see cref="Status"/> saying why, when there is no next pair.
    /// </summary>
    public bool TryRead(EventScratch scratch, out ReadOnlySpan<byte> key, out RawValue value)
    {
        key = default;
        value = RawValue.Missing;
        if (_status != KeyValueStatus.Reading)
        {
            return false;
        }

        if (!TryFindKey(out var keyLength))
        {
            _position = _input.Length;
            _status = _readAny ? KeyValueStatus.End : KeyValueStatus.NoPairs;
            return false;
        }

        var keyStart = _position;
        var valueStart = keyStart + keyLength + 1;
        if (valueStart < _input.Length && _input[valueStart] == (byte)'"')
        {
            if (!TryReadQuoted(valueStart, scratch, out value))
            {
                // A half-read line must not pass for a complete one: the caller fails the event.
                _position = valueStart;
                _status = KeyValueStatus.UnterminatedQuote;
                return false;
            }
        }
        else
        {
            value = ReadUnquoted(valueStart);
        }

        key = _input.Slice(keyStart, keyLength);
        _readAny = true;
        return true;
    }

    /// <summary>Moves to the start of the next token that is a key followed by <c>=</c>, skipping any other token.</summary>
    private bool TryFindKey(out int keyLength)
    {
        if (_nextKeyStart >= 0)
        {
            _position = _nextKeyStart;
            keyLength = _nextKeyLength;
            _nextKeyStart = -1;
            return true;
        }

        keyLength = 0;
        while (true)
        {
            var gap = _input[_position..].IndexOfAnyExcept(Whitespace);
            if (gap < 0)
            {
                return false;
            }

            _position += gap;
            var token = _input[_position..];
            var stop = token.IndexOfAny(KeyStops);
            if (stop < 0)
            {
                return false;
            }

            if (stop > 0 && token[stop] == (byte)'=')
            {
                keyLength = stop;
                return true;
            }

            // Not a key (a header field, a lone '=', a quote): skip the rest of the token, from where the scan stopped.
            var end = token[stop..].IndexOfAny(Whitespace);
            if (end < 0)
            {
                return false;
            }

            _position += stop + end;
        }
    }

    /// <summary>
    /// Reads a value that is not quoted: the run up to the next whitespace, then every following token that holds
    /// no <c>=</c> and does not open a quote, since such a token cannot start the next item.
    /// </summary>
    private RawValue ReadUnquoted(int valueStart)
    {
        var firstRun = _input[valueStart..].IndexOfAny(Whitespace);
        var end = firstRun < 0 ? _input.Length : valueStart + firstRun;
        while (end < _input.Length)
        {
            var gap = _input[end..].IndexOfAnyExcept(Whitespace);
            if (gap < 0)
            {
                break;
            }

            var tokenStart = end + gap;
            if (_input[tokenStart] == (byte)'"')
            {
                break;
            }

            // Where the token stops: at its first '=' or whitespace. Scanned as TryFindKey scans a key candidate (a
            // quote stops it too), so that a token which is the next key is found once.
            var token = _input[tokenStart..];
            var stop = token.IndexOfAny(KeyStops);
            if (stop > 0 && token[stop] == (byte)'=')
            {
                _nextKeyStart = tokenStart;
                _nextKeyLength = stop;
                break;
            }

            if (stop >= 0 && token[stop] == (byte)'"')
            {
                var rest = token[stop..].IndexOfAny(TokenStops);
                stop = rest < 0 ? -1 : stop + rest;
            }

            if (stop >= 0 && token[stop] == (byte)'=')
            {
                break;
            }

            end = stop < 0 ? _input.Length : tokenStart + stop;
        }

        _position = end;
        return Located(valueStart, end - valueStart);
    }

    /// <summary>
    /// Reads a value from its opening quote to the closing one, which ends the item: whatever is glued after it is
    /// read as the next token. Returns false when there is no closing quote.
    /// </summary>
    private bool TryReadQuoted(int quote, EventScratch scratch, out RawValue value)
    {
        value = RawValue.Missing;
        var contentStart = quote + 1;
        var index = contentStart;
        var escaped = false;
        while (true)
        {
            var found = _input[index..].IndexOfAny(QuotedStops);
            if (found < 0)
            {
                return false;
            }

            index += found;
            if (_input[index] == (byte)'"')
            {
                break;
            }

            if (IsEscape(_input, index))
            {
                escaped = true;
                index += 2;
            }
            else
            {
                index++;
            }
        }

        _position = index + 1;
        if (!escaped)
        {
            value = Located(contentStart, index - contentStart);
            return true;
        }

        // Escapes never produce nor consume whitespace, so trimming before unescaping gives the same value.
        var raw = Trim(_input.Slice(contentStart, index - contentStart));
        var target = scratch.Reserve(raw.Length);
        var written = 0;
        for (var i = 0; i < raw.Length; i++)
        {
            target[written++] = IsEscape(raw, i) ? raw[++i] : raw[i];
        }

        value = scratch.Commit(written, RawKind.String);
        return true;
    }

    /// <summary>A backslash escapes a quote or a backslash; any other backslash is kept as written.</summary>
    private static bool IsEscape(ReadOnlySpan<byte> text, int index) =>
        text[index] == (byte)'\\' && index + 1 < text.Length && text[index + 1] is (byte)'"' or (byte)'\\';

    private readonly RawValue Located(int start, int length)
    {
        var value = _input.Slice(start, length);
        var leading = value.IndexOfAnyExcept(Whitespace);
        if (leading < 0)
        {
            return new RawValue(RawKind.Empty, 0, 0);
        }

        var trailing = value.LastIndexOfAnyExcept(Whitespace);
        return new RawValue(RawKind.String, start + leading, trailing - leading + 1);
    }

    private static ReadOnlySpan<byte> Trim(ReadOnlySpan<byte> value)
    {
        var leading = value.IndexOfAnyExcept(Whitespace);
        return leading < 0 ? default : value[leading..(value.LastIndexOfAnyExcept(Whitespace) + 1)];
    }
}
