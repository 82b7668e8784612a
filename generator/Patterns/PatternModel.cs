using EcsForge.Generator.Model;

namespace EcsForge.Generator.Patterns;

public enum PatternOp
{
    /// <summary>Match <c>Text</c> (UTF-8) at the position.</summary>
    Literal,

    /// <summary>Match any character but a newline.</summary>
    Any,

    /// <summary>Match one character of the ASCII ranges in <c>Text</c> (pairs of low/high characters), or outside them when negated.</summary>
    Class,

    /// <summary>
    /// Continue at <c>Target</c>, keeping <c>Alternative</c> for backtracking; memoized as branch <c>Memo</c>. When
    /// <see cref="PatternInstruction.DecidedByNextByte"/>, the next byte (a byte of the ranges in <c>Text</c>) or the end
    /// of the text chooses one way, and nothing is kept for backtracking.
    /// </summary>
    Split,

    Jump,

    /// <summary>Record the position in capture slot <c>Target</c>.</summary>
    Save,

    /// <summary>Match the grok token named by <c>Text</c>; memoized as branch <c>Memo</c>.</summary>
    Token,

    /// <summary>Match only at the end of the text.</summary>
    End,

    Match,

    /// <summary>Match only at the start of the text.</summary>
    Begin,

    /// <summary>Match only at a word boundary, or only elsewhere when negated.</summary>
    WordBoundary,

    /// <summary>Match <c>Text</c> (lowercase ASCII) in either case.</summary>
    LiteralIgnoreCase,

    /// <summary>
    /// Unanchored start: try the rest of the program here, and on failure from the next character on; when <c>Text</c>
    /// is not empty the match must start with it, so only its occurrences are tried.
    /// </summary>
    Search,

    /// <summary><c>.{Target,Alternative}</c> (Alternative -1: unbounded), greedy or <c>Lazy</c>; backtracks one character at a time.</summary>
    RepeatAny,

    /// <summary>The class of <c>Text</c> repeated <c>{Target,Alternative}</c> times, as <see cref="RepeatAny"/>.</summary>
    RepeatClass,

    /// <summary>Continue only the first time this point is reached at a position (memo <c>Memo</c>), which keeps repeats linear.</summary>
    Guard,

    /// <summary>
    /// Match the first of the texts in <c>Text</c> (separated by NUL; lowercase and in either case when <c>Negated</c>)
    /// that is at the position, from the choice backtracking resumes with; memoized as branch <c>Memo</c>.
    /// </summary>
    LiteralSet,

    /// <summary>As <see cref="Search"/>, trying only the positions holding one of the bytes in <c>Text</c> (one char per byte).</summary>
    SearchBytes,

    /// <summary>
    /// As <see cref="Search"/>, trying only where one of the ASCII texts in <c>Text</c> (NUL-separated; in either case
    /// when <c>Negated</c>) starts, found in the session's Latin-1 view of the input with one vectorized search.
    /// </summary>
    SearchTexts,
}

/// <summary>One instruction of a compiled pattern program.</summary>
public sealed record PatternInstruction
{
    public required PatternOp Op { get; init; }

    /// <summary>The operand text: a literal, class ranges, a token name, or NUL-separated texts, by <see cref="Op"/>.</summary>
    public string Text { get; init; } = string.Empty;

    /// <summary>Where a split or jump continues, or the capture slot of a save.</summary>
    public int Target { get; init; }

    /// <summary>Where backtracking resumes after a split.</summary>
    public int Alternative { get; init; }

    /// <summary>The branch's memo slot, so each (branch, position) is tried once.</summary>
    public int Memo { get; init; }

    public bool Negated { get; init; }

    public bool Lazy { get; init; }

    /// <summary>
    /// For an unbounded greedy <see cref="PatternOp.RepeatClass"/> of a grok pattern: each position the run reaches is
    /// marked in memo <see cref="Memo"/>, and the run stops at one already marked, as the split per character it replaces
    /// would, without a backtracking entry per character.
    /// </summary>
    public bool MemoizedRun { get; init; }

    /// <summary>
    /// For a greedy <see cref="PatternOp.RepeatClass"/>: nothing that may follow starts with a byte of the class, so a
    /// shorter run cannot lead to a match and none is kept for backtracking (<see cref="PossessiveRepeats"/>).
    /// </summary>
    public bool Possessive { get; init; }

    /// <summary>
    /// For a <see cref="PatternOp.Split"/> whose two ways on start with different bytes (<see cref="DeterministicSplits"/>):
    /// a byte of the ranges in <c>Text</c> (pairs of low/high bytes) takes <c>Target</c>, any other byte the alternative,
    /// and the end of the text <c>Target</c> when <see cref="TargetAtEnd"/>.
    /// </summary>
    public bool DecidedByNextByte { get; init; }

    /// <summary>For a split <see cref="DecidedByNextByte"/>: whether the end of the text takes <c>Target</c>.</summary>
    public bool TargetAtEnd { get; init; }
}

/// <summary>
/// A grok pattern compiled at build time: its distinct capture names, and per slot (one per occurrence of a capture in
/// the pattern, in the order groups open) the index of its name in <see cref="Captures"/>.
/// </summary>
public sealed record PatternModel(
    string Key, string Source, EquatableArray<PatternInstruction> Program, EquatableArray<string> Captures, int Branches, EquatableArray<int> SlotCaptures)
{
    /// <summary>
    /// The C# expression of the slot holding capture <paramref name="capture"/>'s span: with several occurrences, the
    /// last one in group order that took part in the match, as the platform's grok (Oniguruma) resolves a repeated
    /// name (Cisco/cisco-ise tests/test_ad_connector_1.json: the inner <c>reason</c> of <c>%{PRE_REASON:reason}</c>).
    /// </summary>
    public string SlotOf(int capture, string slots)
    {
        var expression = string.Empty;
        for (var slot = 0; slot < SlotCaptures.Count; slot++)
        {
            if (SlotCaptures[slot] != capture)
            {
                continue;
            }

            // Later occurrences are tested first; the first occurrence is the fallback (unset when none took part).
            var text = slot.ToString(System.Globalization.CultureInfo.InvariantCulture);
            expression = expression.Length == 0 ? text : $"{slots}[{2 * slot}] >= 0 ? {text} : ({expression})";
        }

        return expression;
    }
}

/// <summary>The dataset's <c>[Patterns]</c>: the raw field matched, how its key is cut, and the compiled patterns.</summary>
public sealed record PatternSetModel(string Input, string Into, string KeyDelimiter, EquatableArray<PatternModel> Patterns);

/// <summary>A compiled unanchored regex: its program and how many memoized branch points it has.</summary>
public sealed record SearchProgram(EquatableArray<PatternInstruction> Program, int Branches);
