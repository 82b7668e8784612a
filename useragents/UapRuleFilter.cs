using System;
using System.Collections.Generic;
using System.Numerics;

namespace EcsForge.UserAgents;

/// <summary>
/// Which rules of the ua-parser lists can match a user agent: every clause text of every rule is looked for in one
/// scan (<see cref="UapLiteralAutomaton"/>); each text found marks the clauses holding it (identical clauses of
/// different rules are one), and a rule is a candidate when all its clauses are marked. Rules with no clause are
/// always candidates. Candidates are exactly the rules whose clauses all hold when each text is searched for on its
/// own; the matchers then run on candidates only, in rule order.
/// </summary>
internal sealed class UapRuleFilter
{
    private readonly UapLiteralAutomaton _automaton;

    /// <summary>Where each list's rules start in the numbering of all rules.</summary>
    private readonly int[] _firstRule;

    /// <summary>Rule <c>r</c>'s clauses (all rules numbered together): <c>_clauses[_ruleStart[r].._ruleStart[r + 1]]</c>.</summary>
    private readonly int[] _ruleStart;
    private readonly int[] _clauses;

    /// <summary>The clauses holding text <c>t</c>: <c>_textClauses[_textStart[t].._textStart[t + 1]]</c>.</summary>
    private readonly int[] _textStart;
    private readonly int[] _textClauses;

    /// <summary>Words of the found set: the texts' bits, then the clauses' bits.</summary>
    private readonly int _textWords;
    private readonly int _clauseWords;

    /// <param name="lists">Per list, per rule, its clauses.</param>
    public UapRuleFilter(params UapClause[][][] lists)
    {
        var textIndexes = new Dictionary<(string Text, bool IgnoreCase), int>();
        var texts = new List<(byte[] Text, bool IgnoreCase)>();
        var clauseIndexes = new Dictionary<string, int>(StringComparer.Ordinal);
        var clauseTexts = new List<int[]>();
        var ruleStart = new List<int>();
        var clauses = new List<int>();
        _firstRule = new int[lists.Length];
        for (var list = 0; list < lists.Length; list++)
        {
            _firstRule[list] = ruleStart.Count;
            foreach (var rule in lists[list])
            {
                ruleStart.Add(clauses.Count);
                foreach (var clause in rule)
                {
                    var members = new int[clause.Texts.Length];
                    for (var i = 0; i < members.Length; i++)
                    {
                        var key = (Convert.ToBase64String(clause.Texts[i]), clause.IgnoreCase);
                        if (!textIndexes.TryGetValue(key, out members[i]))
                        {
                            members[i] = texts.Count;
                            textIndexes.Add(key, members[i]);
                            texts.Add((clause.Texts[i], clause.IgnoreCase));
                        }
                    }

                    Array.Sort(members);
                    var clauseKey = string.Join(",", members);
                    if (!clauseIndexes.TryGetValue(clauseKey, out var index))
                    {
                        index = clauseTexts.Count;
                        clauseIndexes.Add(clauseKey, index);
                        clauseTexts.Add(members);
                    }

                    clauses.Add(index);
                }
            }
        }

        ruleStart.Add(clauses.Count);
        _ruleStart = ruleStart.ToArray();
        _clauses = clauses.ToArray();
        (_textStart, _textClauses) = Invert(clauseTexts, texts.Count);
        _automaton = new UapLiteralAutomaton(texts);
        _textWords = _automaton.Words;
        _clauseWords = (clauseTexts.Count + 63) / 64;
    }

    /// <summary>Words of the found set <see cref="Scan"/> fills.</summary>
    public int Words => _textWords + _clauseWords;

    /// <summary>Finds the clause texts <paramref name="text"/> contains and the clauses they satisfy, into <paramref name="found"/>.</summary>
    public void Scan(ReadOnlySpan<byte> text, Span<ulong> found)
    {
        found.Clear();
        var texts = found.Slice(0, _textWords);
        var clauses = found.Slice(_textWords);
        _automaton.Find(text, texts);
        for (var word = 0; word < texts.Length; word++)
        {
            var bits = texts[word];
            while (bits != 0)
            {
                var index = (word * 64) + BitOperations.TrailingZeroCount(bits);
                bits &= bits - 1;
                for (var i = _textStart[index]; i < _textStart[index + 1]; i++)
                {
                    var clause = _textClauses[i];
                    clauses[clause >> 6] |= 1UL << clause;
                }
            }
        }
    }

    /// <summary>True when every clause of rule <paramref name="rule"/> of list <paramref name="list"/> holds in <paramref name="found"/>.</summary>
    public bool Admits(int list, int rule, ReadOnlySpan<ulong> found) => Admits(_firstRule[list] + rule, found.Slice(_textWords));

    /// <summary>The first candidate of list <paramref name="list"/> from rule <paramref name="first"/> on, or -1.</summary>
    public int NextCandidate(int list, int first, int count, ReadOnlySpan<ulong> found)
    {
        var clauses = found.Slice(_textWords);
        var offset = _firstRule[list];
        for (var rule = first; rule < count; rule++)
        {
            if (Admits(offset + rule, clauses))
            {
                return rule;
            }
        }

        return -1;
    }

    private bool Admits(int rule, ReadOnlySpan<ulong> clauses)
    {
        for (var i = _ruleStart[rule]; i < _ruleStart[rule + 1]; i++)
        {
            var clause = _clauses[i];
            if ((clauses[clause >> 6] & (1UL << clause)) == 0)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>For each text, the clauses holding it, flattened.</summary>
    private static (int[] Start, int[] Clauses) Invert(List<int[]> clauseTexts, int textCount)
    {
        var byText = new List<int>[textCount];
        for (var text = 0; text < textCount; text++)
        {
            byText[text] = new List<int>();
        }

        for (var clause = 0; clause < clauseTexts.Count; clause++)
        {
            foreach (var text in clauseTexts[clause])
            {
                byText[text].Add(clause);
            }
        }

        return FlatLists.Flatten(byText);
    }
}
