using System.Collections.Generic;
using System.Linq;
using EcsForge.Generator.Model;
using EcsForge.Generator.Patterns;

namespace EcsForge.Generator.UserAgents;

/// <summary>
/// What every match of a ua-parser regex contains, as clauses that must all hold, each satisfied by any one of its
/// texts: <c>Mozilla.{1,200}Mobile.{1,100}(Phantom\/ios|android)</c> needs "Mozilla", "Mobile" and one of
/// "Phantom/ios", "android". The runtime finds every clause text of every rule in one scan of the user agent, and runs
/// only the matchers whose clauses all hold. Any subset of the clauses is sound, so the weakest are dropped.
/// </summary>
internal static class UapRequirements
{
    /// <summary>A clause whose shortest text is shorter is found in nearly every user agent: not worth checking.</summary>
    private const int ShortestUseful = 2;

    /// <summary>The clauses kept per rule, the most selective first; more rarely rejects anything the first ones admit.</summary>
    private const int MostClauses = 4;

    /// <summary>Clauses an alternation may distribute into: <c>(a b|c d)</c> needs (a or c), (a or d), (b or c), (b or d).</summary>
    private const int MostDistributed = 8;

    public static EquatableArray<UapClauseModel> Of(RegexNode node)
        => Clauses(node).Where(Useful).OrderBy(clause => clause, Selectivity.Instance).Take(MostClauses).ToEquatableArray();

    private static List<UapClauseModel> Clauses(RegexNode node)
    {
        switch (node)
        {
            case ConcatNode concatenation:
                return Concatenation(concatenation.Items);
            case LiteralNode literal:
                return new List<UapClauseModel> { Clause(new[] { literal.Text }, literal.IgnoreCase) };
            case LiteralSetNode set:
                return new List<UapClauseModel> { Clause(set.Texts, set.IgnoreCase) };
            case CaptureNode capture:
                return Clauses(capture.Body);
            case RepeatNode { Minimum: > 0 } repeat:
                return Clauses(repeat.Body);
            case AlternateNode alternation:
                return Alternation(alternation.Choices);
            default:
                // Anchors, optional repeats, any character: nothing a match must contain.
                return new List<UapClauseModel>();
        }
    }

    /// <summary>Runs of characters become texts (every run is required); other items add their own clauses.</summary>
    private static List<UapClauseModel> Concatenation(List<RegexNode> items)
    {
        var clauses = new List<UapClauseModel>();
        var run = new List<(char Character, bool IgnoreCase)>();
        foreach (var item in items)
        {
            if (item is LiteralNode literal)
            {
                run.AddRange(literal.Text.Select(character => (character, literal.IgnoreCase)));
                continue;
            }

            if (AsCharacter(item) is { } character)
            {
                run.Add(character);
                continue;
            }

            Flush(run, clauses);
            clauses.AddRange(Clauses(item));
        }

        Flush(run, clauses);
        return clauses;
    }

    /// <summary>
    /// Each clause picks one clause of every choice and holds their texts together: with few choices, every such pick
    /// (the alternation distributed over the choices' clauses), else only the best clause of each. When a choice
    /// requires nothing, neither does the alternation.
    /// </summary>
    private static List<UapClauseModel> Alternation(List<RegexNode> choices)
    {
        var perChoice = choices.Select(choice => Clauses(choice).Where(Useful).OrderBy(clause => clause, Selectivity.Instance).Take(2).ToList()).ToList();
        if (perChoice.Any(clauses => clauses.Count == 0))
        {
            return new List<UapClauseModel>();
        }

        var distributed = 1;
        foreach (var clauses in perChoice)
        {
            distributed = System.Math.Min(MostDistributed + 1, distributed * clauses.Count);
        }

        var picks = new List<List<UapClauseModel>> { new() };
        foreach (var clauses in perChoice)
        {
            var taken = distributed <= MostDistributed ? clauses : clauses.Take(1);
            picks = picks.SelectMany(pick => taken.Select(clause => new List<UapClauseModel>(pick) { clause })).ToList();
        }

        // Mixed ways of comparing become one: a case-sensitive text is also found when compared ignoring case.
        return picks.Select(pick => Clause(pick.SelectMany(clause => clause.Texts), pick.Any(clause => clause.IgnoreCase))).ToList();
    }

    /// <summary>
    /// A class of one letter in both cases (<c>[Ss]</c>, as ua-parser writes case-insensitive words) or of one
    /// character, as that character and whether case is ignored.
    /// </summary>
    private static (char Character, bool IgnoreCase)? AsCharacter(RegexNode item)
    {
        switch (item)
        {
            case ClassNode { Negated: false } characterClass:
                var members = characterClass.Ranges.SelectMany(range => Enumerable.Range(range.Low, range.High - range.Low + 1)).Select(value => (char)value).Distinct().ToList();
                if (members.Count == 1)
                {
                    return (members[0], false);
                }

                var lower = char.ToLowerInvariant(members[0]);
                return members.Count == 2 && members.All(member => member < 128 && char.ToLowerInvariant(member) == lower) && lower != char.ToUpperInvariant(lower)
                    ? (lower, true)
                    : null;
            default:
                return null;
        }
    }

    private static void Flush(List<(char Character, bool IgnoreCase)> run, List<UapClauseModel> clauses)
    {
        if (run.Count == 0)
        {
            return;
        }

        // Folding every ASCII letter of the run is sound: a case-sensitive character is also found ignoring case.
        var ignoreCase = run.Any(character => character.IgnoreCase);
        clauses.Add(Clause(new[] { new string(run.Select(character => character.Character).ToArray()) }, ignoreCase));
        run.Clear();
    }

    private static UapClauseModel Clause(IEnumerable<string> texts, bool ignoreCase)
        => new(texts.Select(text => ignoreCase ? AsciiLower(text) : text).Distinct().OrderBy(text => text, System.StringComparer.Ordinal).ToEquatableArray(), ignoreCase);

    private static string AsciiLower(string text) => new(text.Select(character => character is >= 'A' and <= 'Z' ? (char)(character + 32) : character).ToArray());

    private static bool Useful(UapClauseModel clause)
        => clause.Texts.Count > 0 && clause.Texts.Min(Utf8Length) >= ShortestUseful;

    private static int Utf8Length(string text) => System.Text.Encoding.UTF8.GetByteCount(text);

    /// <summary>The most selective first: the longest shortest text (up to 8 bytes counts), then the fewest texts, then by text.</summary>
    private sealed class Selectivity : IComparer<UapClauseModel>
    {
        public static readonly Selectivity Instance = new();

        public int Compare(UapClauseModel? x, UapClauseModel? y)
        {
            var byLength = Shortest(y!).CompareTo(Shortest(x!));
            if (byLength != 0)
            {
                return byLength;
            }

            var byCount = x!.Texts.Count.CompareTo(y!.Texts.Count);
            return byCount != 0 ? byCount : string.CompareOrdinal(string.Join("\n", x.Texts), string.Join("\n", y.Texts));
        }

        private static int Shortest(UapClauseModel clause) => System.Math.Min(8, clause.Texts.Min(Utf8Length));
    }
}

/// <summary>Texts one of which every match contains; ASCII-lowercase, and compared ignoring ASCII case, when <see cref="IgnoreCase"/>.</summary>
public sealed record UapClauseModel(EquatableArray<string> Texts, bool IgnoreCase);
