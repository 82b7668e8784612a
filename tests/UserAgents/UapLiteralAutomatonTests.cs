using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using EcsForge.UserAgents;
using Xunit;

namespace EcsForge.Tests.UserAgents;

/// <summary>
/// The multi-text automaton against a search per text: on overlapping texts, texts that differ only in case (one
/// compared ignoring case, others not), multi-byte characters, and seeded random texts and inputs.
/// </summary>
public sealed class UapLiteralAutomatonTests
{
    [Fact]
    public void Overlapping_texts_are_all_found()
    {
        var found = Find(new[] { ("he", false), ("she", false), ("his", false), ("hers", false), ("ushers", false) }, "ushers");

        Assert.Equal(new[] { "he", "she", "hers", "ushers" }, found);
    }

    [Fact]
    public void Case_is_ignored_only_for_texts_compared_ignoring_case()
    {
        var texts = new[] { ("mobile", true), ("Mobile", false), ("MOBILE", false), ("android", false) };

        Assert.Equal(new[] { "mobile", "MOBILE" }, Find(texts, "x MOBILE y"));
        Assert.Equal(new[] { "mobile", "Mobile" }, Find(texts, "Mobile Android"));
        Assert.Equal(new[] { "mobile", "android" }, Find(texts, "mObIlE android"));
    }

    [Fact]
    public void Multi_byte_characters_match_byte_for_byte_and_are_not_folded()
    {
        var texts = new[] { ("été", false), ("ÉtÉ", true), ("ab", true) };

        Assert.Equal(new[] { "été" }, Find(texts, "un été"));
        Assert.Equal(new[] { "ÉtÉ", "ab" }, Find(texts, "ÉTÉ AB"));
        Assert.Empty(Find(texts, "éTé a b"));
    }

    [Fact]
    public void Random_texts_are_found_exactly_where_a_search_finds_them()
    {
        var random = new Random(20261202);
        const string Alphabet = "aAbB/ .é";
        string Make(int length) => new(Enumerable.Range(0, length).Select(_ => Alphabet[random.Next(Alphabet.Length)]).ToArray());
        for (var round = 0; round < 200; round++)
        {
            var texts = Enumerable.Range(0, random.Next(1, 30)).Select(_ => Make(random.Next(1, 5))).Select(text => (text, random.Next(2) == 0)).ToList();
            var patterns = texts.Select(text => (text.Item2 ? Lower(text.text) : text.text, text.Item2)).ToArray();
            var automaton = new UapLiteralAutomaton(patterns.Select(pattern => (Encoding.UTF8.GetBytes(pattern.Item1), pattern.Item2)).ToList());
            for (var input = 0; input < 20; input++)
            {
                var text = Encoding.UTF8.GetBytes(Make(random.Next(0, 40)));
                var found = new ulong[automaton.Words];
                automaton.Find(text, found);
                for (var index = 0; index < patterns.Length; index++)
                {
                    var expected = Contains(text, Encoding.UTF8.GetBytes(patterns[index].Item1), patterns[index].Item2);
                    Assert.True(expected == UapLiteralAutomaton.Has(found, index), $"'{patterns[index].Item1}' (ignore case: {patterns[index].Item2}) in '{Encoding.UTF8.GetString(text)}': expected {expected}");
                }
            }
        }
    }

    /// <summary>A search of its own: a vectorized search in the text, or in its copy with ASCII letters lowercased.</summary>
    internal static bool Contains(byte[] text, byte[] pattern, bool ignoreCase)
        => ignoreCase ? Folded(text).AsSpan().IndexOf(Folded(pattern)) >= 0 : text.AsSpan().IndexOf(pattern) >= 0;

    internal static byte[] Folded(byte[] text) => text.Select(value => value is >= (byte)'A' and <= (byte)'Z' ? (byte)(value + 32) : value).ToArray();

    private static string Lower(string text) => new(text.Select(character => character is >= 'A' and <= 'Z' ? (char)(character + 32) : character).ToArray());

    private static string[] Find((string Text, bool IgnoreCase)[] texts, string input)
    {
        var automaton = new UapLiteralAutomaton(texts.Select(text => (Encoding.UTF8.GetBytes(text.Text), text.IgnoreCase)).ToList());
        var found = new ulong[automaton.Words];
        automaton.Find(Encoding.UTF8.GetBytes(input), found);
        return texts.Where((_, index) => UapLiteralAutomaton.Has(found, index)).Select(text => text.Text).ToArray();
    }
}
