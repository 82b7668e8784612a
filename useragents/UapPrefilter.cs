using System;
using System.Buffers;
using EcsForge.Patterns;

namespace EcsForge.UserAgents;

/// <summary>
/// What a user-agent text must contain for a compiled regex to match it: one text (in either case when
/// <c>ignoreCase</c>), or one of several ASCII texts looked for in the Latin-1 view. Checked as data before the
/// matcher runs, so a rejected regex costs one vectorized search and its matcher is never even compiled by the JIT.
/// </summary>
public sealed class UapPrefilter
{
    private readonly byte[]? _text;
    private readonly bool _ignoreCase;
    private readonly SearchValues<string>? _texts;

    public UapPrefilter(byte[] text, bool ignoreCase)
    {
        _text = text;
        _ignoreCase = ignoreCase;
    }

    public UapPrefilter(SearchValues<string> texts)
    {
        _texts = texts;
    }

    public bool Admits(ReadOnlySpan<byte> text, ReadOnlySpan<char> latin1)
    {
        if (_texts is not null)
        {
            return latin1.IndexOfAny(_texts) >= 0;
        }

        return _ignoreCase ? PatternText.ContainsIgnoreCase(text, _text) : text.IndexOf(_text) >= 0;
    }
}
