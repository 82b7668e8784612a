using System.Collections.Generic;
using System.Linq;

namespace EcsForge.Generator.Patterns;

/// <summary>Facts about a regex tree that let the compiled matcher skip work: anchors and leading literals.</summary>
internal static class RegexFacts
{
    /// <summary>True when every match starts with <c>^</c>, so there is no need to try later start positions.</summary>
    public static bool StartsAnchored(RegexNode node) => node switch
    {
        StartNode => true,
        ConcatNode concatenation => concatenation.Items.Count > 0 && StartsAnchored(concatenation.Items[0]),
        CaptureNode capture => StartsAnchored(capture.Body),
        AlternateNode alternation => alternation.Choices.All(StartsAnchored),
        _ => false,
    };

    /// <summary>The case-sensitive text every match starts with (empty when there is none).</summary>
    public static string LeadingLiteral(RegexNode node)
    {
        switch (node)
        {
            case LiteralNode { IgnoreCase: false } literal:
                return literal.Text;
            case CaptureNode capture:
                return LeadingLiteral(capture.Body);
            case ConcatNode concatenation:
                var text = string.Empty;
                foreach (var item in concatenation.Items)
                {
                    var leading = LeadingLiteral(item);
                    text += leading;
                    if (!(item is LiteralNode { IgnoreCase: false }))
                    {
                        // A group's leading text is known, not what follows it inside the group.
                        return text;
                    }
                }

                return text;
            default:
                return string.Empty;
        }
    }

    /// <summary>
    /// Alternatives with consecutive plain-text choices (all matched the same way) merged into one
    /// <see cref="LiteralSetNode"/> each, in order, so <c>(a|b|c|x+|d)</c> becomes <c>({a,b,c}|x+|d)</c>.
    /// </summary>
    public static List<RegexNode> GroupLiteralChoices(List<RegexNode> choices)
    {
        var grouped = new List<RegexNode>();
        var run = new List<string>();
        var runIgnoresCase = false;
        foreach (var choice in choices)
        {
            var text = AsText(choice, out var ignoreCase);
            if (text is not null && text.Length > 0 && (run.Count == 0 || ignoreCase == runIgnoresCase))
            {
                run.Add(text);
                runIgnoresCase = ignoreCase;
                continue;
            }

            Flush(grouped, run, runIgnoresCase);
            if (text is not null && text.Length > 0)
            {
                run.Add(text);
                runIgnoresCase = ignoreCase;
            }
            else
            {
                grouped.Add(choice);
            }
        }

        Flush(grouped, run, runIgnoresCase);
        return grouped;
    }

    /// <summary>
    /// Texts one of which every match starts with (zero-width assertions aside), or null when a match can start
    /// otherwise: <c>\b(bingbot|Bolt|Iron)/</c> starts with "bingbot", "Bolt" or "Iron".
    /// </summary>
    public static Requirement? LeadingTexts(RegexNode node)
    {
        switch (node)
        {
            case LiteralNode literal:
                return Requirement.Of(literal.Text, literal.IgnoreCase);
            case CaptureNode capture:
                return LeadingTexts(capture.Body);
            case RepeatNode { Minimum: > 0 } repeat:
                return LeadingTexts(repeat.Body);
            case ConcatNode concatenation:
                var items = concatenation.Items.Where(item => item is not (StartNode or WordBoundaryNode)).ToList();
                if (items.Count == 0)
                {
                    return null;
                }

                // A run of literals at the start is one longer text.
                var run = items.TakeWhile(item => item is LiteralNode literal && literal.IgnoreCase == ((LiteralNode)items[0]).IgnoreCase).Cast<LiteralNode>().ToList();
                return run.Count > 0 ? Requirement.Of(string.Concat(run.Select(literal => literal.Text)), run[0].IgnoreCase) : LeadingTexts(items[0]);
            case AlternateNode alternation:
                var choices = alternation.Choices.Select(LeadingTexts).ToList();
                if (choices.Any(choice => choice is null) || choices.Select(choice => choice!.IgnoreCase).Distinct().Count() != 1)
                {
                    return null;
                }

                return new Requirement(choices.SelectMany(choice => choice!.Texts).Distinct().ToList(), choices[0]!.IgnoreCase);
            default:
                return null;
        }
    }

    /// <summary>
    /// The bytes a match can start with, or null when it can start with anything (or be empty): the matcher then
    /// tries only the positions holding one of them.
    /// </summary>
    public static SortedSet<byte>? FirstBytes(RegexNode node)
    {
        var bytes = new SortedSet<byte>();
        return AddFirstBytes(node, bytes) ? null : bytes;
    }

