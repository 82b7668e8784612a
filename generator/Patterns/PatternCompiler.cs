using System.Collections.Generic;
using System.Linq;
using System.Text;
using EcsForge.Generator.Model;

namespace EcsForge.Generator.Patterns;

/// <summary>
/// Compiles a <see cref="RegexNode"/> tree into a backtracking program whose branch points are memoized by the
/// runtime, so matching is linear in the input whatever the pattern and text.
/// </summary>
internal sealed class PatternCompiler
{
    private readonly List<Builder> _program = new();
    private readonly List<string> _captures = new();
    private readonly List<int> _slotCaptures = new();
    private const int CompactBoundLimit = 255;

    private readonly bool _compactRepeats;
    private int _branches;

    private PatternCompiler(bool compactRepeats)
    {
        _compactRepeats = compactRepeats;
    }

    public static PatternModel Compile(string key, string source, RegexNode root)
    {
        var compiler = new PatternCompiler(compactRepeats: false);
        compiler.Emit(root);
        // Grok matches the whole field, as the platform does: "reason '%{DATA:reason}'." must reach the final "'.".
        compiler.Add(PatternOp.End);
        compiler.Add(PatternOp.Match);
        var program = DeterministicSplits.Mark(PossessiveRepeats.Mark(compiler._program.Select(builder => builder.Build()).ToEquatableArray()));
        return new PatternModel(key, source, program, compiler._captures.ToEquatableArray(), compiler._branches, compiler._slotCaptures.ToEquatableArray());
    }

