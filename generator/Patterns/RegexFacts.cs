using System.Collections.Generic;
using System.Linq;

namespace EcsForge.Generator.Patterns;

/// <summary>Facts about a regex tree that let the compiled matcher skip work: anchors, leading and required literals.</summary>
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
    /// Texts one of which every match contains (a literal, or the literals of an alternation), and whether they are
    /// compared ignoring case: the matcher looks for them with vectorized searches before running the program. Empty
    /// when no such texts are known.
    /// </summary>
    public static Requirement Required(RegexNode node) => Best(Candidates(node));

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

    private static List<Requirement> Candidates(RegexNode node)
    {
        var candidates = new List<Requirement>();
        switch (node)
        {
            case LiteralNode literal:
                candidates.Add(Requirement.Of(literal.Text, literal.IgnoreCase));
                break;
            case CaptureNode capture:
                candidates.AddRange(Candidates(capture.Body));
                break;
            case RepeatNode { Minimum: > 0 } repeat:
                candidates.AddRange(Candidates(repeat.Body));
                break;
            case AlternateNode alternation:
                // Every choice must bring its own texts, all compared the same way, for one of them to be required.
                var choices = alternation.Choices.Select(choice => Best(Candidates(choice))).ToList();
                if (choices.All(choice => choice.Texts.Count > 0) && choices.Select(choice => choice.IgnoreCase).Distinct().Count() == 1)
                {
                    candidates.Add(new Requirement(choices.SelectMany(choice => choice.Texts).Distinct().ToList(), choices[0].IgnoreCase));
                }

                break;
            case ConcatNode concatenation:
                var run = string.Empty;
                var runIgnoresCase = false;
                foreach (var item in concatenation.Items)
                {
                    if (item is LiteralNode literal && (run.Length == 0 || literal.IgnoreCase == runIgnoresCase))
                    {
                        run += literal.Text;
                        runIgnoresCase = literal.IgnoreCase;
                        continue;
                    }

                    if (run.Length > 0)
                    {
                        candidates.Add(Requirement.Of(run, runIgnoresCase));
                    }

                    run = item is LiteralNode next ? next.Text : string.Empty;
                    runIgnoresCase = item is LiteralNode { IgnoreCase: true };
                    if (item is not LiteralNode)
                    {
                        candidates.AddRange(Candidates(item));
                    }
                }

                if (run.Length > 0)
                {
                    candidates.Add(Requirement.Of(run, runIgnoresCase));
                }

                break;
        }

        return candidates;
    }

    /// <summary>The most selective candidate: the longest shortest text (up to 8 characters counts), then the fewest texts.</summary>
    private static Requirement Best(List<Requirement> candidates)
        => candidates
            .OrderByDescending(candidate => System.Math.Min(8, candidate.Texts.Min(text => text.Length)))
            .ThenBy(candidate => candidate.Texts.Count)
            .FirstOrDefault() ?? Requirement.None;
}

/// <summary>Texts one of which every match contains; lowercase when compared ignoring case.</summary>
internal sealed record Requirement(List<string> Texts, bool IgnoreCase)
{
    public static readonly Requirement None = new(new List<string>(), false);

    public static Requirement Of(string text, bool ignoreCase) => new(new List<string> { ignoreCase ? text.ToLowerInvariant() : text }, ignoreCase);
}

/// <summary>One character to repeat: any character, or a class of ASCII ranges (negated or not).</summary>
internal sealed record SingleCharacter(bool Any, string Ranges, bool Negated);