    /// <summary>Adds the bytes <paramref name="node"/> can start with; true when it can also match the empty text (or anything).</summary>
    private static bool AddFirstBytes(RegexNode node, SortedSet<byte> bytes)
    {
        switch (node)
        {
            case LiteralNode literal:
                AddCharacter(literal.Text[0], literal.IgnoreCase, bytes);
                return false;
            case LiteralSetNode set:
                foreach (var text in set.Texts)
                {
                    AddCharacter(text[0], set.IgnoreCase, bytes);
                }

                return false;
            case ClassNode { Negated: false } characterClass:
                foreach (var (low, high) in characterClass.Ranges)
                {
                    for (var value = low; value <= high; value++)
                    {
                        bytes.Add((byte)value);
                    }
                }

                return false;
            case CaptureNode capture:
                return AddFirstBytes(capture.Body, bytes);
            case RepeatNode repeat:
                return AddFirstBytes(repeat.Body, bytes) || repeat.Minimum == 0;
            case StartNode or WordBoundaryNode or EndNode:
                return true;
            case ConcatNode concatenation:
                foreach (var item in concatenation.Items)
                {
                    if (!AddFirstBytes(item, bytes))
                    {
                        return false;
                    }
                }

                return true;
            case AlternateNode alternation:
                var empty = false;
                foreach (var choice in alternation.Choices)
                {
                    empty |= AddFirstBytes(choice, bytes);
                }

                return empty;
            default:
                // Any character, a negated class, a grok token: no useful set.
                bytes.Clear();
                for (var value = 0; value < 256; value++)
                {
                    bytes.Add((byte)value);
                }

                return true;
        }
    }

    private static void AddCharacter(char character, bool ignoreCase, SortedSet<byte> bytes)
    {
        if (character >= 128)
        {
            bytes.Add(System.Text.Encoding.UTF8.GetBytes(character.ToString())[0]);
            return;
        }

        bytes.Add((byte)character);
        if (ignoreCase)
        {
            bytes.Add((byte)char.ToLowerInvariant(character));
            bytes.Add((byte)char.ToUpperInvariant(character));
        }
    }

    private static void Flush(List<RegexNode> grouped, List<string> run, bool ignoreCase)
    {
        if (run.Count == 1)
        {
            grouped.Add(new LiteralNode(run[0], ignoreCase));
        }
        else if (run.Count > 1)
        {
            grouped.Add(new LiteralSetNode(new List<string>(run), ignoreCase));
        }

        run.Clear();
    }

    /// <summary>The text a node matches when it is plain text (a literal, or a concatenation of literals matched the same way).</summary>
    private static string? AsText(RegexNode node, out bool ignoreCase)
    {
        ignoreCase = false;
        switch (node)
        {
            case LiteralNode literal:
                ignoreCase = literal.IgnoreCase;
                return literal.Text;
            case ConcatNode concatenation when concatenation.Items.Count > 0 && concatenation.Items.All(item => item is LiteralNode):
                var literals = concatenation.Items.Cast<LiteralNode>().ToList();
                ignoreCase = literals[0].IgnoreCase;
                var flag = ignoreCase;
                return literals.All(literal => literal.IgnoreCase == flag) ? string.Concat(literals.Select(literal => literal.Text)) : null;
            default:
                return null;
        }
    }

    /// <summary>A repeat body of one character, as a class: <c>.</c>, <c>[^;]</c>, <c>\d</c> or one literal character.</summary>
    public static SingleCharacter? AsSingleCharacterClass(RegexNode node) => node switch
    {
        AnyNode => new SingleCharacter(true, string.Empty, false),
        ClassNode characterClass => new SingleCharacter(false, RangeText(characterClass.Ranges), characterClass.Negated),
        LiteralNode { Text.Length: 1 } literal when literal.Text[0] < 128 => new SingleCharacter(false, LiteralRanges(literal), false),
        _ => null,
    };

    /// <summary>Class ranges as text: each range as its low and high character.</summary>
    public static string RangeText(IEnumerable<(char Low, char High)> ranges) => string.Concat(ranges.Select(range => $"{range.Low}{range.High}"));

    private static string LiteralRanges(LiteralNode literal)
    {
        var character = literal.Text[0];
        if (!literal.IgnoreCase)
        {
            return $"{character}{character}";
        }

        var lower = char.ToLowerInvariant(character);
        var upper = char.ToUpperInvariant(character);
        return $"{lower}{lower}{upper}{upper}";
    }
}

/// <summary>Texts one of which every match starts with; lowercase when compared ignoring case.</summary>
internal sealed record Requirement(List<string> Texts, bool IgnoreCase)
{
    public static Requirement Of(string text, bool ignoreCase) => new(new List<string> { ignoreCase ? text.ToLowerInvariant() : text }, ignoreCase);

    /// <summary>True when every text is ASCII, so it can be looked for in the Latin-1 view of the input.</summary>
    public bool IsAscii => Texts.TrueForAll(text => text.All(character => character < 128));
}

/// <summary>One character to repeat: any character, or a class of ASCII ranges (negated or not).</summary>
internal sealed record SingleCharacter(bool Any, string Ranges, bool Negated);