    /// <summary>
    /// Compiles a regex that may match anywhere in the text (ua-parser's <c>search</c>), capturing its numbered groups
    /// 1..<paramref name="groups"/> in slots 2(g-1) and 2(g-1)+1. Repeats of one character are single instructions,
    /// so <c>.{1,200}</c> costs one instruction rather than two hundred.
    /// </summary>
    public static SearchProgram CompileSearch(RegexNode root, int groups)
    {
        var compiler = new PatternCompiler(compactRepeats: true);
        for (var group = 1; group <= groups; group++)
        {
            compiler.SlotOf(group.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        if (!RegexFacts.StartsAnchored(root))
        {
            // How the start positions are found, best first: one text, one of several texts, one of some bytes, all.
            var leading = RegexFacts.LeadingLiteral(root);
            var texts = leading.Length == 0 ? RegexFacts.LeadingTexts(root) : null;
            var firstBytes = leading.Length == 0 ? RegexFacts.FirstBytes(root) : null;
            if (texts is { Texts.Count: > 1, IsAscii: true })
            {
                var search = compiler.Add(PatternOp.SearchTexts);
                search.Text = string.Join("\0", texts.Texts);
                search.Negated = texts.IgnoreCase;
            }
            else
            {
                var search = compiler.Add(firstBytes is null ? PatternOp.Search : PatternOp.SearchBytes);
                search.Text = firstBytes is null ? leading : new string(firstBytes.Select(value => (char)value).ToArray());
            }
        }

        compiler.Emit(root);
        compiler.Add(PatternOp.Match);
        var program = compiler._program.Select(builder => builder.Build()).ToEquatableArray();
        return new SearchProgram(program, compiler._branches);
    }

    private void Emit(RegexNode node)
    {
        switch (node)
        {
            case LiteralNode { IgnoreCase: true } literal:
                Add(PatternOp.LiteralIgnoreCase).Text = literal.Text.ToLowerInvariant();
                break;
            case LiteralNode literal:
                Add(PatternOp.Literal).Text = literal.Text;
                break;
            case StartNode:
                Add(PatternOp.Begin);
                break;
            case LiteralSetNode set:
                var setInstruction = Add(PatternOp.LiteralSet);
                setInstruction.Text = string.Join("\0", set.Texts.Select(text => set.IgnoreCase ? text.ToLowerInvariant() : text));
                setInstruction.Negated = set.IgnoreCase;
                setInstruction.Memo = _branches++;
                break;
            case WordBoundaryNode boundary:
                Add(PatternOp.WordBoundary).Negated = boundary.Negated;
                break;
            case AnyNode:
                Add(PatternOp.Any);
                break;
            case ClassNode characterClass:
                var instruction = Add(PatternOp.Class);
                instruction.Text = RegexFacts.RangeText(characterClass.Ranges);
                instruction.Negated = characterClass.Negated;
                break;
            case ConcatNode concatenation:
                EmitConcatenation(concatenation.Items);
                break;
            case AlternateNode alternation:
                EmitAlternation(alternation.Choices);
                break;
            case RepeatNode repeat:
                EmitRepeat(repeat);
                break;
            case CaptureNode capture:
                // A search numbers its groups once; a grok capture gets a slot per occurrence, as a name may repeat.
                var slot = _compactRepeats ? SlotOf(capture.Name) : OccurrenceSlot(capture.Name);
                Add(PatternOp.Save).Target = 2 * slot;
                Emit(capture.Body);
                Add(PatternOp.Save).Target = (2 * slot) + 1;
                break;
            case TokenNode token:
                var tokenInstruction = Add(PatternOp.Token);
                tokenInstruction.Text = token.Token.ToString();
                tokenInstruction.Memo = _branches++;
                break;
            case EndNode:
                Add(PatternOp.End);
                break;
        }
    }

    /// <summary>Adjacent literal characters become one literal, compared in one span operation.</summary>
    private void EmitConcatenation(List<RegexNode> items)
    {
        var pending = new StringBuilder();
        var pendingIgnoresCase = false;
        foreach (var item in items)
        {
            if (item is LiteralNode literal)
            {
                if (pending.Length > 0 && literal.IgnoreCase != pendingIgnoresCase)
                {
                    FlushLiteral(pending, pendingIgnoresCase);
                }

                pending.Append(literal.Text);
                pendingIgnoresCase = literal.IgnoreCase;
                continue;
            }

            FlushLiteral(pending, pendingIgnoresCase);
            Emit(item);
        }

        FlushLiteral(pending, pendingIgnoresCase);
    }

    private void FlushLiteral(StringBuilder pending, bool ignoreCase)
    {
        if (pending.Length > 0)
        {
            Emit(new LiteralNode(pending.ToString(), ignoreCase));
            pending.Clear();
        }
    }

    private void EmitAlternation(List<RegexNode> choices)
    {
        if (_compactRepeats)
        {
            choices = RegexFacts.GroupLiteralChoices(choices);
            if (choices.Count == 1)
            {
                Emit(choices[0]);
                return;
            }
        }

        var jumpsToEnd = new List<Builder>();
        for (var i = 0; i < choices.Count - 1; i++)
        {
            var split = AddSplit();
            split.Target = _program.Count;
            Emit(choices[i]);
            jumpsToEnd.Add(Add(PatternOp.Jump));
            split.Alternative = _program.Count;
        }

        Emit(choices[choices.Count - 1]);
        foreach (var jump in jumpsToEnd)
        {
            jump.Target = _program.Count;
        }
    }

    private void EmitRepeat(RepeatNode repeat)
    {
        if ((_compactRepeats || IsShortBounded(repeat)) && RegexFacts.AsSingleCharacterClass(repeat.Body) is { } single)
        {
            var instruction = Add(single.Any ? PatternOp.RepeatAny : PatternOp.RepeatClass);
            instruction.Text = single.Ranges;
            instruction.Negated = single.Negated;
            instruction.Target = repeat.Minimum;
            instruction.Alternative = repeat.Maximum;
            instruction.Lazy = repeat.Lazy;
            Add(PatternOp.Guard).Memo = _branches++;
            return;
        }

        if (repeat.Maximum < 0 && !repeat.Lazy && RegexFacts.AsSingleCharacterClass(repeat.Body) is { Any: false } run)
        {
            // [^ ]+ or [a-z0-9]*: one scan, memoized per position as the splits were, so linear as they were.
            var instruction = Add(PatternOp.RepeatClass);
            instruction.Text = run.Ranges;
            instruction.Negated = run.Negated;
            instruction.Target = repeat.Minimum;
            instruction.Alternative = -1;
            instruction.MemoizedRun = true;
            instruction.Memo = _branches++;
            return;
        }

        for (var i = 0; i < repeat.Minimum; i++)
        {
            Emit(repeat.Body);
        }

        if (repeat.Maximum < 0)
        {
            var loop = _program.Count;
            var split = AddSplit();
            var body = _program.Count;
            Emit(repeat.Body);
            Add(PatternOp.Jump).Target = loop;
            Prefer(split, body, _program.Count, repeat.Lazy);
            return;
        }

        var optionalSplits = new List<(Builder Split, int Body)>();
        for (var i = repeat.Minimum; i < repeat.Maximum; i++)
        {
            var split = AddSplit();
            optionalSplits.Add((split, _program.Count));
            Emit(repeat.Body);
        }

        foreach (var (split, body) in optionalSplits)
        {
            Prefer(split, body, _program.Count, repeat.Lazy);
        }
    }

    /// <summary>
    /// A grok repeat with a small upper bound (<c>[0-9A-Za-z-]{0,62}</c> in HOSTNAME) becomes one instruction instead of a
    /// memoized split per optional character: each entry scans at most <see cref="CompactBoundLimit"/> characters, so
    /// matching stays linear. Unbounded grok repeats keep their splits, whose memo is what bounds them.
    /// </summary>
    private static bool IsShortBounded(RepeatNode repeat) => repeat.Maximum >= 0 && repeat.Maximum <= CompactBoundLimit;

    /// <summary>Greedy repeats try the body first; lazy ones try leaving first.</summary>
    private static void Prefer(Builder split, int body, int exit, bool lazy)
    {
        split.Target = lazy ? exit : body;
        split.Alternative = lazy ? body : exit;
    }

    private Builder AddSplit()
    {
        var split = Add(PatternOp.Split);
        split.Memo = _branches++;
        return split;
    }

    private int SlotOf(string name)
    {
        var index = _captures.IndexOf(name);
        if (index >= 0)
        {
            return index;
        }

        _captures.Add(name);
        return _captures.Count - 1;
    }

    /// <summary>
    /// A new slot for one occurrence of a grok capture: when a name occurs twice (<c>%{PRE_REASON:reason}</c> whose
    /// pattern captures <c>reason</c> again), each keeps its own span and the emitter picks the one the platform does.
    /// </summary>
    private int OccurrenceSlot(string name)
    {
        var index = _captures.IndexOf(name);
        if (index < 0)
        {
            _captures.Add(name);
            index = _captures.Count - 1;
        }

        _slotCaptures.Add(index);
        return _slotCaptures.Count - 1;
    }

    private Builder Add(PatternOp op)
    {
        var builder = new Builder(op);
        _program.Add(builder);
        return builder;
    }

    private sealed class Builder
    {
        public Builder(PatternOp op) => Op = op;

        public PatternOp Op { get; }

        public string Text { get; set; } = string.Empty;

        public int Target { get; set; }

        public int Alternative { get; set; }

        public int Memo { get; set; }

        public bool Negated { get; set; }

        public bool Lazy { get; set; }

        public bool MemoizedRun { get; set; }

        public PatternInstruction Build()
            => new() { Op = Op, Text = Text, Target = Target, Alternative = Alternative, Memo = Memo, Negated = Negated, Lazy = Lazy, MemoizedRun = MemoizedRun };
    }
}
